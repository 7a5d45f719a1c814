/** Query hooks over the hunter's ICPs: the lists (active, archived), one ICP, its versions, edits. */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { cursorQuery } from "@/api/pagination";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

type Schemas = components["schemas"];
export type Icp = Schemas["IcpRead"];
export type IcpCreate = Schemas["IcpCreate"];
export type IcpUpdate = Schemas["IcpUpdate"];
export type IcpVersion = Schemas["IcpVersionRead"];

/** ICPs per page; an organization has a handful. */
export const ICP_PAGE = 100;

export const icpKeys = {
  all: ["hunter", "icps"] as const,
  lists: ["hunter", "icps", "list"] as const,
  list: (archived: boolean) => ["hunter", "icps", "list", { archived }] as const,
  icp: (id: string) => ["hunter", "icps", "detail", id] as const,
  versions: (id: string) => ["hunter", "icps", "detail", id, "versions"] as const,
};

export function useIcps(archived = false) {
  return useInfiniteQuery(
    cursorQuery(icpKeys.list(archived), (cursor, signal) =>
      unwrap(api.GET("/api/v1/hunter/icps", { params: { query: { archived, cursor, limit: ICP_PAGE } }, signal })),
    ),
  );
}

export function useIcp(id: string | null | undefined) {
  return useQuery({
    queryKey: icpKeys.icp(id ?? ""),
    enabled: Boolean(id),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/hunter/icps/{icp_id}", { params: { path: { icp_id: id! } }, signal })),
  });
}

/** Every version, newest first. */
export function useIcpVersions(id: string) {
  return useQuery({
    queryKey: icpKeys.versions(id),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/hunter/icps/{icp_id}/versions", { params: { path: { icp_id: id } }, signal })),
  });
}

function receiveIcp(queryClient: QueryClient, icp: Icp) {
  queryClient.setQueryData(icpKeys.icp(icp.id), icp);
  void queryClient.invalidateQueries({ queryKey: icpKeys.versions(icp.id) });
  return queryClient.invalidateQueries({ queryKey: icpKeys.lists });
}

export function useCreateIcp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IcpCreate) => unwrap(api.POST("/api/v1/hunter/icps", { body })),
    onSuccess: (icp) => receiveIcp(queryClient, icp),
  });
}

/** Renames, or changes criteria or threshold (then the backend keeps it as the next version). */
export function useUpdateIcp(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IcpUpdate) => unwrap(api.PATCH("/api/v1/hunter/icps/{icp_id}", { params: { path: { icp_id: id } }, body })),
    onSuccess: (icp) => receiveIcp(queryClient, icp),
  });
}

/** Past searches keep an archived ICP; new ones cannot use it. */
export function useArchiveIcp(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/hunter/icps/{icp_id}/archive", { params: { path: { icp_id: id } } })),
    onSuccess: (icp) => receiveIcp(queryClient, icp),
  });
}

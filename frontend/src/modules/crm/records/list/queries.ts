/** Query hooks of the lists' settings: tags, custom field definitions, saved views, export. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";
import { saveBlob } from "@/lib/save-blob";

import { crmKeys } from "../../shared/keys";
import type { RecordEntity } from "../queries";
import { exportFilename, type ExportFormat, type ListState } from "./list-state";

type Schemas = components["schemas"];
export type Tag = Schemas["TagRead"];
export type CustomField = Schemas["CustomFieldRead"];
export type SavedView = Schemas["SavedViewRead"];

export function useTags() {
  return useQuery({
    queryKey: crmKeys.tags,
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/crm/tags", { signal })),
    staleTime: 5 * 60_000,
  });
}

export function useCreateTag() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas["TagCreate"]) => unwrap(api.POST("/api/v1/crm/tags", { body })),
    onSuccess: (tag) => {
      queryClient.setQueryData<Tag[]>(crmKeys.tags, (tags) => tags && [...tags.filter((t) => t.id !== tag.id), tag]);
      return queryClient.invalidateQueries({ queryKey: crmKeys.tags });
    },
  });
}

export function useCustomFields(entity: RecordEntity) {
  return useQuery({
    queryKey: crmKeys.customFields(entity),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/crm/custom-fields", { params: { query: { entity } }, signal })),
    select: (fields) => [...fields].sort((a, b) => a.position - b.position),
    staleTime: 5 * 60_000,
  });
}

/** The signed-in user's saved views of this list. */
export function useViews(entity: RecordEntity) {
  return useQuery({
    queryKey: crmKeys.views(entity),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/crm/views", { params: { query: { entity } }, signal })),
  });
}

export function useCreateView(entity: RecordEntity) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ name, state }: { name: string; state: ListState }) =>
      unwrap(api.POST("/api/v1/crm/views", { body: { entity, name, ...state } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: crmKeys.views(entity) }),
  });
}

export function useUpdateView(entity: RecordEntity) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: Schemas["SavedViewUpdate"] & { id: string }) =>
      unwrap(api.PATCH("/api/v1/crm/views/{view_id}", { params: { path: { view_id: id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: crmKeys.views(entity) }),
  });
}

export function useDeleteView(entity: RecordEntity) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE("/api/v1/crm/views/{view_id}", { params: { path: { view_id: id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: crmKeys.views(entity) }),
  });
}

/** "attachment; filename=\"crm-companies-….csv\"" -> the file name (when CORS exposes it). */
export function filenameFromDisposition(header: string | null): string | null {
  const match = header?.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

export interface ExportRequest {
  state: ListState;
  format: ExportFormat;
}

/** The list as the API exports it, through the authenticated client: a Blob and its name. */
export async function fetchExport(entity: RecordEntity, { state, format }: ExportRequest): Promise<{ blob: Blob; filename: string }> {
  const query = { ...state.filters, sort: state.sort, columns: state.columns.length > 0 ? ["id", ...state.columns] : undefined, format };
  const call = entity === "company"
    ? api.GET("/api/v1/crm/companies/export", { params: { query }, parseAs: "blob" })
    : api.GET("/api/v1/crm/contacts/export", { params: { query }, parseAs: "blob" });
  const result = await call;
  const blob = (await unwrap(Promise.resolve(result))) as Blob;
  const filename = filenameFromDisposition(result.response.headers.get("Content-Disposition")) ?? exportFilename(entity, format);
  return { blob, filename };
}

export function useExport(entity: RecordEntity) {
  return useMutation({
    mutationFn: (request: ExportRequest) => fetchExport(entity, request),
    onSuccess: ({ blob, filename }) => saveBlob(blob, filename),
  });
}

/** Query hooks over the backend's admin area (identity's /admin routes and the audit log). */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { cursorQuery, PAGE_SIZE } from "@/api/pagination";
import { unwrap } from "@/api/problem";
import type { components, operations } from "@/api/schema";

type Schemas = components["schemas"];
export type Member = Schemas["MemberRead"];
export type Invitation = Schemas["InvitationRead"];
export type CreatedApiKey = Schemas["ApiKeyCreated"];
export type ActorType = Schemas["ActorType"];

export type UserFilters = Omit<NonNullable<operations["admin:list_users"]["parameters"]["query"]>, "cursor" | "limit">;
export type AuditFilters = Omit<NonNullable<operations["admin:list_audit"]["parameters"]["query"]>, "cursor" | "limit">;

export const adminKeys = {
  all: ["admin"] as const,
  users: (filters: UserFilters) => ["admin", "users", filters] as const,
  roles: ["admin", "roles"] as const,
  invitations: ["admin", "invitations"] as const,
  apiKeys: (includeRevoked: boolean) => ["admin", "api-keys", { includeRevoked }] as const,
  audit: (filters: AuditFilters) => ["admin", "audit", filters] as const,
};

export function useUsers(filters: UserFilters) {
  return useInfiniteQuery(
    cursorQuery(adminKeys.users(filters), (cursor, signal) =>
      unwrap(api.GET("/api/v1/admin/users", { params: { query: { ...filters, cursor, limit: PAGE_SIZE } }, signal })),
    ),
  );
}

export function useRoles() {
  return useQuery({
    queryKey: adminKeys.roles,
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/admin/roles", { signal })),
    staleTime: Infinity,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas["UserCreate"]) => unwrap(api.POST("/api/v1/admin/users", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["admin", "users"] }),
  });
}

export function useUpdateUser(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas["UserUpdate"]) =>
      unwrap(api.PATCH("/api/v1/admin/users/{user_id}", { params: { path: { user_id: userId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["admin", "users"] }),
  });
}

export function useInvitations() {
  return useInfiniteQuery(
    cursorQuery(adminKeys.invitations, (cursor, signal) =>
      unwrap(api.GET("/api/v1/admin/invitations", { params: { query: { cursor, limit: PAGE_SIZE } }, signal })),
    ),
  );
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas["InvitationCreate"]) => unwrap(api.POST("/api/v1/admin/invitations", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.invitations }),
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      unwrap(api.DELETE("/api/v1/admin/invitations/{invitation_id}", { params: { path: { invitation_id: invitationId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.invitations }),
  });
}

export function useApiKeys(includeRevoked: boolean) {
  return useInfiniteQuery(
    cursorQuery(adminKeys.apiKeys(includeRevoked), (cursor, signal) =>
      unwrap(api.GET("/api/v1/admin/api-keys", {
        params: { query: { include_revoked: includeRevoked, cursor, limit: PAGE_SIZE } },
        signal,
      })),
    ),
  );
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas["ApiKeyCreate"]) => unwrap(api.POST("/api/v1/admin/api-keys", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["admin", "api-keys"] }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (keyId: string) =>
      unwrap(api.DELETE("/api/v1/admin/api-keys/{key_id}", { params: { path: { key_id: keyId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["admin", "api-keys"] }),
  });
}

export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery(
    cursorQuery(adminKeys.audit(filters), (cursor, signal) =>
      unwrap(api.GET("/api/v1/admin/audit", { params: { query: { ...filters, cursor, limit: PAGE_SIZE } }, signal })),
    ),
  );
}

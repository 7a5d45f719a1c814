/** Query hooks over the backend's agents area (runs, approvals). */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { cursorQuery, PAGE_SIZE } from "@/api/pagination";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

export type Approval = components["schemas"]["ApprovalRead"];
export type ApprovalStatus = components["schemas"]["ApprovalStatus"];

/** Pending approvals are counted up to this many ("200+" beyond). */
export const PENDING_COUNT_LIMIT = 200;

export const agentKeys = {
  approvals: ["agents", "approvals"] as const,
  approvalList: (status: ApprovalStatus) => ["agents", "approvals", "list", status] as const,
  pendingCount: ["agents", "approvals", "pending-count"] as const,
};

/** How many approvals wait for a decision: `{count, more}` (more: past the counting limit). */
export function usePendingApprovalCount(enabled: boolean) {
  return useQuery({
    queryKey: agentKeys.pendingCount,
    enabled,
    queryFn: async ({ signal }) => {
      const page = await unwrap(api.GET("/api/v1/agents/approvals", {
        params: { query: { status: "pending", limit: PENDING_COUNT_LIMIT } },
        signal,
      }));
      return { count: page.items.length, more: Boolean(page.next_cursor) };
    },
  });
}

export function useApprovals(status: ApprovalStatus) {
  return useInfiniteQuery(
    cursorQuery(agentKeys.approvalList(status), (cursor, signal) =>
      unwrap(api.GET("/api/v1/agents/approvals", { params: { query: { status, cursor, limit: PAGE_SIZE } }, signal })),
    ),
  );
}

export function useApprove() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note?: string }) =>
      unwrap(api.POST("/api/v1/agents/approvals/{approval_id}/approve", {
        params: { path: { approval_id: id } },
        body: { note: note || null },
      })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agentKeys.approvals }),
  });
}

export function useReject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      unwrap(api.POST("/api/v1/agents/approvals/{approval_id}/reject", {
        params: { path: { approval_id: id } },
        body: { reason },
      })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agentKeys.approvals }),
  });
}

/** Query hooks over the SDR's approval queue: pending first contacts, approve (edited or not), reject, bulk approve. */
import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData, type QueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { cursorQuery, PAGE_SIZE, type CursorPage } from "@/api/pagination";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

import { sdrKeys } from "../shared/keys";

type Schemas = components["schemas"];
export type Draft = Schemas["SdrApproval"];

export function useDrafts(campaignId: string | null) {
  return useInfiniteQuery(
    cursorQuery(sdrKeys.approvalList(campaignId), (cursor, signal) =>
      unwrap(api.GET("/api/v1/sdr/approvals", { params: { query: { campaign_id: campaignId, cursor, limit: PAGE_SIZE } }, signal })),
    ),
  );
}

/** Decided drafts leave every queue on screen at once; the campaigns they belong to move on. */
function settle(queryClient: QueryClient, decided: ReadonlySet<string>): Promise<void> {
  queryClient.setQueriesData<InfiniteData<CursorPage<Draft>>>({ queryKey: sdrKeys.approvals }, (data) =>
    data && { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.filter((draft) => !decided.has(draft.approval_id)) })) },
  );
  void queryClient.invalidateQueries({ queryKey: sdrKeys.enrollments });
  return queryClient.invalidateQueries({ queryKey: sdrKeys.campaigns });
}

export interface Approval {
  approvalId: string;
  /** The edited text and subject; unchanged ones are left out. */
  text?: string;
  subject?: string;
}

export function useApproveDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ approvalId, text, subject }: Approval) =>
      unwrap(api.POST("/api/v1/sdr/approvals/{approval_id}/approve", {
        params: { path: { approval_id: approvalId } },
        body: { text: text ?? null, subject: subject ?? null },
      })),
    onSuccess: (_data, { approvalId }) => settle(queryClient, new Set([approvalId])),
  });
}

export function useRejectDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ approvalId, reason }: { approvalId: string; reason: string }) =>
      unwrap(api.POST("/api/v1/sdr/approvals/{approval_id}/reject", { params: { path: { approval_id: approvalId } }, body: { reason } })),
    onSuccess: (_data, { approvalId }) => settle(queryClient, new Set([approvalId])),
  });
}

/** Approves many as they are, in one request; the answer says which could not be. */
export function useBulkApprove() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (approvalIds: string[]) => unwrap(api.POST("/api/v1/sdr/approvals/bulk-approve", { body: { approval_ids: approvalIds } })),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: sdrKeys.approvals });
      return settle(queryClient, new Set(result.approved));
    },
  });
}

import {
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';

import { api, type Schema } from '@/api/client';
import { ApiError, unwrap } from '@/api/problem';

import { allItems, type Pages, removeItem, restoreItem } from './pagesCache';

export type SdrApproval = Schema<'SdrApproval'>;
export type ApprovalEdit = Schema<'ApprovalEdit'>;
export type Conversation = Schema<'Conversation'>;
export type ReplyClass = Schema<'ReplyClass'>;
export type Message = Schema<'MessageRead'>;

const PAGE_SIZE = 20;

/** Everything of the SDR on the phone: what a reply push refreshes. */
export const sdrKey = ['sdr'] as const;
const approvalsKey = [...sdrKey, 'approvals'] as const;
export const conversationsKey = [...sdrKey, 'conversations'] as const;
/** The AI layer's queue holds the same drafts; a decision here changes it too. */
const agentApprovalsKey = ['agents', 'approvals'] as const;

/** The first messages of campaigns waiting for a person, oldest first. */
export function useSdrApprovals() {
  return useInfiniteQuery({
    queryKey: approvalsKey,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/sdr/approvals', {
          params: { query: { limit: PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
}

export type Decision = { approve: true; edit?: ApprovalEdit } | { approve: false; reason: string };
export type DecideDraft = { draft: SdrApproval; decision: Decision };

/** Someone else decided this draft first (409): the queue is refreshed instead of restored. */
export const alreadyDecided = (error: unknown) => error instanceof ApiError && error.status === 409;

const draftKey = (draft: SdrApproval) => draft.approval_id;

function decide({ draft, decision }: DecideDraft) {
  const path = { approval_id: draft.approval_id };
  return unwrap(
    decision.approve
      ? api.POST('/api/v1/sdr/approvals/{approval_id}/approve', {
          params: { path },
          body: decision.edit ?? {},
        })
      : api.POST('/api/v1/sdr/approvals/{approval_id}/reject', {
          params: { path },
          body: { reason: decision.reason },
        }),
  );
}

/**
 * Approves (as drafted or edited) or rejects a draft. It leaves the queue at once; a failure
 * puts it back where it was, except a 409 (already decided), which refreshes the queue.
 */
export function useDecideDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decide,
    onMutate: async ({ draft }) => {
      await queryClient.cancelQueries({ queryKey: approvalsKey });
      const queue = queryClient.getQueryData<Pages<SdrApproval>>(approvalsKey);
      const { data, spot } = removeItem(queue, draftKey, draft.approval_id);
      queryClient.setQueryData(approvalsKey, data);
      return { spot };
    },
    onError: (error, { draft }, saved) => {
      if (alreadyDecided(error) || !saved?.spot) return;
      const spot = saved.spot;
      queryClient.setQueryData<Pages<SdrApproval>>(approvalsKey, (data) =>
        restoreItem(data, draft, spot, draftKey),
      );
    },
    // not awaited: offline, the refetch retries, and the outcome must show meanwhile
    onSettled: (_data, error) => {
      // after a success the server's queue only confirms what the phone shows
      if (error) void queryClient.invalidateQueries({ queryKey: approvalsKey });
      void queryClient.invalidateQueries({ queryKey: agentApprovalsKey });
    },
  });
}

/** The replies inbox: enrollments with at least one reply, most recent first. */
export function useConversations(classification: ReplyClass | null) {
  return useInfiniteQuery({
    queryKey: [...conversationsKey, classification],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/sdr/conversations', {
          params: { query: { classification, limit: PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
}

/** The inbox row of an enrollment, when a loaded page of the inbox has it. */
export function cachedConversation(
  queryClient: QueryClient,
  enrollmentId: string,
): Conversation | undefined {
  return queryClient
    .getQueriesData<Pages<Conversation>>({ queryKey: conversationsKey })
    .flatMap(([, data]) => allItems(data))
    .find((c) => c.enrollment_id === enrollmentId);
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, type Schema } from '@/api/client';
import { unwrap } from '@/api/problem';

export type Approval = Schema<'ApprovalRead'>;

const pendingApprovalsKey = ['agents', 'approvals', 'pending'] as const;

/** What agents prepared and only leaves the company once a human approves it. */
export function usePendingApprovals() {
  return useQuery({
    queryKey: pendingApprovalsKey,
    queryFn: () =>
      unwrap(api.GET('/api/v1/agents/approvals', { params: { query: { status: 'pending' } } })),
  });
}

type Decision = { approval: Approval } & ({ approve: true } | { approve: false; reason: string });

export function useDecideApproval() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: Decision) => {
      const path = { approval_id: decision.approval.id };
      return unwrap(
        decision.approve
          ? api.POST('/api/v1/agents/approvals/{approval_id}/approve', {
              params: { path },
              body: {},
            })
          : api.POST('/api/v1/agents/approvals/{approval_id}/reject', {
              params: { path },
              body: { reason: decision.reason },
            }),
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: pendingApprovalsKey }),
  });
}

import { ApprovalsSummary } from './ApprovalsSummary';
import { usePendingApprovals } from './queries';

/** The AI layer's queue on the home screen (for whoever may see it). */
export function AgentApprovalsSummary() {
  const approvals = usePendingApprovals();
  return (
    <ApprovalsSummary
      query={approvals}
      items={approvals.data?.items ?? []}
      more={!!approvals.data?.next_cursor}
      href="/approvals"
    />
  );
}

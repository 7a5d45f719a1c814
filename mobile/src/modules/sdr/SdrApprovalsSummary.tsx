import { useT } from '@/i18n';
import { ApprovalsSummary } from '@/modules/agents/ApprovalsSummary';

import { allItems } from './pagesCache';
import { useSdrApprovals } from './queries';

/** The first contacts waiting, on the home screen of whoever decides them. */
export function SdrApprovalsSummary() {
  const t = useT();
  const approvals = useSdrApprovals();
  const items = allItems(approvals.data).map((draft) => ({
    id: draft.approval_id,
    title: t('sdr.approvals.summaryTitle', { name: draft.company ?? draft.name }),
    created_at: draft.created_at,
  }));
  return (
    <ApprovalsSummary
      query={approvals}
      items={items}
      more={approvals.hasNextPage}
      href="/sdr/approvals"
    />
  );
}

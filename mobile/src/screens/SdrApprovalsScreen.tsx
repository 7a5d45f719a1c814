import { Text } from 'react-native';

import { useT } from '@/i18n';
import { useCan } from '@/modules/auth/queries';
import { DraftCard } from '@/modules/sdr/DraftCard';
import { allItems } from '@/modules/sdr/pagesCache';
import { useSdrApprovals } from '@/modules/sdr/queries';
import { useDecisionOutcome } from '@/modules/sdr/useDecisionOutcome';
import { LoadMoreButton } from '@/ui/LoadMoreButton';
import { Notice } from '@/ui/Notice';
import { QueryNotice } from '@/ui/QueryNotice';
import { Screen } from '@/ui/Screen';
import { type } from '@/ui/theme';
import { usePullToRefresh } from '@/ui/usePullToRefresh';

/** The campaigns' first messages waiting for a person; whoever holds sdr:write decides. */
export function SdrApprovalsScreen() {
  const t = useT();
  const approvals = useSdrApprovals();
  const canDecide = useCan('sdr:write');
  const { decide, outcome } = useDecisionOutcome();
  const drafts = allItems(approvals.data);

  return (
    <Screen underHeader {...usePullToRefresh()}>
      <QueryNotice query={approvals} />
      {outcome ? <Notice tone={outcome.tone} text={outcome.text} /> : null}
      {!canDecide && drafts.length > 0 ? <Notice text={t('sdr.approvals.readOnly')} /> : null}
      {approvals.isSuccess && drafts.length === 0 ? (
        <Text style={type.muted}>{t('sdr.approvals.empty')}</Text>
      ) : null}
      {drafts.map((draft) => (
        <DraftCard
          key={draft.approval_id}
          draft={draft}
          canDecide={canDecide}
          onDecide={(decision) => decide({ draft, decision })}
        />
      ))}
      {approvals.hasNextPage ? (
        <LoadMoreButton
          loading={approvals.isFetchingNextPage}
          onPress={() => void approvals.fetchNextPage()}
        />
      ) : null}
    </Screen>
  );
}

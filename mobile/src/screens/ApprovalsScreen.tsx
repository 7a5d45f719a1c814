import { Text } from 'react-native';

import { useT } from '@/i18n';
import { AgentApprovalCard } from '@/modules/agents/AgentApprovalCard';
import { usePendingApprovals } from '@/modules/agents/queries';
import { useCan } from '@/modules/auth/queries';
import { Notice } from '@/ui/Notice';
import { QueryNotice } from '@/ui/QueryNotice';
import { Screen } from '@/ui/Screen';
import { type } from '@/ui/theme';
import { usePullToRefresh } from '@/ui/usePullToRefresh';

/** The queue of what agents prepared; whoever holds agents:write decides. */
export function ApprovalsScreen() {
  const t = useT();
  const approvals = usePendingApprovals();
  const canDecide = useCan('agents:write');
  const items = approvals.data?.items ?? [];

  return (
    <Screen underHeader {...usePullToRefresh()}>
      <QueryNotice query={approvals} />
      {!canDecide && items.length > 0 ? <Notice text={t('approvals.readOnly')} /> : null}
      {approvals.isSuccess && items.length === 0 ? (
        <Text style={type.muted}>{t('approvals.empty')}</Text>
      ) : null}
      {items.map((approval) => (
        <AgentApprovalCard key={approval.id} approval={approval} canDecide={canDecide} />
      ))}
    </Screen>
  );
}

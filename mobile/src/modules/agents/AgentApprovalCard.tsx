import { Text } from 'react-native';

import { formatDateTime } from '@/i18n/format';
import { useT } from '@/i18n';
import { type } from '@/ui/theme';

import { ApprovalCard } from './ApprovalCard';
import { type Approval, useDecideApproval } from './queries';

const PREVIEW_LENGTH = 280;

/** What the agent wants to send, to whom and on which channel. */
function preview(payload: Approval['payload']): { where: string | null; text: string | null } {
  const { channel, to, subject, text } = payload as Record<string, unknown>;
  const where = [channel, to].filter((v) => typeof v === 'string').join(' · ');
  const body = [subject, text].filter((v) => typeof v === 'string').join('\n');
  return {
    where: where || null,
    text: body ? body.slice(0, PREVIEW_LENGTH) + (body.length > PREVIEW_LENGTH ? '…' : '') : null,
  };
}

/** One pending approval of the AI layer's queue. */
export function AgentApprovalCard({
  approval,
  canDecide,
}: {
  approval: Approval;
  canDecide: boolean;
}) {
  const t = useT();
  const decide = useDecideApproval();
  const { where, text } = preview(approval.payload);

  return (
    <ApprovalCard
      title={approval.title}
      meta={[where, formatDateTime(approval.created_at)].filter(Boolean).join(' · ')}
      canDecide={canDecide}
      pending={decide.isPending}
      error={decide.error ? t('approvals.failed', { reason: decide.error.message }) : null}
      onApprove={() => decide.mutate({ approval, approve: true })}
      onReject={(reason) => decide.mutate({ approval, approve: false, reason })}
    >
      {text ? <Text style={type.body}>{text}</Text> : null}
    </ApprovalCard>
  );
}

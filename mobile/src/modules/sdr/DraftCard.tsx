import { Text } from 'react-native';

import { formatDateTime } from '@/i18n/format';
import { useT } from '@/i18n';
import { ApprovalCard } from '@/modules/agents/ApprovalCard';
import { type } from '@/ui/theme';

import { DraftEditor } from './DraftEditor';
import type { Decision, SdrApproval } from './queries';
import { channelLabel } from './wording';

export const draftTitle = (draft: SdrApproval) =>
  draft.company ? `${draft.name} · ${draft.company}` : draft.name;

type Props = { draft: SdrApproval; canDecide: boolean; onDecide: (decision: Decision) => void };

/** A campaign's first message to a lead, in full: approve it, edit it first or reject it. */
export function DraftCard({ draft, canDecide, onDecide }: Props) {
  const t = useT();
  return (
    <ApprovalCard
      title={draftTitle(draft)}
      meta={t('sdr.draft.meta', {
        campaign: draft.campaign_name,
        channel: channelLabel(t, draft.channel),
        to: draft.to,
        date: formatDateTime(draft.created_at),
      })}
      canDecide={canDecide}
      onApprove={() => onDecide({ approve: true })}
      onReject={(reason) => onDecide({ approve: false, reason })}
      renderEditor={(close) => (
        <DraftEditor
          draft={draft}
          onCancel={close}
          onApprove={(edit) => onDecide({ approve: true, edit })}
        />
      )}
    >
      {draft.subject ? (
        <Text style={type.body}>{t('sdr.draft.subject', { subject: draft.subject })}</Text>
      ) : null}
      <Text style={type.body}>{draft.text}</Text>
    </ApprovalCard>
  );
}

import { Text } from 'react-native';

import { formatDate } from '@/i18n/format';
import { useT } from '@/i18n';
import { Section } from '@/ui/Section';
import { type } from '@/ui/theme';

import type { Enrollment } from './conversation';
import { conversationTitle } from './ConversationRow';
import { classificationLabel, enrollmentState } from './wording';

type Lead = Pick<Enrollment, 'name' | 'company' | 'status' | 'finish_reason' | 'accepted_at'>;

type Props = { lead: Lead; campaign?: string | null; classification: string | null };

/** Who the lead is and where their cadence stands, above the conversation. */
export function LeadAbout({ lead, campaign, classification }: Props) {
  const t = useT();
  return (
    <Section title={conversationTitle(lead)}>
      <Text style={type.muted}>
        {[campaign, enrollmentState(t, lead)].filter(Boolean).join(' · ')}
      </Text>
      {classification ? (
        <Text style={type.body}>{classificationLabel(t, classification)}</Text>
      ) : null}
      {lead.accepted_at ? (
        <Text style={type.muted}>{t('sdr.accepted', { date: formatDate(lead.accepted_at) })}</Text>
      ) : null}
    </Section>
  );
}

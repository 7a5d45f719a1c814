import { useQueryClient } from '@tanstack/react-query';
import { ActivityIndicator, Text } from 'react-native';

import { useT } from '@/i18n';
import { useCan } from '@/modules/auth/queries';
import { AnswerComposer } from '@/modules/sdr/AnswerComposer';
import { useEnrollment, useMessages } from '@/modules/sdr/conversation';
import { LeadAbout } from '@/modules/sdr/LeadAbout';
import { MessageBubble } from '@/modules/sdr/MessageBubble';
import { cachedConversation } from '@/modules/sdr/queries';
import { optedOut } from '@/modules/sdr/wording';
import { Notice } from '@/ui/Notice';
import { QueryNotice } from '@/ui/QueryNotice';
import { Screen } from '@/ui/Screen';
import { Section } from '@/ui/Section';
import { type } from '@/ui/theme';
import { usePullToRefresh } from '@/ui/usePullToRefresh';

/** A lead's conversation in a campaign, and the answer a person sends from it. */
export function ConversationScreen({ id }: { id: string }) {
  const t = useT();
  const canAnswer = useCan('sdr:write');
  // the enrollment names the lead (also when a push opened a conversation the inbox has not
  // loaded); the inbox row, when loaded, adds the campaign's name
  const enrollment = useEnrollment(id);
  const messages = useMessages(id);
  const summary = cachedConversation(useQueryClient(), id);
  const lead = enrollment.data ?? summary;
  const list = messages.data ?? [];
  const lastReply = [...list].reverse().find((m) => m.direction === 'in');
  const classification = lastReply?.classification ?? summary?.classification ?? null;
  const stopped = optedOut({ classification, finish_reason: lead?.finish_reason ?? null });
  // the server answers on the channel the lead last wrote on
  const channel = lastReply?.channel ?? summary?.channel;
  const lastSubject = [...list].reverse().find((m) => m.subject)?.subject ?? null;

  return (
    <Screen underHeader {...usePullToRefresh()}>
      {lead ? (
        <LeadAbout lead={lead} campaign={summary?.campaign_name} classification={classification} />
      ) : null}
      <QueryNotice query={messages} />
      <Section title={t('sdr.conversation.messages')}>
        {messages.isPending ? <ActivityIndicator /> : null}
        {messages.isSuccess && list.length === 0 ? (
          <Text style={type.muted}>{t('sdr.conversation.empty')}</Text>
        ) : null}
        {list.map((message) => (
          <MessageBubble key={message.id} message={message} />
        ))}
      </Section>
      {stopped ? <Notice text={t('sdr.answer.optedOut')} /> : null}
      {!stopped && !canAnswer && messages.isSuccess ? (
        <Notice text={t('sdr.answer.readOnly')} />
      ) : null}
      {!stopped && canAnswer && channel && messages.isSuccess ? (
        <AnswerComposer enrollmentId={id} channel={channel} lastSubject={lastSubject} />
      ) : null}
    </Screen>
  );
}

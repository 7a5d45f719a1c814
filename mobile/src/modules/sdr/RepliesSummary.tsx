import { Link } from 'expo-router';
import { Text } from 'react-native';

import { useT } from '@/i18n';
import { QueryNotice } from '@/ui/QueryNotice';
import { Section } from '@/ui/Section';
import { colors, type } from '@/ui/theme';

import { conversationTitle } from './ConversationRow';
import { allItems } from './pagesCache';
import { useConversations } from './queries';
import { classificationLabel } from './wording';

const SHOWN = 3;

/** The home screen's latest replies of the user's campaigns. */
export function RepliesSummary() {
  const t = useT();
  const conversations = useConversations(null);
  const latest = allItems(conversations.data).slice(0, SHOWN);

  return (
    <Section title={t('home.replies')}>
      <QueryNotice query={conversations} />
      {conversations.isSuccess && latest.length === 0 ? (
        <Text style={type.muted}>{t('home.repliesEmpty')}</Text>
      ) : null}
      {latest.map((c) => (
        <Text key={c.enrollment_id} style={type.body}>
          {conversationTitle(c)}
          <Text style={type.muted}> · {classificationLabel(t, c.classification)}</Text>
        </Text>
      ))}
      {conversations.data ? (
        <Link href="/sdr/replies" style={[type.body, { color: colors.brand }]}>
          {t('sdr.replies.seeAll')}
        </Link>
      ) : null}
    </Section>
  );
}

import { useState } from 'react';
import { Text } from 'react-native';

import { useT } from '@/i18n';
import { ClassificationChips } from '@/modules/sdr/ClassificationChips';
import { ConversationRow } from '@/modules/sdr/ConversationRow';
import { allItems } from '@/modules/sdr/pagesCache';
import { type ReplyClass, useConversations } from '@/modules/sdr/queries';
import { LinkRow } from '@/ui/LinkRow';
import { LoadMoreButton } from '@/ui/LoadMoreButton';
import { QueryNotice } from '@/ui/QueryNotice';
import { Screen } from '@/ui/Screen';
import { Section } from '@/ui/Section';
import { type } from '@/ui/theme';
import { usePullToRefresh } from '@/ui/usePullToRefresh';

/** The replies inbox: leads who answered a campaign, most recent first, by classification. */
export function RepliesScreen() {
  const t = useT();
  const [classification, setClassification] = useState<ReplyClass | null>(null);
  const conversations = useConversations(classification);
  const items = allItems(conversations.data);

  return (
    <Screen underHeader {...usePullToRefresh()}>
      <LinkRow href="/sdr/approvals" icon="send-outline" title={t('sdr.approvals.link')} />
      <ClassificationChips selected={classification} onSelect={setClassification} />
      <QueryNotice query={conversations} />
      <Section title={t('sdr.replies.title')}>
        {conversations.isSuccess && items.length === 0 ? (
          <Text style={type.muted}>
            {t(classification ? 'sdr.replies.emptyFiltered' : 'sdr.replies.empty')}
          </Text>
        ) : null}
        {items.map((c) => (
          <ConversationRow key={c.enrollment_id} conversation={c} />
        ))}
        {conversations.hasNextPage ? (
          <LoadMoreButton
            loading={conversations.isFetchingNextPage}
            onPress={() => void conversations.fetchNextPage()}
          />
        ) : null}
      </Section>
    </Screen>
  );
}

import { useRouter } from 'expo-router';
import { Pressable, StyleSheet, Text, View } from 'react-native';

import { formatDateTime } from '@/i18n/format';
import { useT } from '@/i18n';
import { colors, space, type } from '@/ui/theme';

import type { Conversation } from './queries';
import { channelLabel, classificationLabel, enrollmentState } from './wording';

export const conversationTitle = (c: Pick<Conversation, 'name' | 'company'>) =>
  c.company ? `${c.name} · ${c.company}` : c.name;

/** One lead of the replies inbox: the last word, how it was classified, where it stands. */
export function ConversationRow({ conversation: c }: { conversation: Conversation }) {
  const t = useT();
  const router = useRouter();
  const title = conversationTitle(c);
  const last =
    c.last_direction === 'out' ? t('sdr.replies.you', { text: c.last_text }) : c.last_text;

  return (
    <Pressable
      accessibilityRole="button"
      accessibilityLabel={title}
      onPress={() =>
        router.push({ pathname: '/sdr/conversations/[id]', params: { id: c.enrollment_id } })
      }
      style={({ pressed }) => [styles.row, pressed && styles.pressed]}
    >
      <View style={styles.head}>
        <Text style={[type.body, styles.title]}>{title}</Text>
        {c.classification ? (
          <Text style={styles.badge}>{classificationLabel(t, c.classification)}</Text>
        ) : null}
      </View>
      <Text style={type.body} numberOfLines={2}>
        {last}
      </Text>
      <Text style={type.muted}>
        {[
          c.campaign_name,
          channelLabel(t, c.channel),
          enrollmentState(t, c),
          formatDateTime(c.last_at),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </Pressable>
  );
}

const styles = StyleSheet.create({
  row: {
    gap: space.xs,
    paddingVertical: space.md,
    borderBottomWidth: StyleSheet.hairlineWidth,
    borderBottomColor: colors.border,
  },
  pressed: { opacity: 0.7 },
  head: { flexDirection: 'row', alignItems: 'center', gap: space.sm },
  title: { flex: 1, fontWeight: '600' },
  badge: {
    fontSize: 12,
    fontWeight: '600',
    color: colors.brand,
    backgroundColor: colors.brandSoft,
    borderRadius: 10,
    paddingHorizontal: space.sm,
    paddingVertical: 2,
    overflow: 'hidden',
  },
});

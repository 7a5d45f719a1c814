import { StyleSheet, Text, View } from 'react-native';

import { formatDateTime } from '@/i18n/format';
import { useT } from '@/i18n';
import { colors, space, type } from '@/ui/theme';

import type { Message } from './queries';
import { channelLabel, classificationLabel, messageStatusLabel } from './wording';

/** One message of the conversation: ours on the right, the lead's on the left. */
export function MessageBubble({ message: m }: { message: Message }) {
  const t = useT();
  const ours = m.direction === 'out';
  const state = ours ? messageStatusLabel(t, m.status) : classificationLabel(t, m.classification);
  const details = [channelLabel(t, m.channel), state, formatDateTime(m.sent_at ?? m.created_at)];

  return (
    <View
      accessible
      accessibilityLabel={`${t(ours ? 'sdr.message.out' : 'sdr.message.in')}: ${m.text}`}
      style={[styles.bubble, ours ? styles.ours : styles.theirs]}
    >
      {m.subject ? <Text style={[type.body, styles.subject]}>{m.subject}</Text> : null}
      <Text style={type.body}>{m.text}</Text>
      <Text style={styles.details}>{details.join(' · ')}</Text>
    </View>
  );
}

const styles = StyleSheet.create({
  bubble: { maxWidth: '88%', borderRadius: 12, padding: space.md, gap: space.xs },
  ours: { alignSelf: 'flex-end', backgroundColor: colors.brandSoft },
  theirs: {
    alignSelf: 'flex-start',
    backgroundColor: colors.surface,
    borderWidth: StyleSheet.hairlineWidth,
    borderColor: colors.border,
  },
  subject: { fontWeight: '600' },
  details: { fontSize: 12, color: colors.muted },
});

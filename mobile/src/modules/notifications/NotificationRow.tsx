import { useRouter } from 'expo-router';
import { Pressable, StyleSheet, Text, View } from 'react-native';

import { formatDateTime } from '@/i18n/format';
import { useLocale, useT } from '@/i18n';
import { colors, space, type } from '@/ui/theme';

import { destinationOf } from './destination';
import { type Notification, useMarkRead } from './queries';
import { notificationWording } from './wording';

/** One notification; tapping it marks it read and opens what it is about (a reply, a queue). */
export function NotificationRow({ notification }: { notification: Notification }) {
  const t = useT();
  const locale = useLocale();
  const markRead = useMarkRead();
  const router = useRouter();
  const unread = !notification.read_at;
  const { title, body } = notificationWording(notification, locale);

  return (
    <Pressable
      accessibilityRole="button"
      accessibilityLabel={unread ? `${t('notifications.unread')}: ${title}` : title}
      onPress={() => {
        if (unread) markRead.mutate(notification);
        const destination = destinationOf(notification);
        if (destination !== '/notifications') router.push(destination);
      }}
      style={styles.row}
    >
      <View style={[styles.dot, unread && styles.unreadDot]} />
      <View style={styles.text}>
        <Text style={[type.body, unread && styles.unreadTitle]}>{title}</Text>
        <Text style={type.muted}>{body}</Text>
        <Text style={type.muted}>{formatDateTime(notification.created_at)}</Text>
      </View>
    </Pressable>
  );
}

const styles = StyleSheet.create({
  row: { flexDirection: 'row', gap: space.md, paddingVertical: space.sm },
  dot: { width: 8, height: 8, borderRadius: 4, marginTop: 7 },
  unreadDot: { backgroundColor: colors.brand },
  unreadTitle: { fontWeight: '600' },
  text: { flex: 1, gap: 2 },
});

import { FlatList, RefreshControl, StyleSheet, Text, View } from 'react-native';
import { SafeAreaView } from 'react-native-safe-area-context';

import { useT } from '@/i18n';
import { NotificationRow } from '@/modules/notifications/NotificationRow';
import { useMarkAllRead, useNotifications, useUnreadCount } from '@/modules/notifications/queries';
import { Button } from '@/ui/Button';
import { QueryNotice } from '@/ui/QueryNotice';
import { colors, space, type } from '@/ui/theme';
import { usePullToRefresh } from '@/ui/usePullToRefresh';

export function NotificationsScreen() {
  const t = useT();
  const notifications = useNotifications();
  const unread = useUnreadCount();
  const markAllRead = useMarkAllRead();
  const { refreshing, onRefresh } = usePullToRefresh();
  const items = notifications.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <SafeAreaView style={styles.safe} edges={['left', 'right']}>
      <FlatList
        data={items}
        keyExtractor={(n) => n.id}
        renderItem={({ item }) => <NotificationRow notification={item} />}
        contentContainerStyle={styles.content}
        refreshControl={<RefreshControl refreshing={refreshing} onRefresh={onRefresh} />}
        onEndReached={() => notifications.hasNextPage && notifications.fetchNextPage()}
        ListHeaderComponent={
          <View style={styles.header}>
            <QueryNotice query={notifications} />
            {(unread.data ?? 0) > 0 ? (
              <Button
                label={t('notifications.markAllRead')}
                variant="secondary"
                disabled={markAllRead.isPending}
                onPress={() => markAllRead.mutate()}
              />
            ) : null}
          </View>
        }
        ListEmptyComponent={
          notifications.isSuccess ? (
            <Text style={type.muted}>{t('notifications.empty')}</Text>
          ) : null
        }
      />
    </SafeAreaView>
  );
}

const styles = StyleSheet.create({
  safe: { flex: 1, backgroundColor: colors.background },
  content: { padding: space.lg, gap: space.sm },
  header: { gap: space.md, marginBottom: space.sm },
});

import { Link } from 'expo-router';
import { Text } from 'react-native';

import { useT } from '@/i18n';
import { QueryNotice } from '@/ui/QueryNotice';
import { Section } from '@/ui/Section';
import { colors, type } from '@/ui/theme';

import { NotificationRow } from './NotificationRow';
import { useNotifications } from './queries';

const SHOWN = 3;

/** The home screen's last few notifications. */
export function LatestNotifications() {
  const t = useT();
  const notifications = useNotifications();
  const latest = notifications.data?.pages[0]?.items.slice(0, SHOWN) ?? [];

  return (
    <Section title={t('home.notifications')}>
      <QueryNotice query={notifications} />
      {notifications.isSuccess && latest.length === 0 ? (
        <Text style={type.muted}>{t('home.notificationsEmpty')}</Text>
      ) : null}
      {latest.map((notification) => (
        <NotificationRow key={notification.id} notification={notification} />
      ))}
      {latest.length > 0 ? (
        <Link href="/notifications" style={[type.body, { color: colors.brand }]}>
          {t('home.seeAllNotifications')}
        </Link>
      ) : null}
    </Section>
  );
}

import Ionicons from '@expo/vector-icons/Ionicons';
import { Tabs } from 'expo-router';
import type { ComponentProps } from 'react';
import type { ColorValue } from 'react-native';

import { useT } from '@/i18n';
import { useCan } from '@/modules/auth/queries';
import { useDeviceRegistration, useUnreadCount } from '@/modules/notifications/queries';
import { usePushListeners } from '@/push/usePushListeners';
import { colors } from '@/ui/theme';

type IconName = ComponentProps<typeof Ionicons>['name'];

function icon(name: IconName) {
  return function TabBarIcon({ color, size }: { color: ColorValue; size: number }) {
    return <Ionicons name={name} color={color} size={size} />;
  };
}

/**
 * The signed-in app. Deals show to whoever may read the CRM (Admin, Diretor, Comercial);
 * approvals to whoever may see the queue (Admin, Diretor).
 */
export default function TabsLayout() {
  const t = useT();
  const canSeeDeals = useCan('crm:read');
  const canSeeApprovals = useCan('agents:read');
  const unread = useUnreadCount();
  useDeviceRegistration();
  usePushListeners();

  return (
    <Tabs screenOptions={{ tabBarActiveTintColor: colors.brand }}>
      <Tabs.Screen
        name="index"
        options={{ title: t('tabs.home'), headerShown: false, tabBarIcon: icon('today-outline') }}
      />
      <Tabs.Screen
        name="deals"
        options={{
          title: t('tabs.deals'),
          href: canSeeDeals ? undefined : null,
          tabBarIcon: icon('briefcase-outline'),
        }}
      />
      <Tabs.Screen
        name="approvals"
        options={{
          title: t('tabs.approvals'),
          href: canSeeApprovals ? undefined : null,
          tabBarIcon: icon('checkmark-done-outline'),
        }}
      />
      <Tabs.Screen
        name="notifications"
        options={{
          title: t('tabs.notifications'),
          tabBarBadge: unread.data ? unread.data : undefined,
          tabBarIcon: icon('notifications-outline'),
        }}
      />
      <Tabs.Screen
        name="settings"
        options={{ title: t('tabs.settings'), tabBarIcon: icon('person-circle-outline') }}
      />
    </Tabs>
  );
}

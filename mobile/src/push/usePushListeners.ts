import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'expo-router';
import { useEffect } from 'react';

import { inboxKey } from '@/modules/notifications/queries';

import { Notifications } from './expoNotifications';
import { routeForLink } from './types';

type Response = import('expo-notifications').NotificationResponse;

Notifications?.setNotificationHandler({
  handleNotification: async () => ({
    shouldShowBanner: true,
    shouldShowList: true,
    shouldPlaySound: true,
    shouldSetBadge: true,
  }),
});

/**
 * A push that arrives refreshes the inbox; a tapped one (also the one that launched the app)
 * opens where it points.
 */
export function usePushListeners(): void {
  const queryClient = useQueryClient();
  const router = useRouter();

  useEffect(() => {
    const notifications = Notifications;
    if (!notifications) return;
    const refresh = () => queryClient.invalidateQueries({ queryKey: inboxKey });
    const open = (response: Response) => {
      if (response.actionIdentifier !== notifications.DEFAULT_ACTION_IDENTIFIER) return;
      void refresh();
      router.push(routeForLink(response.notification.request.content.data?.link));
    };
    const launchedBy = notifications.getLastNotificationResponse();
    if (launchedBy) {
      open(launchedBy);
      void notifications.clearLastNotificationResponseAsync();
    }
    const received = notifications.addNotificationReceivedListener(refresh);
    const tapped = notifications.addNotificationResponseReceivedListener(open);
    return () => {
      received.remove();
      tapped.remove();
    };
  }, [queryClient, router]);
}

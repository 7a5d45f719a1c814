import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'expo-router';
import { useEffect } from 'react';

import { aboutSdr, destinationOf, type Pointer } from '@/modules/notifications/destination';
import { inboxKey } from '@/modules/notifications/queries';
import { sdrKey } from '@/modules/sdr/queries';

import { Notifications } from './expoNotifications';

type Response = import('expo-notifications').NotificationResponse;
type Received = import('expo-notifications').Notification;

Notifications?.setNotificationHandler({
  handleNotification: async () => ({
    shouldShowBanner: true,
    shouldShowList: true,
    shouldPlaySound: true,
    shouldSetBadge: true,
  }),
});

/**
 * A push that arrives refreshes the inbox (and the SDR's lists, for a reply); a tapped one
 * (also the one that launched the app) opens where it points.
 */
export function usePushListeners(): void {
  const queryClient = useQueryClient();
  const router = useRouter();

  useEffect(() => {
    const notifications = Notifications;
    if (!notifications) return;
    const refresh = (push: Received) => {
      const pointer: Pointer = push.request.content.data ?? {};
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: inboxKey }),
        aboutSdr(pointer) ? queryClient.invalidateQueries({ queryKey: sdrKey }) : null,
      ]);
    };
    const open = (response: Response) => {
      if (response.actionIdentifier !== notifications.DEFAULT_ACTION_IDENTIFIER) return;
      void refresh(response.notification);
      router.push(destinationOf(response.notification.request.content.data ?? {}));
    };
    const launchedBy = notifications.getLastNotificationResponse();
    if (launchedBy) {
      open(launchedBy);
      void notifications.clearLastNotificationResponseAsync();
    }
    const received = notifications.addNotificationReceivedListener((push) => void refresh(push));
    const tapped = notifications.addNotificationResponseReceivedListener(open);
    return () => {
      received.remove();
      tapped.remove();
    };
  }, [queryClient, router]);
}

import {
  type InfiniteData,
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';

import { api, type Schema } from '@/api/client';
import { unwrap } from '@/api/problem';
import { obtainPushToken, type PushTokenResult } from '@/push/pushToken';

export type Notification = Schema<'NotificationRead'>;
type NotificationPage = Schema<'Page_NotificationRead_'>;

/** The list and the unread count: what a push, a read or a read-all changes. */
export const inboxKey = ['notifications', 'inbox'] as const;
const listKey = [...inboxKey, 'list'] as const;
const unreadCountKey = [...inboxKey, 'unread-count'] as const;
const deviceKey = ['notifications', 'device'] as const;

const PAGE_SIZE = 20;

/** Newest first, page by page. */
export function useNotifications() {
  return useInfiniteQuery({
    queryKey: listKey,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/notifications', {
          params: { query: { limit: PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
}

export function useUnreadCount() {
  return useQuery({
    queryKey: unreadCountKey,
    queryFn: () => unwrap(api.GET('/api/v1/notifications/unread-count')),
    select: (body) => body.count,
  });
}

function markReadInCache(queryClient: QueryClient, isRead: (n: Notification) => boolean) {
  const now = new Date().toISOString();
  queryClient.setQueryData<InfiniteData<NotificationPage>>(listKey, (data) =>
    data && {
      ...data,
      pages: data.pages.map((page) => ({
        ...page,
        items: page.items.map((n) => (!n.read_at && isRead(n) ? { ...n, read_at: now } : n)),
      })),
    },
  );
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notification: Notification) =>
      unwrap(
        api.POST('/api/v1/notifications/{notification_id}/read', {
          params: { path: { notification_id: notification.id } },
        }),
      ),
    onMutate: (notification) => markReadInCache(queryClient, (n) => n.id === notification.id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: inboxKey }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/notifications/read-all')),
    onMutate: () => markReadInCache(queryClient, () => true),
    onSettled: () => queryClient.invalidateQueries({ queryKey: inboxKey }),
  });
}

export type DeviceRegistration =
  | Exclude<PushTokenResult, { status: 'granted' }>
  | { status: 'registered'; device: Schema<'DeviceRead'> };

/**
 * This phone's push token, registered for the signed-in user. The backend keeps one row
 * per token, so registering again (every launch and return to the app) only refreshes it.
 */
export function useDeviceRegistration() {
  return useQuery({
    queryKey: deviceKey,
    queryFn: async (): Promise<DeviceRegistration> => {
      const push = await obtainPushToken();
      if (push.status !== 'granted') return push;
      const device = await unwrap(
        api.POST('/api/v1/devices', {
          body: { expo_push_token: push.token, platform: push.platform, name: push.deviceName },
        }),
      );
      return { status: 'registered', device };
    },
    staleTime: 0,
  });
}

/** On sign-out: this phone stops receiving the user's pushes. */
export async function unregisterThisDevice(queryClient: QueryClient): Promise<void> {
  const registration = queryClient.getQueryData<DeviceRegistration>(deviceKey);
  if (registration?.status !== 'registered') return;
  await unwrap(
    api.DELETE('/api/v1/devices/{device_id}', {
      params: { path: { device_id: registration.device.id } },
    }),
  );
}

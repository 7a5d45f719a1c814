/** Query hooks over the backend's notifications (the signed-in user's own inbox). */
import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import type { CursorPage } from "@/api/pagination";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

export type Notification = components["schemas"]["NotificationRead"];

export const RECENT_LIMIT = 20;

export const notificationKeys = {
  all: ["notifications"] as const,
  recent: ["notifications", "recent"] as const,
  unreadCount: ["notifications", "unread-count"] as const,
};

export function useRecentNotifications() {
  return useQuery({
    queryKey: notificationKeys.recent,
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/notifications", { params: { query: { limit: RECENT_LIMIT } }, signal })),
  });
}

export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unreadCount,
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/notifications/unread-count", { signal })),
    select: (data) => data.count,
  });
}

function replaceInRecent(queryClient: QueryClient, notification: Notification): void {
  queryClient.setQueryData<CursorPage<Notification>>(notificationKeys.recent, (page) =>
    page && { ...page, items: page.items.map((item) => (item.id === notification.id ? notification : item)) },
  );
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string) =>
      unwrap(api.POST("/api/v1/notifications/{notification_id}/read", {
        params: { path: { notification_id: notificationId } },
      })),
    onSuccess: (notification) => {
      replaceInRecent(queryClient, notification);
      return queryClient.invalidateQueries({ queryKey: notificationKeys.unreadCount });
    },
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/notifications/read-all")),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

/** Sends the signed-in user a test notification (it comes back over the socket, and to phones). */
export function useSendTestNotification() {
  return useMutation({ mutationFn: () => unwrap(api.POST("/api/v1/notifications/test")) });
}

/** A notification pushed over the socket: first in the list, and the unread count refetched. */
export function receiveNotification(queryClient: QueryClient, notification: Notification): void {
  queryClient.setQueryData<CursorPage<Notification>>(notificationKeys.recent, (page) =>
    page && {
      ...page,
      items: [notification, ...page.items.filter((item) => item.id !== notification.id)].slice(0, RECENT_LIMIT),
    },
  );
  void queryClient.invalidateQueries({ queryKey: notificationKeys.unreadCount });
}

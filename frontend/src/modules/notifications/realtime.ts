import { toast } from "sonner";

import type { RealtimeHandlers } from "@/realtime/handlers";

import { receiveNotification, type Notification } from "./queries";

export const notificationRealtimeHandlers: RealtimeHandlers = {
  "notifications.notification_created": (data, { queryClient, t, navigate }) => {
    const notification = data as unknown as Notification;
    receiveNotification(queryClient, notification);
    const link = notification.link;
    toast(notification.title, {
      id: notification.id,
      description: notification.body || undefined,
      action: link ? { label: t.app.open, onClick: () => navigate(link) } : undefined,
    });
  },
};

"use client";

import { CheckIcon } from "lucide-react";
import { useRouter } from "next/navigation";

import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { formatRelative } from "@/i18n/format";
import { useI18n } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import { useMarkRead, useRecentNotifications, type Notification } from "./queries";

interface NotificationListProps {
  limit?: number;
  /** Called when opening a notification navigates away (the bell closes its panel). */
  onNavigate?: () => void;
}

/** The latest notifications, newest first (the bell's panel and the home page). */
export function NotificationList({ limit, onNavigate }: NotificationListProps) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const recent = useRecentNotifications();
  const markRead = useMarkRead();
  const open = (notification: Notification) => {
    if (!notification.read_at) markRead.mutate(notification.id);
    if (notification.link) {
      onNavigate?.();
      router.push(notification.link);
    }
  };
  if (recent.isPending) {
    return (
      <div className="grid gap-2 p-4">
        <Skeleton className="h-10" />
        <Skeleton className="h-10" />
      </div>
    );
  }
  if (recent.isError) return <p className="p-4 text-sm text-muted-foreground">{t.notifications.unavailable}</p>;
  const items = recent.data.items.slice(0, limit);
  if (items.length === 0) return <p className="p-4 text-sm text-muted-foreground">{t.notifications.empty}</p>;
  return (
    <ul className="divide-y">
      {items.map((notification) => {
        const unread = !notification.read_at;
        return (
          <li key={notification.id} className="flex items-start gap-2 px-4 py-3">
            <span
              className={cn("mt-1.5 size-2 shrink-0 rounded-full", unread ? "bg-primary" : "bg-transparent")}
              title={unread ? t.notifications.unread : undefined}
            />
            <button type="button" className="grid min-w-0 flex-1 gap-0.5 text-left" onClick={() => open(notification)}>
              <span className={cn("text-sm", unread && "font-medium")}>
                {unread && <span className="sr-only">{t.notifications.unread}: </span>}
                {notification.title}
              </span>
              {notification.body && <span className="text-xs text-muted-foreground">{notification.body}</span>}
              <time dateTime={notification.created_at} className="text-xs text-muted-foreground">
                {formatRelative(notification.created_at, locale)}
              </time>
            </button>
            {unread && (
              <Button variant="ghost" size="icon" className="size-7" aria-label={t.notifications.markRead} onClick={() => markRead.mutate(notification.id)}>
                <CheckIcon aria-hidden />
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

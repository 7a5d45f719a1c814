"use client";

import { BellIcon, CheckCheckIcon, SendIcon } from "lucide-react";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { useT } from "@/i18n/i18n-provider";

import { NotificationList } from "./notification-list";
import { useMarkAllRead, useSendTestNotification, useUnreadCount } from "./queries";

/** The bell: unread count, the latest notifications, mark one or all as read. */
export function NotificationCenter() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount().data ?? 0;
  const markAllRead = useMarkAllRead();
  const sendTest = useSendTestNotification();

  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <Button variant="ghost" size="icon" className="relative" aria-label={t.notifications.bell(unread)}>
          <BellIcon aria-hidden />
          {unread > 0 && (
            <span
              aria-hidden
              className="absolute top-1 right-1 grid h-4 min-w-4 place-items-center rounded-full bg-destructive px-1 text-[10px] font-semibold text-destructive-foreground"
            >
              {unread > 99 ? "99+" : unread}
            </span>
          )}
        </Button>
      </PopoverTrigger>
      <PopoverContent className="w-96 p-0" aria-label={t.notifications.title}>
        <div className="flex items-center justify-between gap-2 border-b px-4 py-2">
          <h2 className="text-sm font-semibold">{t.notifications.title}</h2>
          <Button variant="ghost" size="sm" disabled={unread === 0 || markAllRead.isPending} onClick={() => markAllRead.mutate()}>
            <CheckCheckIcon aria-hidden />
            {t.notifications.markAllRead}
          </Button>
        </div>
        <div className="max-h-96 overflow-y-auto">
          <NotificationList onNavigate={() => setOpen(false)} />
        </div>
        <div className="border-t px-2 py-1.5">
          <Button variant="ghost" size="sm" disabled={sendTest.isPending} onClick={() => sendTest.mutate()}>
            <SendIcon aria-hidden />
            {t.notifications.sendTest}
          </Button>
        </div>
      </PopoverContent>
    </Popover>
  );
}

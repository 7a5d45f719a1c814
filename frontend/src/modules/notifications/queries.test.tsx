import { act, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";

import { renderQueryHook, signedInSession } from "@/test/render-hook";
import { BACKEND, server } from "@/test/server";

import { receiveNotification, useMarkAllRead, useRecentNotifications, useUnreadCount, type Notification } from "./queries";

const notification = (id: string, readAt: string | null = null): Notification => ({
  id,
  kind: "agents.approval_requested",
  title: `Aprovação pendente ${id}`,
  body: "Um agente preparou um envio.",
  link: "/agents/approvals",
  data: {},
  created_at: "2026-12-01T08:00:00Z",
  read_at: readAt,
});

/** The backend's inbox: `unread` notifications until read-all. */
function inbox(items: Notification[]) {
  let unread = items.filter((item) => !item.read_at).length;
  return [
    http.get(`${BACKEND}/api/v1/notifications`, () => HttpResponse.json({ items, next_cursor: null })),
    http.get(`${BACKEND}/api/v1/notifications/unread-count`, () => HttpResponse.json({ count: unread })),
    http.post(`${BACKEND}/api/v1/notifications/read-all`, () => {
      const count = unread;
      unread = 0;
      return HttpResponse.json({ count });
    }),
  ];
}

describe("notification hooks", () => {
  it("count the unread ones and mark them all read", async () => {
    signedInSession();
    server.use(...inbox([notification("a"), notification("b"), notification("c", "2026-12-01T08:01:00Z")]));
    const { result } = renderQueryHook(() => ({ unread: useUnreadCount(), readAll: useMarkAllRead() }));
    await waitFor(() => expect(result.current.unread.data).toBe(2));
    await act(() => result.current.readAll.mutateAsync());
    await waitFor(() => expect(result.current.unread.data).toBe(0));
  });

  it("put a notification pushed over the socket first in the list and recount", async () => {
    signedInSession();
    let counted = 0;
    server.use(
      http.get(`${BACKEND}/api/v1/notifications`, () => HttpResponse.json({ items: [notification("old")], next_cursor: null })),
      http.get(`${BACKEND}/api/v1/notifications/unread-count`, () => HttpResponse.json({ count: ++counted })),
    );
    const { result, queryClient } = renderQueryHook(() => ({ recent: useRecentNotifications(), unread: useUnreadCount() }));
    await waitFor(() => expect(result.current.unread.data).toBe(1));
    await waitFor(() => expect(result.current.recent.isSuccess).toBe(true));
    act(() => receiveNotification(queryClient, notification("new")));
    await waitFor(() => expect(result.current.recent.data?.items.map((item) => item.id)).toEqual(["new", "old"]));
    await waitFor(() => expect(result.current.unread.data).toBe(2));
  });
});

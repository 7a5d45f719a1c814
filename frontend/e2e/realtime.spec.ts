import { API_URL, DEMO } from "./env";
import { apiLogin, expect, test } from "./fixtures";

test("a notification sent from another session arrives live: toast, bell, mark all read", async ({ page, request, signIn, capture }) => {
  const socketReady = page
    .waitForEvent("websocket", { predicate: (socket) => socket.url().includes("/ws?token=") })
    .then((socket) => socket.waitForEvent("framereceived", { predicate: (frame) => String(frame.payload).includes('"ready"') }));
  await signIn(DEMO.comercial);
  await expect(page).toHaveURL(/\/$/);
  await socketReady;

  // the same person on another device: the backend publishes the notification to their channel
  const other = await apiLogin(request, DEMO.comercial);
  const sent = await request.post(`${API_URL}/api/v1/notifications/test`, { headers: other.headers });
  expect(sent.status()).toBe(201);
  const notification = (await sent.json()) as { title: string; body: string };
  await other.logout();

  const toast = page.locator("[data-sonner-toast]").filter({ hasText: notification.title });
  await expect(toast).toBeVisible();
  await expect(toast).toContainText(notification.body);
  await expect(toast).toHaveAttribute("data-mounted", "true");
  await page.waitForTimeout(400); // the slide-in, for the screenshot
  await capture("realtime-toast");

  const bell = page.getByRole("button", { name: /^Notificações: \d+ não lidas$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  const panel = page.getByRole("dialog", { name: "Notificações" });
  await expect(panel.getByText(notification.title).first()).toBeVisible();
  await capture("notification-center");
  await panel.getByRole("button", { name: "Marcar todas como lidas" }).click();
  await expect(page.getByRole("button", { name: "Notificações", exact: true })).toBeVisible();
});

import { API_URL, DEMO } from "./env";
import { apiLogin, expect, test } from "./fixtures";
import { socketReady } from "./second-user";

test("a notification sent from another session arrives live: toast, bell, mark all read", async ({ page, request, signIn, capture }) => {
  const ready = socketReady(page);
  await signIn(DEMO.comercial);
  await expect(page).toHaveURL(/\/$/);
  await ready;

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

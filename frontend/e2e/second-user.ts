/** Another person at another computer: a signed-in page of its own browser context, and when its live updates start. */
import type { Browser, Page } from "@playwright/test";

import { WEB_URL } from "./env";
import { ConsoleGuard, expect, signInOn } from "./fixtures";

/** Resolves once the page's /ws connection is subscribed (live updates reach it from then on). */
export function socketReady(page: Page): Promise<unknown> {
  return page
    .waitForEvent("websocket", { predicate: (socket) => socket.url().includes("/ws?token=") })
    .then((socket) => socket.waitForEvent("framereceived", { predicate: (frame) => String(frame.payload).includes('"ready"') }));
}

/** A second person, signed in on the dashboard in their own browser context (check `guard.errors`, then `close`). */
export async function secondUser(browser: Browser, email: string) {
  const context = await browser.newContext({ baseURL: WEB_URL, locale: "pt-BR", timezoneId: "America/Sao_Paulo", viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const guard = new ConsoleGuard(page);
  await signInOn(page, guard, email);
  await expect(page).toHaveURL(/\/$/);
  return { page, guard, close: () => context.close() };
}

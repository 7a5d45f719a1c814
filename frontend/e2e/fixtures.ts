import { mkdirSync } from "node:fs";
import path from "node:path";

import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";

import { API_URL, PASSWORD } from "./env";

export const ARTIFACTS = path.join(import.meta.dirname, "..", "artifacts");

/** The toast (sonner) showing this text. */
export const toast = (page: Page, text: string | RegExp) => page.locator("[data-sonner-toast]").filter({ hasText: text });

/** The names of the realtime events the page's /ws connection receives (from sign-in on). */
export function realtimeEvents(page: Page): string[] {
  const names: string[] = [];
  page.on("websocket", (socket) => {
    if (!socket.url().includes("/ws?token=")) return;
    socket.on("framereceived", (frame) => {
      const text = String(frame.payload);
      if (!text.includes('"event"')) return;
      const message = JSON.parse(text) as { type: string; name?: string };
      if (message.type === "event" && message.name) names.push(message.name);
    });
  });
  return names;
}

/** The browser's console line for a request the server answered with this status. */
export function failedLoad(status: number): RegExp {
  return new RegExp(`Failed to load resource: the server responded with a status of ${status}`);
}

/** Console errors and uncaught page errors, except those a test announced with allow(). */
export class ConsoleGuard {
  readonly errors: string[] = [];
  private readonly allowed: RegExp[] = [];

  constructor(page: Page) {
    page.on("console", (message) => {
      if (message.type() === "error") this.record(`${message.text()} (${message.location().url})`);
    });
    page.on("pageerror", (error) => this.record(`page error: ${error.message}`));
  }

  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  private record(text: string): void {
    if (!this.allowed.some((pattern) => pattern.test(text))) this.errors.push(text);
  }
}

export interface SignedIn {
  user: { id: string; role: string; full_name: string };
}

interface Fixtures {
  consoleGuard: ConsoleGuard;
  /** Saves artifacts/<name>.png (the whole page). */
  capture: (name: string) => Promise<void>;
  /**
   * Signs in through a login form (the staff one, the portal's, or the page already open when
   * `here`); returns what the session handler answered.
   */
  signIn: (email: string, options?: { portal?: boolean; here?: boolean }) => Promise<{ status: number; body: SignedIn }>;
}

/** Every test fails on a console error it did not announce, and may save screenshots. */
export const test = base.extend<Fixtures>({
  consoleGuard: [
    async ({ page }, use) => {
      const guard = new ConsoleGuard(page);
      await use(guard);
      expect(guard.errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
  capture: async ({ page }, use) => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await use(async (name) => {
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
    });
  },
  signIn: async ({ page, consoleGuard }, use) => {
    await use((email, options) => signInOn(page, consoleGuard, email, options));
  },
});

/**
 * Signs in on this page through a login form (see `signIn`). The backend limits logins per
 * e-mail and IP (scripts/e2e.sh raises it to 60 a minute): on a 429, waits its Retry-After.
 */
export async function signInOn(page: Page, guard: ConsoleGuard, email: string, { portal = false, here = false } = {}) {
  if (!here) await page.goto(portal ? "/portal/login" : "/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Senha").fill(PASSWORD);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/api/session/login")),
      page.getByRole("button", { name: "Entrar" }).click(),
    ]);
    if (response.status() !== 429) return { status: response.status(), body: (await response.json()) as SignedIn };
    guard.allow(failedLoad(429));
    const seconds = Number(response.headers()["retry-after"] ?? "60");
    await page.waitForTimeout((seconds + 1) * 1000);
  }
  throw new Error(`still rate limited signing in as ${email}`);
}

export interface ApiSession {
  token: string;
  headers: { Authorization: string };
  logout: () => Promise<unknown>;
}

/**
 * Signs in through the API, as an app or a script would (on a 429 from the login limit, waits
 * its Retry-After, like `signIn`).
 */
export async function apiLogin(request: APIRequestContext, email: string): Promise<ApiSession> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const login = await request.post(`${API_URL}/api/v1/auth/login`, { data: { email, password: PASSWORD } });
    if (login.status() === 429) {
      await new Promise((done) => setTimeout(done, (Number(login.headers()["retry-after"] ?? "60") + 1) * 1000));
      continue;
    }
    expect(login.status()).toBe(200);
    const { access_token: token, refresh_token: refreshToken } = (await login.json()) as { access_token: string; refresh_token: string };
    return {
      token,
      headers: { Authorization: `Bearer ${token}` },
      logout: () => request.post(`${API_URL}/api/v1/auth/logout`, { data: { refresh_token: refreshToken } }),
    };
  }
  throw new Error(`still rate limited signing in as ${email} through the API`);
}

export { expect };

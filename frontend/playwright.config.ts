import { defineConfig } from "@playwright/test";

const webUrl = process.env.E2E_WEB_URL ?? "http://127.0.0.1:3000";

/** Debian's Chromium (never a downloaded browser), quiet and sandbox-free for CI containers. */
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  timeout: 120_000,
  expect: { timeout: 15_000 },
  // one worker: two cores, and the backend limits logins per e-mail and IP
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  use: {
    baseURL: webUrl,
    locale: "pt-BR",
    timezoneId: "America/Sao_Paulo",
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: process.env.E2E_CHROMIUM ?? "/usr/bin/chromium", args: chromiumArgs },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  // `next start` of the production build, unless a server is already there (or E2E_WEB_URL points elsewhere)
  webServer: process.env.E2E_WEB_URL
    ? undefined
    : { command: "npm run start -- --port 3000", url: webUrl, reuseExistingServer: true, timeout: 60_000 },
});

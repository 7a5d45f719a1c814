import { writeFileSync } from "node:fs";
import path from "node:path";


import { DEMO } from "./env";
import { ARTIFACTS, expect, test } from "./fixtures";
import { HOME_READY_MARK } from "../src/screens/home/home-ready";

/** Milliseconds from this page's navigation start to the home page marking its content shown. */
async function homeReadyAt(page: import("@playwright/test").Page): Promise<number> {
  await expect(page.locator("[data-home-ready]")).toBeVisible();
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? NaN, HOME_READY_MARK);
}

test("first load of the dashboard after login", async ({ page, signIn, capture }) => {
  const started = Date.now();
  await signIn(DEMO.diretor);
  await expect(page.locator("[data-home-ready]")).toBeVisible();
  const loginFlowMs = Date.now() - started;

  // a fresh navigation to / with the session cookie: restore the session, render the home page
  await page.goto("/", { waitUntil: "commit" });
  const navigationToContentMs = await homeReadyAt(page);
  expect(navigationToContentMs).toBeGreaterThan(0);
  await capture("first-load-home");

  const result = {
    measured: "navigation start of a full load of / (session cookie set, after signing in) to the home page's main content visible (performance mark somos:home-ready)",
    firstLoadMs: Math.round(navigationToContentMs),
    loginFlowMs,
    loginFlowMeasured: "opening /login, typing, submitting, until the home page's content is visible (client-side navigation)",
    user: DEMO.diretor,
    at: new Date().toISOString(),
  };
  writeFileSync(path.join(ARTIFACTS, "first-load.json"), `${JSON.stringify(result, null, 2)}\n`);
});

import { DEMO, WEB_URL } from "./env";
import { expect, failedLoad, test } from "./fixtures";

test("a client opening staff pages lands on the portal", async ({ page, signIn, capture }) => {
  await signIn(DEMO.cliente, { portal: true });
  await expect(page).toHaveURL(/\/portal$/);
  for (const path of ["/admin/users", "/", "/agents/approvals"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/portal$/);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Olá, Clara Cliente");
  await capture("portal-client-redirected");
});

test("a staff account is refused at the portal login", async ({ page, context, signIn, consoleGuard, capture }) => {
  consoleGuard.allow(failedLoad(403));
  const { status } = await signIn(DEMO.comercial, { portal: true });
  expect(status).toBe(403);
  await expect(page.getByRole("alert").filter({ hasText: "Esta conta é da equipe. Entre pelo painel da produtora." })).toBeVisible();
  await expect(page).toHaveURL(/\/portal\/login$/);
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain("somos_rt");
  await capture("portal-refuses-staff");
});

test("a signed-in staff member opening the portal is sent to the dashboard", async ({ page, signIn }) => {
  await signIn(DEMO.campo);
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/portal");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("navigation", { name: "Navegação principal" })).toBeVisible();
});

test("an expired session goes back to the login with a message and a return URL", async ({ page, context, consoleGuard, capture }) => {
  consoleGuard.allow(failedLoad(401));
  await context.addCookies([
    { name: "somos_rt", value: "a-refresh-token-that-no-longer-works", url: WEB_URL },
    { name: "somos_aud", value: "staff", url: WEB_URL },
  ]);
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fusers&reason=expired$/);
  await expect(page.getByRole("status")).toHaveText("Sua sessão expirou. Entre novamente para continuar.");
  await capture("session-expired");
});

test("signing in returns to the page asked for; without its permission that is a 403 page", async ({ page, signIn, capture }) => {
  await page.goto("/admin/api-keys");
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fapi-keys$/);
  await signIn(DEMO.diretor, { here: true });
  await expect(page).toHaveURL(/\/admin\/api-keys$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Acesso não permitido");
  await expect(page.getByText("403")).toBeVisible();
  await capture("forbidden-403");
});

test("the session survives reloads that cut a refresh short", async ({ page, signIn }) => {
  await signIn(DEMO.campo);
  await expect(page).toHaveURL(/\/$/);
  // each load refreshes (rotating the cookie); reloading again at once drops that answer
  for (let i = 0; i < 5; i += 1) {
    const refreshing = page.waitForRequest((r) => r.url().endsWith("/api/session/refresh"));
    await page.reload({ waitUntil: "commit" });
    await refreshing;
  }
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Navegação principal" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Caio");
});

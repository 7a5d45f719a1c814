import { DEMO } from "./env";
import { expect, test } from "./fixtures";

test("the command palette opens with Ctrl+K and goes to screens and actions by keyboard", async ({ page, signIn, capture }) => {
  await signIn(DEMO.admin);
  await expect(page).toHaveURL(/\/$/);
  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog", { name: "Buscar" });
  await expect(palette).toBeVisible();
  await page.keyboard.type("auditoria");
  await capture("command-palette");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin\/audit$/);
  await expect(page.getByRole("heading", { level: 1, name: "Registro de auditoria" })).toBeVisible();

  await page.keyboard.press("Control+k");
  await page.keyboard.type("nova chave");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "Nova chave de API" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/admin\/api-keys$/);
});

test("language and theme are switched from the user menu and kept", async ({ page, signIn, capture }) => {
  await signIn(DEMO.admin);
  await expect(page).toHaveURL(/\/$/);
  const profileSaved = () => page.waitForResponse((r) => r.url().endsWith("/api/v1/auth/me") && r.request().method() === "PATCH");
  await page.getByRole("button", { name: "Menu do usuário" }).click();
  let saved = profileSaved();
  await page.getByRole("menuitemradio", { name: "English" }).click();
  expect((await saved).status()).toBe(200); // the language is kept in the profile, for every device
  try {
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/Good (morning|afternoon|evening), Ana/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "User menu" }).click();
    await page.getByRole("menuitemradio", { name: "Dark" }).click();
    await expect(page.locator("html")).toHaveClass("dark");
    await page.reload();
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
    await expect(page.locator("html")).toHaveClass("dark");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/Good (morning|afternoon|evening)/);
    await capture("english-dark");
  } finally {
    // the other tests expect the demo admin in Portuguese
    await page.getByRole("button", { name: /User menu|Menu do usuário/ }).click();
    saved = profileSaved();
    await page.getByRole("menuitemradio", { name: "Português (Brasil)" }).click();
    await saved;
  }
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the sidebar is a drawer", async ({ page, signIn, capture }) => {
    await signIn(DEMO.diretor);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("navigation", { name: "Navegação principal" })).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await capture("phone-home");
    await page.getByRole("button", { name: "Abrir menu" }).click();
    const drawer = page.getByRole("dialog", { name: "Navegação principal" });
    await expect(drawer.getByRole("navigation").getByRole("link")).toHaveText(["Início", "Prospecção", "SDR", "CRM", "Aprovações"]);
    await capture("phone-drawer");
    await drawer.getByRole("link", { name: "Aprovações" }).click();
    await expect(page).toHaveURL(/\/agents\/approvals$/);
    await expect(drawer).toBeHidden();
    await expect(page.getByRole("heading", { level: 1, name: "Aprovações" })).toBeVisible();
    await expect(page.getByText("Seu perfil pode ver as aprovações, mas não decidir.")).toBeVisible();
  });
});

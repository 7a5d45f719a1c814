import { API_URL, DEMO } from "./env";
import { expect, test } from "./fixtures";

test("a new API key's secret is shown once, works, and is gone after closing", async ({ page, request, signIn, capture }) => {
  await signIn(DEMO.admin);
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole("link", { name: "Chaves de API" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Chaves de API" })).toBeVisible();

  const name = `e2e ${Date.now()}`;
  await page.getByRole("button", { name: "Nova chave" }).click();
  const form = page.getByRole("dialog", { name: "Nova chave de API" });
  await form.getByLabel("Nome").fill(name);
  await form.getByLabel("Perfil").selectOption("Agente_IA");
  await form.getByRole("checkbox", { name: "crm:read" }).check();
  await form.getByRole("button", { name: "Criar" }).click();

  const secretDialog = page.getByRole("dialog", { name: "Copie a chave agora" });
  await expect(secretDialog).toBeVisible();
  const secret = await secretDialog.getByRole("textbox").inputValue();
  expect(secret.length).toBeGreaterThan(20);
  await capture("api-key-secret-once");

  // the key is real: the backend accepts it
  const me = await request.get(`${API_URL}/api/v1/auth/me`, { headers: { "X-API-Key": secret } });
  expect(me.status()).toBe(200);
  expect((await me.json()).permissions).toEqual(["crm:read"]);

  await secretDialog.getByRole("button", { name: "Já copiei" }).click();
  await expect(secretDialog).toHaveCount(0);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("1 escopos");
  await expect(page.locator("body")).not.toContainText(secret);
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: name })).toBeVisible();
  expect(await page.content()).not.toContain(secret);

  await page.getByRole("row").filter({ hasText: name }).getByRole("button", { name: "Revogar" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revogar" }).click();
  await expect(page.getByText("Chave revogada.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);
  expect((await request.get(`${API_URL}/api/v1/auth/me`, { headers: { "X-API-Key": secret } })).status()).toBe(401);
  await capture("api-key-revoked");
});

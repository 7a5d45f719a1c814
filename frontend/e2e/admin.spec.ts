import type { Page } from "@playwright/test";

import { DEMO, WEB_URL } from "./env";
import { ConsoleGuard, expect, test } from "./fixtures";

const DEMO_CLIENT_COMPANY = "00000000-0000-4000-8000-00000000c11e";

/** Invites a person of the demo client company from the invitations page; returns the one-time link. */
async function invite(page: Page, email: string, whileShown?: () => Promise<void>): Promise<{ email: string; link: string }> {
  await page.getByRole("button", { name: "Convidar" }).click();
  const form = page.getByRole("dialog", { name: "Novo convite" });
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel("Nome").fill("Cliente Convidado");
  await form.getByLabel("ID da empresa cliente").fill(DEMO_CLIENT_COMPANY);
  await form.getByRole("button", { name: "Convidar" }).click();
  const dialog = page.getByRole("dialog", { name: "Link do convite" });
  const link = await dialog.getByRole("textbox").inputValue();
  expect(link).toMatch(/\/portal\/invite\?token=/);
  await whileShown?.();
  await dialog.getByRole("button", { name: "Fechar" }).first().click();
  return { email, link: new URL(link).pathname + new URL(link).search };
}

test("admin screens: field errors from the backend, filters, audit diff, invitations, integrations", async ({ browser, page, signIn, capture, consoleGuard }) => {
  await signIn(DEMO.admin);
  await expect(page).toHaveURL(/\/$/);

  // users: the backend's field-level error shows next to its field
  await page.getByRole("link", { name: "Usuários e perfis" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Usuários e perfis" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "admin@demo.local" })).toBeVisible();
  await page.getByLabel("Perfil", { exact: true }).selectOption("Cliente");
  await expect(page.getByRole("row").filter({ hasText: "cliente@demo.local" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "admin@demo.local" })).toHaveCount(0);
  await page.getByRole("button", { name: "Novo usuário" }).click();
  const form = page.getByRole("dialog", { name: "Novo usuário" });
  await form.getByLabel("Nome").fill("Pessoa Teste");
  await form.getByLabel("E-mail").fill("not-an-email");
  await form.getByLabel("Senha inicial").fill("demo12345");
  consoleGuard.allow(/status of 422/);
  await form.getByRole("button", { name: "Criar" }).click();
  const emailField = form.getByLabel("E-mail");
  await expect(emailField).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText(/valid email/i)).toBeVisible();
  await capture("users-field-error");
  await form.getByRole("button", { name: "Cancelar" }).click();

  // audit: filter by action, open one entry's before/after
  await page.getByRole("link", { name: "Registro de auditoria" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Registro de auditoria" })).toBeVisible();
  await page.getByLabel("Ação", { exact: true }).fill("identity.api_key.created");
  await page.getByRole("button", { name: "Filtrar" }).click();
  const rows = page.getByRole("row").filter({ hasText: "identity.api_key.created" });
  await expect(rows.first()).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "identity.membership.created" })).toHaveCount(0);
  await rows.first().getByRole("button", { name: "Detalhes" }).click();
  await expect(page.getByRole("rowheader", { name: "prefix" })).toBeVisible();
  await capture("audit-diff");

  // invitations: the one-time link works once, for the invited person, in the portal
  await page.getByRole("link", { name: "Convites do portal" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Convites do portal" })).toBeVisible();
  const invited = await invite(page, `convite-${Date.now()}@cliente.example`, () => capture("invitation-link"));
  const invitee = await browser.newContext({ baseURL: WEB_URL });
  const inviteePage = await invitee.newPage();
  const inviteeConsole = new ConsoleGuard(inviteePage);
  await inviteePage.goto(invited.link);
  await expect(inviteePage.getByRole("heading", { level: 1, name: "Crie sua senha" })).toBeVisible();
  await inviteePage.getByLabel("Nova senha").fill("convite2026");
  await inviteePage.getByLabel("Repita a senha").fill("convite2026");
  await inviteePage.getByRole("button", { name: "Criar conta" }).click();
  await expect(inviteePage).toHaveURL(/\/portal\/login\?reason=invited$/);
  await expect(inviteePage.getByRole("status")).toHaveText("Conta criada. Entre com seu e-mail e a nova senha.");
  await inviteePage.getByLabel("E-mail").fill(invited.email);
  await inviteePage.getByLabel("Senha").fill("convite2026");
  await inviteePage.getByRole("button", { name: "Entrar" }).click();
  await expect(inviteePage).toHaveURL(/\/portal$/);
  await expect(inviteePage.getByRole("heading", { level: 1 })).toHaveText("Olá, Cliente Convidado");
  expect(inviteeConsole.errors).toEqual([]);
  await invitee.close();
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: invited.email })).toContainText("Aceito");

  // a revoked invitation's link no longer works
  const revoked = await invite(page, `revogado-${Date.now()}@cliente.example`);
  const row = page.getByRole("row").filter({ hasText: revoked.email });
  await expect(row).toContainText("Pendente");
  await row.getByRole("button", { name: "Revogar" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revogar" }).click();
  await expect(row).toContainText("Revogado");
  consoleGuard.allow(/status of 422/);
  await page.goto(revoked.link);
  await page.getByLabel("Nova senha").fill("convite2026");
  await page.getByLabel("Repita a senha").fill("convite2026");
  await page.getByRole("button", { name: "Criar conta" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Este link de convite não vale mais" })).toBeVisible();
  await page.goto("/");

  // integrations: each service's mode, and the sandbox banner while any is in sandbox
  await page.getByRole("navigation").getByRole("link", { name: "Integrações" }).click();
  await expect(page.getByRole("heading", { name: "WhatsApp (Evolution)" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Modo sandbox" })).toBeVisible();
  await capture("integrations");
});

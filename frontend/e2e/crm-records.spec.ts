import { readFileSync } from "node:fs";

import type { Page } from "@playwright/test";

import { DEMO } from "./env";
import { expect, test } from "./fixtures";

/** A CNPJ with valid check digits, from 12 digits (the way the Receita computes them). */
function cnpj(base: string): string {
  const digit = (numbers: string, weights: number[]) => {
    const rest = weights.reduce((sum, weight, i) => sum + Number(numbers[i]) * weight, 0) % 11;
    return rest < 2 ? "0" : String(11 - rest);
  };
  const first = digit(base, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  return base + first + digit(base + first, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
}

/** Twelve digits nobody else in this database has (runs and tests differ by the clock). */
function uniqueBase(offset: number): string {
  return String(Date.now() * 10 + offset).slice(-12).padStart(12, "7");
}

const masked = (digits: string) =>
  `${digits.slice(0, 2)}.${digits.slice(2, 5)}.${digits.slice(5, 8)}/${digits.slice(8, 12)}-${digits.slice(12)}`;

async function openCrm(page: Page, path: string, heading: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

test("a company with a bad CNPJ is refused field by field, then created, listed, opened, noted, tagged, exported and found", async ({ page, signIn, capture, consoleGuard }) => {
  const stamp = Date.now().toString(36);
  const name = `Produtora Aurora ${stamp} Ltda`;
  const good = cnpj(uniqueBase(1));
  const bad = good.slice(0, 13) + String((Number(good[13]) + 1) % 10);

  await signIn(DEMO.comercial);
  await expect(page).toHaveURL(/\/$/);
  await openCrm(page, "/crm/companies", "Empresas");

  // the backend refuses the CNPJ: its message shows under the CNPJ field, the rest of the form is kept
  await page.getByRole("button", { name: "Nova empresa" }).click();
  const form = page.getByRole("dialog", { name: "Nova empresa" });
  await form.getByLabel("Razão social").fill(name);
  await form.getByLabel("CNPJ").fill(bad);
  await expect(form.getByLabel("CNPJ")).toHaveValue(masked(bad)); // the mask, as typed
  await form.getByRole("button", { name: "Adicionar telefone" }).click();
  await form.getByLabel("Número 1").fill("(11) 3456-7890");
  consoleGuard.allow(/status of 422/);
  await form.getByRole("button", { name: "Criar" }).click();
  await expect(form.getByLabel("CNPJ")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText(/check digits/i)).toBeVisible();
  await expect(form.getByLabel("Razão social")).toHaveValue(name);
  await capture("crm-company-cnpj-error");

  // fixed, it is created and tops the list (newest first)
  await form.getByLabel("CNPJ").fill(good);
  await form.getByRole("button", { name: "Criar" }).click();
  await expect(form).toBeHidden();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(masked(good));

  // a tag for the selected row, created on the spot
  const tag = `evento-${stamp}`;
  await row.getByRole("checkbox", { name: `Selecionar ${name}` }).click();
  const bar = page.getByRole("region", { name: "1 selecionado" });
  await bar.getByRole("button", { name: "Adicionar etiqueta" }).click();
  await page.getByPlaceholder("Buscar ou criar etiqueta").fill(tag);
  await page.getByRole("option", { name: `Criar “${tag}”` }).click();
  await expect(page.getByText("Etiquetas alteradas em 1 registro.")).toBeVisible();
  await expect(row).toContainText(tag);

  // the list as it is now, downloaded through the API client
  await page.getByLabel("Buscar", { exact: true }).fill(stamp);
  await expect(page.getByRole("row")).toHaveCount(2); // header and the one company
  const downloading = page.waitForEvent("download");
  const exported = page.waitForResponse((r) => r.url().includes("/api/v1/crm/companies/export"));
  await page.getByRole("button", { name: "Exportar" }).click();
  await page.getByRole("menuitem", { name: /CSV/ }).click();
  const download = await downloading;
  // named as the server names it (its Content-Disposition reaches the browser)
  const disposition = (await exported).headers()["content-disposition"] ?? "";
  expect(disposition).toContain(`filename="${download.suggestedFilename()}"`);
  expect(download.suggestedFilename()).toMatch(/^crm-\w+-\d{8}-\d{4}\.csv$/);
  const csv = readFileSync(await download.path(), "utf-8");
  expect(csv).toContain(name);
  expect(csv).toContain(tag);
  expect(csv.trim().split("\r\n")).toHaveLength(2);

  // the detail page: CNPJ masked, the phone to tap, the timeline with its creation
  await row.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText(`CNPJ ${masked(good)}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Ligar para +55 (11) 3456-7890" })).toHaveAttribute("href", "tel:+551134567890");
  const timeline = page.getByRole("list", { name: "Histórico" });
  await expect(timeline).toContainText("Registro criado");

  // a note logged shows on the timeline, newest first
  const note = page.getByRole("form", { name: "Registrar atividade" });
  await note.getByLabel("Assunto").fill("Briefing do vídeo institucional");
  await note.getByLabel("Descrição").fill("Querem 3 versões: 60s, 30s e 15s.");
  await note.getByRole("button", { name: "Registrar" }).click();
  await expect(timeline.getByRole("listitem").first()).toContainText("Briefing do vídeo institucional");
  await expect(timeline.getByRole("listitem").first()).toContainText("Querem 3 versões: 60s, 30s e 15s.");
  await capture("crm-company-detail");

  // the command palette searches the CRM for what was typed
  await page.keyboard.press("Control+k");
  await page.keyboard.type(`Aurora ${stamp}`);
  await page.getByRole("option", { name: `Buscar “Aurora ${stamp}” no CRM` }).click();
  await expect(page).toHaveURL(new RegExp(`/crm/search\\?q=Aurora(\\+|%20)${stamp}$`));
  const companies = page.getByRole("list", { name: "Empresas" });
  await expect(companies.getByRole("link", { name })).toBeVisible();
  await companies.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
});

test("a saved view keeps the filters, sort and columns and comes back from its link", async ({ page, signIn, capture }) => {
  const stamp = Date.now().toString(36);
  await signIn(DEMO.comercial);
  await expect(page).toHaveURL(/\/$/);
  // `?new=1` opens the create dialog: a contact whose phone has WhatsApp
  await page.goto("/crm/contacts?new=1");
  const form = page.getByRole("dialog", { name: "Novo contato" });
  await form.getByLabel("Nome").fill(`Bruna ${stamp}`);
  await form.getByRole("textbox", { name: "E-mail 1" }).fill(`bruna.${stamp}@agencia.example`);
  await form.getByLabel("Número 1").fill("(21) 99876-5432");
  await form.getByLabel("Base legal (LGPD)").selectOption({ label: "Legítimo interesse" });
  await form.getByRole("button", { name: "Criar" }).click();
  await expect(form).toBeHidden();
  await expect(page).toHaveURL(/\/crm\/contacts$/);
  await expect(page.getByRole("heading", { level: 1, name: "Contatos" })).toBeVisible();

  await page.getByLabel("Buscar", { exact: true }).fill(stamp);
  await expect(page.getByRole("row").filter({ hasText: `Bruna ${stamp}` })).toBeVisible();
  await page.getByRole("button", { name: "Colunas" }).click();
  await page.getByLabel("Cargo").check();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("columnheader", { name: "Cargo" })).toBeVisible();

  await page.getByRole("button", { name: "Visões salvas" }).click();
  await page.getByRole("menuitem", { name: "Salvar como nova visão…" }).click();
  const save = page.getByRole("dialog", { name: "Salvar visão" });
  await save.getByLabel("Nome da visão").fill(`Bruna ${stamp}`);
  await save.getByRole("button", { name: "Salvar" }).click();
  await expect(page.getByRole("button", { name: `Visão: Bruna ${stamp}` })).toBeVisible();
  await expect(page).toHaveURL(/\?view=/);

  // the link brings back the search and the extra column
  await page.reload();
  await expect(page.getByRole("button", { name: `Visão: Bruna ${stamp}` })).toBeVisible();
  await expect(page.getByLabel("Buscar", { exact: true })).toHaveValue(stamp);
  await expect(page.getByRole("columnheader", { name: "Cargo" })).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(2);

  // the contact: WhatsApp link for the flagged phone, the legal basis
  await page.getByRole("link", { name: `Bruna ${stamp}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Bruna ${stamp}` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Conversar no WhatsApp com +55 (21) 99876-5432" })).toHaveAttribute("href", "https://wa.me/5521998765432");
  await expect(page.getByText("Legítimo interesse")).toBeVisible();
  await expect(page.getByText("Pode ser contatado")).toBeVisible();

  // on a phone: the tap-to-call and WhatsApp links stay at hand, the list still works
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole("link", { name: "Ligar para +55 (21) 99876-5432" })).toBeInViewport();
  await capture("crm-contact-phone");

  // deleting the view puts the list back to every record
  await page.goBack();
  await expect(page.getByRole("row").filter({ hasText: `Bruna ${stamp}` })).toBeVisible();
  await capture("crm-contacts-phone");
  // the table scrolls inside its frame; the page itself does not scroll sideways
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByRole("button", { name: `Excluir “Bruna ${stamp}”` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Excluir visão" }).click();
  await expect(page.getByRole("button", { name: "Visões salvas" })).toBeVisible();
  await expect(page.getByLabel("Buscar", { exact: true })).toHaveValue("");
});

test("a CSV import runs from upload to its report with the exact counts and reasons; a duplicate is merged, a company deleted", async ({ page, signIn, capture }) => {
  const stamp = Date.now().toString(36);
  const csv = [
    "Razão Social;CNPJ;Cidade;UF",
    `Import Alfa ${stamp} Ltda;${masked(cnpj(uniqueBase(3)))};São Paulo;SP`,
    `Import Beta ${stamp} Ltda;${cnpj(uniqueBase(4))};Rio de Janeiro;RJ`,
    `Import Gama ${stamp} Ltda;;Curitiba;PR`,
    `Import Delta ${stamp} Ltda;11.111.111/1111-11;Recife;PE`,
    `;${cnpj(uniqueBase(5))};Salvador;BA`,
  ].join("\n");

  await signIn(DEMO.comercial);
  await expect(page).toHaveURL(/\/$/);
  await openCrm(page, "/crm/import", "Importar");

  await page.getByLabel("O que o arquivo traz").selectOption({ label: "Empresas" });
  await page.getByLabel("Arquivo CSV").setInputFiles({ name: `empresas-${stamp}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv, "utf-8") });
  await page.getByRole("button", { name: "Enviar arquivo" }).click();

  // the columns come mapped from their names
  await expect(page.getByText("5 linhas")).toBeVisible();
  await expect(page.getByLabel("Campo no CRM: Razão Social")).toHaveValue("legal_name");
  await expect(page.getByLabel("Campo no CRM: CNPJ")).toHaveValue("cnpj");
  await expect(page.getByLabel("Campo no CRM: UF")).toHaveValue("state");
  // without the name column nothing can be previewed
  await page.getByLabel("Campo no CRM: Razão Social").selectOption("");
  await expect(page.getByRole("alert").filter({ hasText: "Mapeie" })).toContainText("Mapeie uma coluna para “Razão social”.");
  await expect(page.getByRole("button", { name: "Ver prévia" })).toBeDisabled();
  await page.getByLabel("Campo no CRM: Razão Social").selectOption("legal_name");
  await page.getByRole("button", { name: "Ver prévia" }).click();

  const preview = page.getByRole("list", { name: /Prévia das primeiras 5 linhas/ });
  await expect(preview.getByRole("listitem").filter({ hasText: "Criados" })).toContainText("3");
  await expect(preview.getByRole("listitem").filter({ hasText: "Rejeitados" })).toContainText("2");
  await page.getByRole("button", { name: "Importar", exact: true }).click();

  // progress, then the report: the counts and why each rejected row was refused
  await expect(page).toHaveURL(/\/crm\/import\?id=/);
  await expect(page.getByRole("heading", { name: "Relatório da importação" })).toBeVisible({ timeout: 60_000 });
  const report = page.getByRole("list", { name: "Relatório da importação" });
  await expect(report.getByRole("listitem").filter({ hasText: "Criados" })).toContainText("3");
  await expect(report.getByRole("listitem").filter({ hasText: "Atualizados" })).toContainText("0");
  await expect(report.getByRole("listitem").filter({ hasText: "Rejeitados" })).toContainText("2");
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
  const reasons = page.getByRole("region", { name: "Motivos" });
  await expect(reasons.getByRole("button", { name: "Rejeitados (2)" })).toHaveAttribute("aria-pressed", "true");
  await expect(reasons.getByRole("row").filter({ hasText: "Rejeitados" })).toHaveCount(2);
  await expect(reasons.getByRole("row").filter({ hasText: /^4/ })).toContainText("cnpj");
  await expect(reasons.getByRole("row").filter({ hasText: /^5/ })).toContainText("legal_name");
  await capture("crm-import-report");

  const past = page.getByRole("row").filter({ hasText: `empresas-${stamp}.csv` });
  await expect(past).toContainText("Concluída");

  // what was imported is in the list
  await openCrm(page, "/crm/companies", "Empresas");
  await page.getByLabel("Buscar", { exact: true }).fill(stamp);
  await expect(page.getByRole("row")).toHaveCount(4);
  await expect(page.getByRole("row").filter({ hasText: `Import Alfa ${stamp} Ltda` })).toContainText("São Paulo/SP");

  // a duplicate merged into a company, after a confirmation: it is gone, the history says so
  await page.getByRole("link", { name: `Import Alfa ${stamp} Ltda` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Import Alfa ${stamp} Ltda` })).toBeVisible();
  await page.getByRole("button", { name: "Mesclar duplicados" }).click();
  const merge = page.getByRole("dialog", { name: "Mesclar duplicados" });
  await merge.getByLabel("Buscar duplicados").fill(`Gama ${stamp}`);
  await merge.getByLabel(new RegExp(`Import Gama ${stamp} Ltda`)).check();
  await expect(merge.getByText("1 duplicado escolhido")).toBeVisible();
  await merge.getByRole("button", { name: "Mesclar" }).click();
  await page.getByRole("alertdialog", { name: "Confirmar mesclagem?" }).getByRole("button", { name: "Mesclar" }).click();
  await expect(page.getByText("1 duplicado mesclado.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Histórico" })).toContainText("Duplicados mesclados neste registro");

  // deleted, after a confirmation: back to the list, without it
  await page.getByRole("button", { name: "Excluir" }).click();
  await page.getByRole("alertdialog", { name: "Excluir registro?" }).getByRole("button", { name: "Excluir" }).click();
  await expect(page).toHaveURL(/\/crm\/companies$/);
  await page.getByLabel("Buscar", { exact: true }).fill(stamp);
  await expect(page.getByRole("row").filter({ hasText: `Import Beta ${stamp} Ltda` })).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(2); // Gama merged away, Alfa deleted
});

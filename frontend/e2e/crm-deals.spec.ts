import path from "node:path";

import type { APIRequestContext, Locator, Page } from "@playwright/test";

import { API_URL, DEMO } from "./env";
import { apiLogin, ARTIFACTS, expect, failedLoad, test } from "./fixtures";
import { secondUser, socketReady } from "./second-user";

const money = (amount: string) => new RegExp(`R\\$\\s${amount.replace(/\./g, "\\.")}`);

/** The board's column of a stage. */
const column = (page: Page, stage: string) => page.getByRole("region", { name: stage, exact: true });
/** A deal's card on the board. */
const cardOf = (scope: Locator, title: string) => scope.locator("li[data-deal-id]").filter({ has: scope.page().getByRole("link", { name: title, exact: true }) });

/** An API session of a staff member, for changing things behind a page's back. */
async function apiAs(request: APIRequestContext, email: string) {
  const { headers, logout } = await apiLogin(request, email);
  return {
    /** Renames the deal with its current version, as someone else saving it. */
    rename: async (dealId: string, title: string) => {
      const deal = (await (await request.get(`${API_URL}/api/v1/crm/deals/${dealId}`, { headers })).json()) as { version: number };
      const saved = await request.patch(`${API_URL}/api/v1/crm/deals/${dealId}`, { headers, data: { title, version: deal.version } });
      expect(saved.status()).toBe(200);
    },
    logout,
  };
}

/** Drags with the real mouse, in small steps, from the card's lower part to a point of the target. */
async function drag(page: Page, card: Locator, target: Locator, where: "top" | "middle" = "middle"): Promise<void> {
  const from = (await card.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height - 8);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height - 4, { steps: 4 });
  const y = where === "top" ? to.y + 12 : to.y + Math.min(to.height / 2, 120);
  await page.mouse.move(to.x + to.width / 2, y, { steps: 20 });
  await page.waitForTimeout(150);
  await page.mouse.up();
}

/** Creates a deal through the board's dialog; returns its id. */
async function createDeal(page: Page, title: string, value: string): Promise<string> {
  await page.getByRole("button", { name: "Novo negócio" }).click();
  const dialog = page.getByRole("dialog", { name: "Novo negócio" });
  await dialog.getByLabel("Título").fill(title);
  await dialog.getByLabel("Valor (R$)").fill(value);
  await dialog.getByLabel("Previsão de fechamento").fill("2027-03-31");
  await expect(dialog.getByLabel("Etapa")).toHaveValue(/.+/);
  await dialog.getByRole("button", { name: "Criar" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator("[data-sonner-toast]").filter({ hasText: `Negócio criado: ${title}` })).toBeVisible();
  const link = cardOf(column(page, "Prospecção"), title).getByRole("link", { name: title });
  await expect(link).toBeVisible();
  return (await link.getAttribute("href"))!.split("/").pop()!;
}

test("a new deal dragged to the next stage stays there after a reload, and another user sees it move live", async ({ page, browser, signIn, capture }) => {
  const title = `Vídeo e2e ${Date.now()}`;
  await signIn(DEMO.comercial);
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole("navigation", { name: "Navegação principal" }).getByRole("link", { name: "CRM" }).click();
  await expect(page).toHaveURL(/\/crm\/deals$/);
  await page.goto("/crm");
  await expect(page).toHaveURL(/\/crm\/deals$/);
  await expect(page.getByRole("heading", { level: 1, name: "Negócios" })).toBeVisible();
  const tabs = page.getByRole("navigation", { name: "Telas do CRM" });
  await expect(tabs.getByRole("link", { name: "Negócios" })).toHaveAttribute("aria-current", "page");
  await expect(tabs.getByRole("link", { name: "Funis e etapas" })).toBeVisible();
  // a Comercial sees only their own deals: not the demo ones, and no owner filter
  await expect(page.getByText("Seus negócios em colunas por etapa.", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Responsável")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Vídeo institucional 2027" })).toHaveCount(0);

  // the command palette's "new deal" opens the dialog through ?new=1; closing drops it
  await page.goto("/crm/deals?new=1");
  const dialog = page.getByRole("dialog", { name: "Novo negócio" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Funil")).toHaveValue(/.+/);
  await dialog.getByRole("button", { name: "Cancelar" }).click();
  await expect(page).toHaveURL(/\/crm\/deals$/);

  await createDeal(page, title, "15.000,00");
  const prospecting = column(page, "Prospecção");
  const qualifying = column(page, "Qualificação");
  await expect(prospecting.getByTestId("column-total")).toHaveText(money("15.000,00"));
  await expect(prospecting.getByTestId("column-weighted")).toHaveText(money("1.500,00"));
  await expect(cardOf(prospecting, title)).toContainText("31/03/2027");

  // a text search: the board shows the matching deals, with their own totals
  await page.getByLabel("Buscar negócios").fill(title);
  await expect(page.getByTestId("board-summary")).toContainText("1 negócio");
  await expect(page.getByTestId("board-summary")).toContainText(money("15.000,00"));
  await expect(prospecting.getByTestId("column-total")).toHaveText(money("15.000,00"));
  await page.getByLabel("Buscar negócios").fill("");

  // the director, on another computer, has the same board open
  const other = await secondUser(browser, DEMO.diretor);
  const otherReady = socketReady(other.page);
  await other.page.goto("/crm/deals");
  await otherReady;
  await expect(cardOf(column(other.page, "Prospecção"), title)).toBeVisible();
  // who owns it, by name (the CRM's own list of owners: no admin rights needed)
  await expect(cardOf(column(other.page, "Prospecção"), title)).toContainText("Carla Comercial");

  await drag(page, cardOf(prospecting, title), qualifying.getByRole("list"));
  await expect(cardOf(qualifying, title)).toBeVisible();
  await expect(cardOf(prospecting, title)).toHaveCount(0);
  await expect(qualifying.getByTestId("column-total")).toHaveText(money("15.000,00"));
  await expect(qualifying.getByTestId("column-weighted")).toHaveText(money("3.000,00"));
  await capture("crm-board-after-drag");

  // live on the other board, without a reload
  await expect(cardOf(column(other.page, "Qualificação"), title)).toBeVisible();
  await expect(cardOf(column(other.page, "Prospecção"), title)).toHaveCount(0);
  await other.page.screenshot({ path: path.join(ARTIFACTS, "crm-board-live.png"), fullPage: true });

  await page.reload();
  await expect(cardOf(column(page, "Qualificação"), title)).toBeVisible();
  await expect(cardOf(column(page, "Prospecção"), title)).toHaveCount(0);

  // the keyboard moves it too: pick up at the handle, one stage to the right, drop
  await page.getByRole("button", { name: `Mover ${title}` }).focus();
  for (const key of ["Space", "ArrowRight", "Space"]) {
    await page.keyboard.press(key);
    await page.waitForTimeout(300); // as a person pauses between keys
  }
  await expect(cardOf(column(page, "Reunião de descoberta"), title)).toBeVisible();
  await expect(cardOf(column(other.page, "Reunião de descoberta"), title)).toBeVisible();

  expect(other.guard.errors).toEqual([]);
  await other.close();

  // on a phone the columns sit side by side and the board scrolls sideways
  await page.setViewportSize({ width: 390, height: 844 });
  const board = page.getByTestId("deals-board");
  await expect(column(page, "Prospecção")).toBeVisible();
  const { scrollWidth, clientWidth } = await board.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth * 3);
  expect((await column(page, "Prospecção").boundingBox())!.width).toBeLessThan(390);
  await capture("crm-board-phone");
});

test("a move on a stale board is refused: the card goes back and a message says why", async ({ page, request, signIn, consoleGuard, capture }) => {
  const title = `Campanha e2e ${Date.now()}`;
  // no live updates on this page: the board stays as it was loaded
  await page.routeWebSocket(/\/ws\?token=/, () => undefined);
  await signIn(DEMO.comercial);
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/crm/deals");
  const dealId = await createDeal(page, title, "8.000");
  const prospecting = column(page, "Prospecção");
  await expect(prospecting.getByTestId("column-total")).toHaveText(money("8.000,00"));

  // meanwhile the director renames it (a new version)
  const director = await apiAs(request, DEMO.diretor);
  await director.rename(dealId, `${title} (revisado)`);
  await director.logout();

  consoleGuard.allow(failedLoad(409));
  await drag(page, cardOf(prospecting, title), column(page, "Qualificação").getByRole("list"));
  await expect(page.locator("[data-sonner-toast]").filter({ hasText: "foi alterado por outra pessoa" })).toBeVisible();
  // back where it was, and refreshed with the director's title
  await expect(cardOf(prospecting, `${title} (revisado)`)).toBeVisible();
  await expect(column(page, "Qualificação").locator("li[data-deal-id]").filter({ hasText: title })).toHaveCount(0);
  await capture("crm-board-conflict");
});

test("the deal's page: activity in the timeline, an edit over someone else's, lost needs a reason", async ({ page, request, signIn, consoleGuard, capture }) => {
  const title = `Documentário e2e ${Date.now()}`;
  await signIn(DEMO.comercial);
  await expect(page).toHaveURL(/\/$/);
  const ready = socketReady(page);
  await page.goto("/crm/deals");
  await ready;
  const dealId = await createDeal(page, title, "20.000,00");
  await cardOf(column(page, "Prospecção"), title).getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/crm/deals/${dealId}$`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Em aberto", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("list", { name: "Histórico" })).toContainText("Negócio criado em Prospecção");
  await expect(page.getByRole("button", { name: "Prospecção" })).toHaveAttribute("aria-current", "step");

  // a note and a task with its due date
  const activity = page.getByRole("form", { name: "Registrar atividade" });
  await activity.getByLabel("Descrição").fill("Cliente pediu um corte de 30 segundos.");
  await activity.getByRole("button", { name: "Registrar" }).click();
  await expect(page.getByRole("list", { name: "Histórico" })).toContainText("Cliente pediu um corte de 30 segundos.");
  await activity.getByText("Tarefa", { exact: true }).click();
  await activity.getByLabel("Assunto (opcional)").fill("Enviar roteiro");
  await activity.getByLabel("Descrição").fill("Roteiro com o corte de 30 s.");
  await activity.getByLabel("Prazo").fill("2027-01-15T10:00");
  await activity.getByRole("button", { name: "Registrar" }).click();
  const task = page.getByRole("list", { name: "Histórico" }).getByRole("listitem").filter({ hasText: "Enviar roteiro" });
  await expect(task).toContainText("Prazo: 15/01/2027 10:00");
  await task.getByRole("button", { name: "Concluir" }).click();
  await expect(task).toContainText("Concluída");

  // the stage, from the page
  await page.getByRole("button", { name: "Qualificação" }).click();
  await expect(page.getByRole("button", { name: "Qualificação" })).toHaveAttribute("aria-current", "step");
  await expect(page.getByRole("list", { name: "Histórico" })).toContainText("Etapa: Prospecção → Qualificação");

  // an edit saved
  const details = page.getByRole("form", { name: "Detalhes" });
  await details.getByLabel("Valor (R$)").fill("22.500,00");
  await details.getByRole("button", { name: "Salvar" }).click();
  await expect(page.locator("[data-sonner-toast]").filter({ hasText: "Alterações salvas." })).toBeVisible();
  await expect(page.getByText(money("22.500,00")).first()).toBeVisible();

  // while the title is being edited here, the director saves it elsewhere: announced live, and saving over it is refused
  await details.getByLabel("Título").fill(`${title} - versão Carla`);
  const director = await apiAs(request, DEMO.diretor);
  await director.rename(dealId, `${title} - versão Diego`);
  await director.logout();
  await expect(details.getByRole("alert")).toContainText("Este negócio foi alterado por outra pessoa enquanto você editava.");
  consoleGuard.allow(failedLoad(409));
  await details.getByRole("button", { name: "Salvar" }).click();
  await expect(details.getByRole("alert")).toContainText("Alguém salvou este negócio antes de você.");
  await capture("crm-deal-conflict");
  await details.getByRole("button", { name: "Carregar a versão atual" }).click();
  await expect(details.getByLabel("Título")).toHaveValue(`${title} - versão Diego`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} - versão Diego`);

  // lost: without a reason the backend says what is missing, next to the field
  await page.getByRole("button", { name: "Marcar como perdido" }).click();
  const lost = page.getByRole("dialog", { name: /como perdido/ });
  consoleGuard.allow(failedLoad(422));
  await lost.getByRole("button", { name: "Marcar como perdido" }).click();
  await expect(lost.getByLabel("Motivo da perda")).toHaveAttribute("aria-invalid", "true");
  await expect(lost.getByText("Say why the deal was lost")).toBeVisible();
  await capture("crm-lost-reason-required");
  await lost.getByLabel("Motivo da perda").fill("O cliente cortou a verba do trimestre.");
  await lost.getByRole("button", { name: "Marcar como perdido" }).click();
  await expect(lost).toHaveCount(0);
  await expect(page.getByText("Perdido", { exact: true }).first()).toBeVisible();
  await expect(page.getByTestId("lost-reason")).toContainText("O cliente cortou a verba do trimestre.");
  await expect(page.getByRole("list", { name: "Histórico" })).toContainText("Negócio perdido: O cliente cortou a verba do trimestre.");

  // and back
  await page.getByRole("button", { name: /^Reabrir em / }).click();
  await expect(page.getByText("Em aberto", { exact: true }).first()).toBeVisible();
  await capture("crm-deal-page");

  await page.getByRole("link", { name: "Voltar ao quadro" }).click();
  await expect(cardOf(column(page, "Negociação"), `${title} - versão Diego`)).toContainText(money("22.500,00"));
});

test("pipeline settings: create a pipeline, edit, reorder and delete stages; a stage with deals stays", async ({ page, signIn, consoleGuard, capture }) => {
  const name = `Funil e2e ${Date.now()}`;
  await signIn(DEMO.diretor);
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/crm/deals");
  // a director may give a new deal to a colleague
  await page.getByRole("button", { name: "Novo negócio" }).click();
  const newDeal = page.getByRole("dialog", { name: "Novo negócio" });
  await expect(newDeal.getByLabel("Responsável")).toHaveValue(/.+/);
  await expect(newDeal.getByLabel("Responsável").getByRole("option", { name: "Carla Comercial" })).toHaveCount(1);
  await newDeal.getByRole("button", { name: "Cancelar" }).click();
  await page.getByRole("link", { name: "Configurar funis" }).click();
  await expect(page).toHaveURL(/\/crm\/pipelines$/);
  await expect(page.getByRole("heading", { level: 1, name: "Funis e etapas" })).toBeVisible();

  await page.getByRole("button", { name: "Novo funil" }).click();
  const dialog = page.getByRole("dialog", { name: "Novo funil" });
  await dialog.getByLabel("Nome do funil").fill(name);
  await dialog.getByLabel("Etapas em aberto (uma por linha)").fill("Contato\nOrçamento\nAprovação");
  await dialog.getByRole("button", { name: "Criar" }).click();
  const card = page.getByRole("region", { name });
  const stages = card.getByRole("list", { name: `Etapas de ${name}` }).getByRole("listitem");
  await expect(stages).toHaveCount(5);
  for (const [index, stage] of ["Contato", "Orçamento", "Aprovação", "Ganho", "Perdido"].entries()) {
    await expect(stages.nth(index).getByLabel("Nome da etapa")).toHaveValue(stage);
  }

  // add one, set its probability, rename another
  const add = card.getByRole("form", { name: "Adicionar etapa" });
  await add.getByLabel("Nova etapa").fill("Pós-venda");
  await add.getByLabel("Prob. (%)").fill("95");
  await add.getByRole("button", { name: "Adicionar etapa" }).click();
  await expect(stages).toHaveCount(6);
  const orcamento = stages.filter({ has: page.getByRole("button", { name: "Subir a etapa Orçamento" }) });
  await orcamento.getByLabel("Nome da etapa").fill("Orçamento enviado");
  await orcamento.getByRole("button", { name: "Salvar" }).click();
  await expect(page.locator("[data-sonner-toast]").filter({ hasText: "Etapa salva: Orçamento enviado" })).toBeVisible();

  // reorder: "Pós-venda" (last) up once, before "Perdido"
  await card.getByRole("button", { name: "Subir a etapa Pós-venda" }).click();
  await expect(stages.nth(4).getByLabel("Nome da etapa")).toHaveValue("Pós-venda");
  await expect(stages.nth(5).getByLabel("Nome da etapa")).toHaveValue("Perdido");

  // delete an empty stage, after confirming
  await card.getByRole("button", { name: "Excluir a etapa Contato" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Excluir etapa" }).click();
  await expect(stages).toHaveCount(5);
  await expect(card.getByRole("button", { name: "Excluir a etapa Contato" })).toHaveCount(0);
  await capture("crm-pipelines");

  // the demo deals sit in "Reunião de descoberta": the backend refuses, and says why
  const main = page.getByRole("region", { name: "Funil comercial" });
  consoleGuard.allow(failedLoad(409));
  await main.getByRole("button", { name: "Excluir a etapa Reunião de descoberta" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Excluir etapa" }).click();
  await expect(main.getByRole("alert")).toContainText("The stage has deals; move them to another stage first");
  await expect(main.getByRole("button", { name: "Excluir a etapa Reunião de descoberta" })).toBeVisible();

  // the new pipeline's board has its stages as columns
  await card.getByRole("link", { name: "Abrir o quadro" }).click();
  await expect(page).toHaveURL(/\/crm\/deals\?pipeline=/);
  await expect(page.getByLabel("Funil")).toHaveValue(/.+/);
  for (const stage of ["Orçamento enviado", "Aprovação", "Pós-venda", "Ganho", "Perdido"]) {
    await expect(column(page, stage)).toBeVisible();
  }
  await expect(column(page, "Contato")).toHaveCount(0);
});

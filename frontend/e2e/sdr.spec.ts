import { randomUUID } from "node:crypto";

import type { APIRequestContext, Page } from "@playwright/test";

import { API_URL, DEMO, WEBHOOK_TOKEN } from "./env";
import { apiLogin, expect, failedLoad, realtimeEvents, test, toast } from "./fixtures";
import { secondUser, socketReady } from "./second-user";

// a segment and a state the hunter journey does not prospect (its leads would be duplicates)
const ICP_NAME = "Eventos no Rio (SDR e2e)";
const CADENCE_NAME = "WhatsApp + follow-up em 2 dias (e2e)";
const CAMPAIGN_NAME = "Eventos RJ — primeiro contato (e2e)";
const EDITED = "Olá! Vi os eventos que vocês organizam no Rio e queria mostrar como a Somos filma e edita em 48 h. Posso mandar um portfólio? Se preferir não receber mais mensagens, responda SAIR.";
const REPLY = "Oi, tenho interesse! Podemos conversar na semana que vem?";

const leadRows = (page: Page) => page.locator("tr[data-lead-id]");
const draftCards = (page: Page) => page.locator("[data-approval-id]");

async function openSdr(page: Page, tab: string, heading: string) {
  await page.getByRole("navigation", { name: "Telas do SDR" }).getByRole("link", { name: tab }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

/** What Evolution API posts when a lead writes to the company's WhatsApp number. */
function evolutionMessage(phone: string, text: string) {
  return {
    event: "messages.upsert",
    instance: "somos",
    data: {
      key: { remoteJid: `${phone.replace(/\D/g, "")}@s.whatsapp.net`, fromMe: false, id: randomUUID().replace(/-/g, "").slice(0, 20).toUpperCase() },
      pushName: "Lead",
      message: { conversation: text },
      messageType: "conversation",
      messageTimestamp: Math.floor(Date.now() / 1000),
      source: "android",
    },
    date_time: new Date().toISOString(),
    sender: "5511900000000@s.whatsapp.net",
  };
}

async function enrollmentPhone(request: APIRequestContext, enrollmentId: string): Promise<string> {
  const director = await apiLogin(request, DEMO.diretor);
  const response = await request.get(`${API_URL}/api/v1/sdr/enrollments/${enrollmentId}`, { headers: director.headers });
  expect(response.status()).toBe(200);
  const { phone } = (await response.json()) as { phone: string | null };
  await director.logout();
  expect(phone, "the lead's WhatsApp number").toBeTruthy();
  return phone!;
}

/** A campaign's leads, on its page. */
const enrollmentRows = (page: Page) => page.getByRole("table", { name: "Leads da campanha" }).locator("tr[data-enrollment-id]");
/** One number of a step of the campaign's per-step table. */
const stepNumber = (page: Page, step: number, stage: string) => page.getByRole("table", { name: "Por passo" }).locator(`tr[data-step="${step}"] [data-stage="${stage}"]`);

test.describe.serial("the SDR journey", () => {
  test("the director prospects, builds a WhatsApp cadence, approves the first messages and turns a reply into a CRM deal", async ({ page, browser, request, signIn, capture, consoleGuard }) => {
    test.setTimeout(360_000);
    const events = realtimeEvents(page);
    await signIn(DEMO.diretor);
    await expect(page).toHaveURL(/\/$/);

    // the ICP and the search (the hunter's screens)
    await page.goto("/hunter/icps/new");
    await page.getByLabel("Nome", { exact: true }).fill(ICP_NAME);
    await page.getByLabel("Segmentos").fill("eventos");
    await page.getByLabel("Segmentos").press("Enter");
    await page.getByRole("button", { name: "RJ", exact: true }).click();
    await page.getByRole("button", { name: "Criar ICP" }).click();
    await expect(toast(page, `ICP criado: ${ICP_NAME}`)).toBeVisible();
    await page.getByRole("link", { name: "Buscar leads" }).click();
    await expect(page.getByLabel(/Incluir o diretório de demonstração/)).toBeChecked();
    await page.getByRole("button", { name: "Iniciar busca" }).click();
    await expect(page.getByTestId("search-status")).toHaveText("Concluída", { timeout: 90_000 });
    await page.getByRole("link", { name: /^Revisar os \d+ leads qualificados$/ }).click();
    await expect(leadRows(page).first()).toContainText("Demo");

    // the three best leads approved at once
    const names: string[] = [];
    for (let i = 0; i < 3; i += 1) names.push((await leadRows(page).nth(i).getByRole("link").textContent())!.trim());
    for (const name of names) await page.getByRole("checkbox", { name: `Selecionar ${name}` }).click();
    await page.getByRole("region", { name: "Ações em lote" }).getByRole("button", { name: "Aprovar 3 leads" }).click();
    await expect(toast(page, "3 leads aprovados: vão para o SDR.")).toBeVisible();
    await expect(toast(page, "3 leads aprovados").getByRole("button", { name: "Criar campanha" })).toBeVisible();

    // the cadence: a locked first WhatsApp message, a wait, a follow-up; a bad wait shows at its field
    await page.getByRole("navigation", { name: "Navegação principal" }).getByRole("link", { name: "SDR" }).click();
    await expect(page).toHaveURL(/\/sdr\/campaigns$/);
    await openSdr(page, "Cadências", "Cadências");
    await page.getByRole("link", { name: "Nova cadência" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nova cadência" })).toBeVisible();
    await page.getByLabel("Nome", { exact: true }).fill(CADENCE_NAME);
    const first = page.getByTestId("step-1");
    await expect(first.getByLabel("Tipo").locator("option")).toHaveText(["WhatsApp", "E-mail"]);
    await expect(first.getByLabel("Precisa de aprovação")).toBeChecked();
    await expect(first.getByLabel("Precisa de aprovação")).toBeDisabled();
    await expect(first.getByRole("button", { name: "Remover o passo 1" })).toBeDisabled();
    await expect(page.getByTestId("step-2").getByLabel("Tipo")).toHaveValue("wait");
    await expect(page.getByTestId("step-3").getByLabel("Tipo")).toHaveValue("whatsapp");
    // a call task added last, moved up, then removed again
    await page.getByRole("group", { name: "Adicionar passo" }).getByRole("button", { name: "Ligação" }).click();
    await expect(page.getByTestId("step-4").getByLabel("Tipo")).toHaveValue("call_task");
    await page.getByRole("button", { name: "Mover o passo 4 para cima" }).click();
    await expect(page.getByTestId("step-3").getByLabel("Tipo")).toHaveValue("call_task");
    await expect(page.getByTestId("step-4").getByLabel("Tipo")).toHaveValue("whatsapp");
    await expect(page.getByRole("button", { name: "Mover o passo 2 para cima" })).toBeDisabled();
    await page.getByRole("button", { name: "Remover o passo 3" }).click();
    await expect(page.getByTestId("step-4")).toHaveCount(0);
    await page.getByTestId("step-2").getByLabel("Dias úteis").fill("0");
    consoleGuard.allow(failedLoad(422));
    await page.getByRole("button", { name: "Criar cadência" }).click();
    const days = page.getByTestId("step-2").getByLabel("Dias úteis");
    await expect(days).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("step-2")).toContainText("greater than or equal to 1");
    await expect(page.getByLabel("Nome", { exact: true })).toHaveValue(CADENCE_NAME);
    await days.fill("2");
    await expect(page.getByTestId("cadence-summary")).toHaveText("3 passos ao longo de 2 dias úteis");
    await capture("sdr-cadence-builder");
    await page.getByRole("button", { name: "Criar cadência" }).click();
    await expect(toast(page, `Cadência criada: ${CADENCE_NAME}`)).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: CADENCE_NAME })).toBeVisible();
    await expect(page.getByRole("list", { name: "Passos" }).getByRole("listitem")).toHaveCount(3);
    await expect(page.getByText("09:00–18:00, Seg–Sex")).toBeVisible();

    // the campaign: this cadence, the three approved leads
    await page.getByRole("link", { name: "Usar numa campanha" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nova campanha" })).toBeVisible();
    await expect(page.getByLabel("Cadência").locator("option:checked")).toHaveText(CADENCE_NAME);
    await page.getByLabel("Nome da campanha").fill(CAMPAIGN_NAME);
    for (const name of names) await page.getByRole("checkbox", { name: `Selecionar ${name}` }).click();
    await expect(page.getByTestId("picked-count")).toHaveText("3 leads selecionados");
    await capture("sdr-new-campaign");
    await page.getByRole("button", { name: "Criar campanha com 3 leads" }).click();
    await expect(toast(page, `Campanha criada: ${CAMPAIGN_NAME}.`)).toBeVisible();
    await expect(page).toHaveURL(/\/sdr\/campaigns\/[0-9a-f-]{36}$/);
    const campaignUrl = page.url();
    const campaignId = campaignUrl.split("/").at(-1)!;
    await expect(page.getByRole("heading", { level: 1, name: CAMPAIGN_NAME })).toBeVisible();
    const enrollments = enrollmentRows(page);
    await expect(enrollments).toHaveCount(3);
    for (const name of names) await expect(enrollments.filter({ hasText: name }).getByTestId("enrollment-status")).toHaveText("Aguardando aprovação");
    await expect(page.getByTestId("funnel").locator('[data-stage="enrolled"] dd').first()).toHaveText("3");

    // the drafts arrive in the approval queue live (the agent writes them in the worker)
    await page.getByRole("link", { name: "Aprovar 3 rascunhos" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Fila de aprovação" })).toBeVisible();
    await expect(page.getByLabel("Campanha")).toHaveValue(campaignId);
    await expect(draftCards(page)).toHaveCount(3, { timeout: 60_000 });
    expect(events).toContain("ai.approval_requested");
    for (const name of names) {
      const card = draftCards(page).filter({ hasText: name });
      await expect(card).toContainText("WhatsApp");
      await expect(card.getByTestId("draft-to")).toHaveText(/^\+55 \(21\) /);
      await expect(card.getByTestId("draft-text")).toContainText("SAIR");
      await expect(card.getByTestId("draft-text")).not.toContainText("[offline");
      // a demo-directory lead (sandbox only), and no AI model here: the offline engine's rules wrote it
      await expect(card.getByTestId("demo-badge")).toHaveText("Demo");
      await expect(card.getByTestId("draft-offline")).toHaveText("Escrito por regras (offline)");
    }
    await capture("sdr-approval-queue");

    // one edited, then approved
    const edited = draftCards(page).filter({ hasText: names[0]! });
    await edited.getByRole("button", { name: "Editar" }).click();
    await edited.getByLabel("Mensagem").fill(EDITED);
    await expect(edited).toContainText("Editado");
    await edited.getByRole("button", { name: "Salvar e aprovar" }).click();
    await expect(toast(page, `Aprovado: a mensagem para ${names[0]}`)).toBeVisible();
    await expect(draftCards(page)).toHaveCount(2);

    // the other two at once
    await page.getByLabel("Selecionar todos os rascunhos").click();
    const bulk = page.getByRole("region", { name: "Aprovação em lote" });
    await expect(bulk).toContainText("2 rascunhos selecionados");
    await bulk.getByRole("button", { name: "Aprovar 2 rascunhos" }).click();
    await expect(toast(page, "2 rascunhos aprovados.")).toBeVisible();
    await expect(page.getByText("Nenhum rascunho desta campanha esperando aprovação.")).toBeVisible();

    // the edited message went out to the sandbox, and the lead's cadence goes on
    await page.goto(campaignUrl);
    const row = enrollments.filter({ hasText: names[0]! });
    await expect(row.getByTestId("enrollment-status")).toHaveText("Em cadência", { timeout: 60_000 });
    await row.getByRole("link", { name: "Conversa" }).click();
    await expect(page.getByRole("heading", { level: 1, name: names[0] })).toBeVisible();
    const conversation = page.getByRole("list", { name: "Conversa" });
    const outgoing = conversation.locator('[data-direction="out"]');
    await expect(outgoing).toHaveCount(1);
    await expect(outgoing.getByTestId("message-text")).toHaveText(EDITED);
    await expect(outgoing.getByTestId("message-status")).toHaveText("Sandbox (não enviada)");
    await expect(page.getByTestId("enrollment-status")).toHaveText("Em cadência");
    await capture("sdr-conversation-sent");

    // the admin, who does not own the campaign, watches it from another computer
    const admin = await secondUser(browser, DEMO.admin);
    const adminEvents = realtimeEvents(admin.page);
    const adminReady = socketReady(admin.page);
    await admin.page.goto(campaignUrl);
    await adminReady;
    const adminRow = enrollmentRows(admin.page).filter({ hasText: names[0]! });
    await expect(adminRow.getByTestId("enrollment-status")).toHaveText("Em cadência");
    await expect(stepNumber(admin.page, 0, "replied")).toHaveText("0");

    // the lead answers on WhatsApp: the webhook, then the reply shows up live and stops the cadence
    const enrollmentId = page.url().split("/").at(-1)!;
    const phone = await enrollmentPhone(request, enrollmentId);
    const webhook = await request.post(`${API_URL}/webhook/whatsapp`, {
      headers: { Authorization: `Bearer ${WEBHOOK_TOKEN}` },
      data: evolutionMessage(phone, REPLY),
    });
    expect(webhook.status()).toBe(200);
    expect(await webhook.json()).toEqual({ status: "accepted" });
    const incoming = conversation.locator('[data-direction="in"]');
    await expect(incoming.getByTestId("message-text")).toHaveText(REPLY, { timeout: 60_000 });
    await expect(incoming.getByTestId("reply-classification")).toHaveText("Interessado");
    await expect(page.getByTestId("enrollment-status")).toHaveText("Respondeu");
    await expect(toast(page, `respondeu no WhatsApp`)).toBeVisible();
    await capture("sdr-conversation-replied");

    // the admin's campaign page moved on too, without a reload (only the owner is notified)
    await expect(adminRow.getByTestId("enrollment-status")).toHaveText("Respondeu");
    await expect(stepNumber(admin.page, 0, "replied")).toHaveText("1");
    expect(adminEvents).toContain("sdr.reply_received");
    await expect(toast(admin.page, "respondeu no WhatsApp")).toHaveCount(0);
    expect(admin.guard.errors).toEqual([]);
    await admin.close();

    // the replies inbox has it, also under "interested"
    await openSdr(page, "Conversas", "Conversas");
    const inboxRow = page.locator("tr[data-enrollment-id]").filter({ hasText: names[0]! });
    await expect(inboxRow).toContainText(REPLY);
    await expect(inboxRow.getByTestId("reply-classification")).toHaveText("Interessado");
    await page.getByRole("group", { name: "Classificação" }).getByRole("button", { name: "Interessado" }).click();
    await expect(page).toHaveURL(/classification=interested/);
    await expect(inboxRow).toBeVisible();
    await capture("sdr-inbox");

    // accepted: the CRM makes the deal
    await inboxRow.getByRole("link", { name: `Abrir a conversa com ${names[0]}` }).click();
    await page.getByRole("button", { name: "Aceitar lead" }).click();
    const accept = page.getByRole("dialog", { name: `Aceitar ${names[0]}?` });
    await expect(accept.getByLabel("Título do negócio")).toHaveValue(`${names[0]}: primeiro projeto`);
    await accept.getByLabel("Valor esperado (R$)").fill("15.000,00");
    await accept.getByRole("button", { name: "Aceitar e criar negócio" }).click();
    await expect(toast(page, `${names[0]} aceito`)).toBeVisible();
    await expect(page.getByText("Aceito no CRM")).toBeVisible();
    const deal = page.getByTestId("deal-link");
    await expect(deal).toBeVisible({ timeout: 60_000 });
    await deal.click();
    await expect(page).toHaveURL(/\/crm\/deals\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: `${names[0]}: primeiro projeto` })).toBeVisible();
    await capture("sdr-accepted-deal");

    // the campaign's funnel counts it all
    await page.goto(campaignUrl);
    const funnel = page.getByTestId("funnel");
    await expect(funnel.locator('[data-stage="sent"] dd').first()).toHaveText("3");
    await expect(funnel.locator('[data-stage="replied"] dd').first()).toHaveText("1");
    await expect(funnel.locator('[data-stage="interested"] dd').first()).toHaveText("1");
    await expect(funnel.locator('[data-stage="converted"] dd').first()).toHaveText("1");
    // per step: the first WhatsApp reached the three and was answered; the follow-up reached nobody yet
    await expect(page.getByRole("table", { name: "Por passo" }).locator('tr[data-step="0"]')).toContainText("WhatsApp");
    for (const [stage, count] of [["enrolled", "3"], ["pending_approval", "0"], ["sent", "3"], ["replied", "1"], ["interested", "1"]] as const) {
      await expect(stepNumber(page, 0, stage)).toHaveText(count);
    }
    await expect(stepNumber(page, 2, "enrolled")).toHaveText("0");
    await expect(stepNumber(page, 2, "replied")).toHaveText("0");
    await expect(enrollments.filter({ hasText: names[0]! })).toContainText("Aceito no CRM");
    await capture("sdr-campaign");
  });

  test("leads approved together in the hunter start a campaign from the toast", async ({ page, signIn }) => {
    await signIn(DEMO.diretor);
    await page.goto("/hunter/leads?status=new&qualified=true");
    const pickable = page.getByRole("checkbox", { name: /^Selecionar (?!os )/ });
    await pickable.nth(0).click();
    await pickable.nth(1).click();
    await page.getByRole("region", { name: "Ações em lote" }).getByRole("button", { name: "Aprovar 2 leads" }).click();
    await toast(page, "2 leads aprovados").getByRole("button", { name: "Criar campanha" }).click();
    await expect(page).toHaveURL(/\/sdr\/campaigns\/new\?leads=[0-9a-f-]{36},[0-9a-f-]{36}$/);
    await expect(page.getByTestId("picked-count")).toHaveText("2 leads selecionados");
    await page.getByLabel("Cadência").selectOption({ label: CADENCE_NAME });
    await page.getByLabel("Nome da campanha").fill("Do hunter (e2e)");
    await page.getByRole("button", { name: "Criar campanha com 2 leads" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Do hunter (e2e)" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Leads da campanha" }).locator("tr[data-enrollment-id]")).toHaveCount(2);

    // pausing the campaign, then resuming it
    await page.getByRole("button", { name: "Pausar campanha" }).click();
    await expect(toast(page, "Campanha pausada")).toBeVisible();
    await expect(page.getByTestId("campaign-status")).toHaveText("Pausada");
    await page.getByRole("button", { name: "Retomar campanha" }).click();
    await expect(page.getByTestId("campaign-status")).toHaveText("Ativa");
  });
});

test("the suppression list: an address the API refuses shows at its field; added, found, removed", async ({ page, signIn, capture, consoleGuard }) => {
  await signIn(DEMO.diretor);
  await page.goto("/sdr/suppression");
  await expect(page.getByRole("heading", { level: 1, name: "Supressão" })).toBeVisible();
  await page.getByRole("button", { name: "Adicionar à supressão" }).click();
  const dialog = page.getByRole("dialog", { name: "Nunca mais contatar" });
  await dialog.getByLabel("E-mail ou telefone").fill("nao-e-um-email");
  consoleGuard.allow(failedLoad(422));
  await dialog.getByRole("button", { name: "Adicionar" }).click();
  await expect(dialog.getByText("not an e-mail address")).toBeVisible();
  await expect(dialog.getByLabel("E-mail ou telefone")).toHaveAttribute("aria-invalid", "true");
  await dialog.getByLabel("E-mail ou telefone").fill("Optout-E2E@Exemplo.com.br");
  await dialog.getByLabel("Observação").fill("Pediu por telefone");
  await dialog.getByRole("button", { name: "Adicionar" }).click();
  await expect(toast(page, "optout-e2e@exemplo.com.br não será mais contatado.")).toBeVisible();

  await page.getByRole("button", { name: "Adicionar à supressão" }).click();
  await dialog.getByLabel("Tipo").selectOption("phone");
  await dialog.getByLabel("E-mail ou telefone").fill("(21) 98765-4321");
  await dialog.getByLabel("Motivo").selectOption({ label: "Pediu para sair" });
  await dialog.getByRole("button", { name: "Adicionar" }).click();
  await expect(toast(page, "+55 (21) 98765-4321 não será mais contatado.")).toBeVisible();

  await page.getByLabel("Buscar").fill("optout-e2e");
  const rows = page.locator("tr[data-entry-id]");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Bloqueio manual");
  await expect(rows.first()).toContainText("Pediu por telefone");
  await page.getByLabel("Buscar").fill("");
  await expect(rows.filter({ hasText: "+55 (21) 98765-4321" })).toContainText("Pediu para sair");
  await capture("sdr-suppression");

  await rows.filter({ hasText: "optout-e2e@exemplo.com.br" }).getByRole("button", { name: "Remover" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remover" }).click();
  await expect(toast(page, "optout-e2e@exemplo.com.br saiu da lista de supressão.")).toBeVisible();
  await expect(rows.filter({ hasText: "optout-e2e@exemplo.com.br" })).toHaveCount(0);
});

test("a Comercial follows the SDR read-only; field staff get the 403 page; a client lands on the portal", async ({ page, request, signIn, capture }) => {
  // a cadence and a suppressed address of the director's, through the API
  const director = await apiLogin(request, DEMO.diretor);
  const cadence = await request.post(`${API_URL}/api/v1/sdr/cadences`, {
    headers: director.headers,
    data: { name: `Só e-mail (acesso e2e ${Date.now()})`, steps: [{ kind: "email", subject: "Vídeos para a sua marca", needs_approval: true }] },
  });
  expect(cadence.status()).toBe(201);
  const { name: cadenceName } = (await cadence.json()) as { name: string };
  const suppressed = await request.post(`${API_URL}/api/v1/sdr/suppression`, { headers: director.headers, data: { kind: "email", value: "acesso-e2e@exemplo.com.br" } });
  expect(suppressed.status()).toBe(201);
  await director.logout();

  await signIn(DEMO.comercial);
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole("navigation", { name: "Navegação principal" }).getByRole("link", { name: "SDR" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Campanhas" })).toBeVisible();
  await expect(page.getByTestId("sdr-read-only")).toHaveText("Seu perfil pode acompanhar o SDR, mas não criar campanhas, aprovar mensagens nem responder.");
  await expect(page.getByRole("link", { name: "Nova campanha" })).toHaveCount(0);
  await capture("sdr-comercial-campaigns");

  await openSdr(page, "Cadências", "Cadências");
  await expect(page.getByRole("row").filter({ hasText: cadenceName })).toBeVisible();
  await expect(page.getByRole("link", { name: "Nova cadência" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Arquivar" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Usar numa campanha" })).toHaveCount(0);

  await openSdr(page, "Fila de aprovação", "Fila de aprovação");
  await expect(page.getByTestId("sdr-read-only")).toBeVisible();
  await expect(page.getByRole("button", { name: "Aprovar" })).toHaveCount(0);

  await openSdr(page, "Supressão", "Supressão");
  await expect(page.locator("tr[data-entry-id]").filter({ hasText: "acesso-e2e@exemplo.com.br" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Adicionar à supressão" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Remover" })).toHaveCount(0);
  await openSdr(page, "Tarefas", "Tarefas");
  await expect(page.getByRole("button", { name: "Concluir" })).toHaveCount(0);

  for (const path of ["/sdr/campaigns/new", "/sdr/cadences/new"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Acesso não permitido");
  }
  await page.getByRole("button", { name: "Menu do usuário" }).click();
  await page.getByRole("menuitem", { name: "Sair" }).click();
  await expect(page).toHaveURL(/\/login/);

  await signIn(DEMO.campo);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("navigation", { name: "Navegação principal" }).getByRole("link", { name: "SDR" })).toHaveCount(0);
  for (const path of ["/sdr/campaigns", "/sdr/approvals"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Acesso não permitido");
  }
  await expect(page.getByRole("navigation", { name: "Telas do SDR" })).toHaveCount(0);
  await page.getByRole("button", { name: "Menu do usuário" }).click();
  await page.getByRole("menuitem", { name: "Sair" }).click();
  await expect(page).toHaveURL(/\/login/);

  await signIn(DEMO.cliente, { portal: true });
  await expect(page).toHaveURL(/\/portal$/);
  for (const path of ["/sdr", "/sdr/campaigns", "/sdr/approvals", "/sdr/suppression"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/portal$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Olá, Clara Cliente");
  }
  await capture("sdr-client-redirected");
});

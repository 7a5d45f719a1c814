import path from "node:path";

import type { Locator, Page } from "@playwright/test";

import { API_URL, DEMO } from "./env";
import { apiLogin, ARTIFACTS, expect, failedLoad, realtimeEvents, test, toast } from "./fixtures";

const ICP_NAME = "Agências de publicidade em SP";

/** The screen as it is (the drawer over the list), not the whole scrolled page. */
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
const leadRows = (page: Page) => page.locator("tr[data-lead-id]");
const drawerOf = (page: Page) => page.getByRole("dialog", { name: /^Lead \d+ de \d+$/ });

async function openHunter(page: Page, tab: string, heading: string) {
  await page.getByRole("navigation", { name: "Telas da prospecção" }).getByRole("link", { name: tab }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

/** The drawer's lead: its name (the heading) once it shows. */
async function drawerLead(drawer: Locator): Promise<string> {
  const heading = drawer.getByTestId("lead-name");
  await expect(heading).toBeVisible();
  return (await heading.textContent())!.trim();
}

test("the director defines an ICP, searches the demo directory live and reviews the best leads", async ({ page, signIn, capture, consoleGuard }) => {
  const events = realtimeEvents(page);
  await signIn(DEMO.diretor);
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole("navigation", { name: "Navegação principal" }).getByRole("link", { name: "Prospecção" }).click();
  await expect(page).toHaveURL(/\/hunter\/leads$/);
  await expect(page.getByRole("heading", { level: 1, name: "Leads" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Telas da prospecção" }).getByRole("link", { name: "Leads" })).toHaveAttribute("aria-current", "page");

  // a new ICP: a CNAE code the backend refuses shows under its field, the rest is kept
  await openHunter(page, "Perfis (ICP)", "Perfis (ICP)");
  await page.getByRole("link", { name: "Novo ICP" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Novo ICP" })).toBeVisible();
  await page.getByLabel("Nome", { exact: true }).fill(ICP_NAME);
  await page.getByLabel("Segmentos").fill("publicidade");
  await page.getByLabel("Segmentos").press("Enter");
  await page.getByRole("button", { name: "SP", exact: true }).click();
  await expect(page.getByRole("button", { name: "SP", exact: true })).toHaveAttribute("aria-pressed", "true");
  await page.getByLabel("Códigos CNAE").fill("7");
  await page.getByLabel("Códigos CNAE").press("Enter");
  // what each criterion is worth, before saving: segment and place a third each
  const segment = page.getByRole("row").filter({ has: page.getByText("Segmento", { exact: true }) });
  await expect(segment).toContainText("25 pts");
  consoleGuard.allow(failedLoad(422));
  await page.getByRole("button", { name: "Criar ICP" }).click();
  await expect(page.getByText("each CNAE code has 2 to 7 digits")).toBeVisible();
  await expect(page.getByLabel("Códigos CNAE")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Nome", { exact: true })).toHaveValue(ICP_NAME);
  await page.getByRole("button", { name: "Remover 7" }).click();
  await expect(segment).toContainText("33 pts");
  await capture("hunter-icp-editor");
  await page.getByRole("button", { name: "Criar ICP" }).click();
  await expect(toast(page, `ICP criado: ${ICP_NAME}`)).toBeVisible();
  await expect(page).toHaveURL(/\/hunter\/icps\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: ICP_NAME })).toBeVisible();
  await expect(page.getByTestId("icp-version-1")).toContainText("Versão inicial.");

  // an edit of the threshold is version 2, and the history says what changed
  await page.getByRole("button", { name: "Editar" }).click();
  await page.getByLabel("Corte de qualificação").fill("75");
  await page.getByRole("button", { name: "Salvar" }).click();
  await expect(toast(page, "ICP salvo como versão 2.")).toBeVisible();
  await expect(page.getByTestId("icp-version-2")).toContainText("Corte de qualificação:");
  await expect(page.getByTestId("icp-version-2")).toContainText("70 → 75");
  await expect(page.getByText("v2", { exact: true })).toBeVisible();
  await capture("hunter-icp-history");

  // the search: the ICP picked, the demo directory clearly marked as demo data
  await page.getByRole("link", { name: "Buscar leads" }).click();
  await expect(page).toHaveURL(/\/hunter\/searches\/new\?icp=/);
  await expect(page.getByLabel("ICP", { exact: true }).locator("option:checked")).toHaveText(`${ICP_NAME} (v2)`);
  await expect(page.getByLabel(/Incluir o diretório de demonstração/)).toBeChecked();
  await expect(page.getByText("2.000 empresas inventadas para testar a prospecção", { exact: false })).toBeVisible();
  await page.getByLabel("Google Maps ou Google (SerpAPI)").check();
  await expect(page.getByText("Sem uma chave da SerpAPI configurada, esta fonte roda em sandbox", { exact: false })).toBeVisible();
  await page.getByLabel("Google Maps ou Google (SerpAPI)").uncheck();
  await page.evaluate(() => window.scrollTo(0, 0));
  await capture("hunter-search-launcher");
  await page.getByRole("button", { name: "Iniciar busca" }).click();
  await expect(page).toHaveURL(/\/hunter\/searches\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Busca de / })).toBeVisible();

  // live: the run's progress and the end come over /ws, with no reload
  await expect(page.getByTestId("search-status")).toHaveText("Concluída", { timeout: 90_000 });
  await expect(toast(page, /Busca concluída: \d+ leads qualificados de \d+ empresas encontradas\./)).toBeVisible();
  expect(events).toContain("hunter.search_finished");
  expect(events).toContain("ai.agent_run_progressed");
  const counters = page.getByTestId("search-counters");
  const qualified = Number((await counters.locator("div").filter({ hasText: "Qualificadas" }).locator("dd").first().textContent())!.trim());
  expect(qualified).toBeGreaterThan(0);
  await expect(page.getByTestId("search-stage")).toHaveText("Busca concluída.");
  const report = page.getByRole("region", { name: "Relatório das fontes" });
  await expect(report.getByRole("row").filter({ hasText: "Diretório + demonstração" })).toContainText("Consultada");
  await expect(page.getByTestId("search-cost-per-qualified")).toHaveText(/US\$/);
  await capture("hunter-search-finished");

  // the best leads, to review: all demo data, best score first
  await page.getByRole("link", { name: `Revisar os ${qualified} leads qualificados` }).click();
  await expect(page).toHaveURL(/\/hunter\/leads\?search=.+&qualified=true$/);
  await expect(leadRows(page)).toHaveCount(Math.min(qualified, 50));
  await expect(leadRows(page).first()).toContainText("Demo");
  await expect(leadRows(page).first()).toContainText("Quente");

  // the best lead: why it scored, in points per criterion and in words
  const best = (await leadRows(page).first().getByRole("link").textContent())!.trim();
  const bestId = (await leadRows(page).first().getAttribute("data-lead-id"))!;
  await leadRows(page).first().getByRole("link", { name: best }).click();
  const drawer = drawerOf(page);
  await expect(drawer).toBeVisible();
  expect(await drawerLead(drawer)).toBe(best);
  await expect(drawer.getByText("Dados de demonstração").first()).toBeVisible();
  const breakdown = drawer.getByRole("list", { name: "Pontos por critério" });
  // segment, place, contact, online presence (and the likeness to won customers, when there are any)
  expect(await breakdown.getByRole("listitem").count()).toBeGreaterThanOrEqual(4);
  await expect(breakdown).toContainText("Segmento");
  await expect(breakdown).toContainText("segmento: publicidade");
  await expect(breakdown).toContainText("Localização");
  await expect(drawer.getByTestId("lead-reason")).not.toBeEmpty();
  await expect(drawer.getByTestId("reason-offline")).toHaveText("Motor offline");
  await expect(drawer.getByTestId("lead-qualification")).toHaveText("Qualificado (corte 75)");
  await expect(drawer.getByRole("table", { name: "Dados da empresa e de onde vieram" }).getByTestId("fact-cnpj")).toContainText("Diretório de demonstração");
  await expect(drawer.getByRole("list", { name: "Contatos encontrados" }).getByRole("listitem")).not.toHaveCount(0);
  await shot(page, "hunter-lead-drawer");

  // approve it: it goes to the SDR
  await drawer.getByRole("button", { name: "Aprovar" }).click();
  await expect(toast(page, `Lead aprovado: ${best} vai para o SDR.`)).toBeVisible();
  await expect(drawer.getByTestId("lead-status")).toHaveText("Aprovado");
  await expect(leadRows(page).first().getByTestId("lead-status")).toHaveText("Aprovado");

  // the next one is discarded, with a reason
  await drawer.getByRole("button", { name: "Próximo lead" }).click();
  await expect(drawer).toHaveAccessibleName(/^Lead 2 de /);
  const second = await drawerLead(drawer);
  expect(second).not.toBe(best);
  await drawer.getByRole("button", { name: "Descartar" }).click();
  const discard = page.getByRole("dialog", { name: `Descartar ${second}?` });
  await discard.getByRole("button", { name: "Concorrente" }).click();
  await expect(discard.getByLabel("Motivo", { exact: true })).toHaveValue("Concorrente");
  await discard.getByRole("button", { name: "Descartar lead" }).click();
  await expect(toast(page, `Lead descartado: ${second}.`)).toBeVisible();
  await expect(drawer.getByTestId("lead-status")).toHaveText("Descartado");
  await expect(drawer.getByTestId("lead-reviewed")).toContainText("Motivo: Concorrente");

  // the third is re-scored: the reviewer knows it is in Rio, so the place no longer matches
  await drawer.getByRole("button", { name: "Próximo lead" }).click();
  await expect(drawer).toHaveAccessibleName(/^Lead 3 de /);
  const third = await drawerLead(drawer);
  const before = Number((await drawer.getByTestId("lead-score").textContent())!.split("/")[0]);
  await drawer.getByRole("button", { name: "Reavaliar" }).click();
  const rescore = page.getByRole("dialog", { name: `Reavaliar ${third}` });
  await rescore.getByLabel("O que você sabe").fill("A matriz fica no Rio; em São Paulo há só um escritório comercial.");
  await rescore.getByLabel("UF").selectOption("RJ");
  await rescore.getByRole("button", { name: "Reavaliar" }).click();
  const rescored = toast(page, /Nova pontuação: \d+ \(antes \d+\)\./);
  await expect(rescored).toBeVisible();
  const [, after, was] = /Nova pontuação: (\d+) \(antes (\d+)\)/.exec((await rescored.textContent())!)!;
  expect(Number(was)).toBe(before);
  expect(Number(after)).toBeLessThan(before);
  await expect(drawer.getByTestId("lead-score")).toHaveText(`${after}/100`);
  await expect(drawer.getByTestId("lead-qualification")).toHaveText("Abaixo do corte (75)");
  await expect(drawer.getByText("Observação da reavaliação:")).toBeVisible();
  await expect(drawer.getByTestId("fact-state")).toContainText("Correção de quem revisou");
  await shot(page, "hunter-lead-rescored");

  // back on the list: the three keep their places, with what was decided
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
  await expect(leadRows(page).nth(1).getByTestId("lead-status")).toHaveText("Descartado");
  await expect(leadRows(page).nth(2)).toContainText("Morno");

  // two more approved at once
  const pickable = page.getByRole("checkbox", { name: /^Selecionar (?!os )/ });
  await pickable.nth(0).click();
  await pickable.nth(1).click();
  const bulk = page.getByRole("region", { name: "Ações em lote" });
  await expect(bulk).toContainText("2 leads qualificados selecionados");
  await bulk.getByRole("button", { name: "Aprovar 2 leads" }).click();
  await expect(toast(page, "2 leads aprovados: vão para o SDR.")).toBeVisible();
  await expect(leadRows(page).nth(3).getByTestId("lead-status")).toHaveText("Aprovado");
  await expect(leadRows(page).nth(4).getByTestId("lead-status")).toHaveText("Aprovado");
  await capture("hunter-leads-reviewed");

  // the "to review" view (new and qualified) no longer has the four reviewed, nor the one re-scored below the threshold
  await page.getByRole("button", { name: "Para revisar" }).click();
  await expect(page).toHaveURL(/status=new/);
  await expect(leadRows(page)).toHaveCount(Math.min(qualified - 5, 50));
  await expect(page.locator(`tr[data-lead-id="${bestId}"]`)).toHaveCount(0);

  // the past searches show it, with its counts and cost
  await openHunter(page, "Buscas", "Buscas");
  const row = page.getByRole("row").filter({ hasText: ICP_NAME });
  await expect(row).toContainText("Concluída");
  await expect(row).toContainText(String(qualified));
  await expect(row).toContainText("US$");
  await capture("hunter-searches");
});

test("a company list is uploaded as CSV: rows kept, refused rows with their reason, then deleted", async ({ page, signIn, capture }) => {
  await signIn(DEMO.diretor);
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/hunter/directory");
  await expect(page.getByRole("heading", { level: 1, name: "Diretório" })).toBeVisible();
  const csv = [
    "nome;cnpj;cidade;uf;segmento;telefone",
    "Agência Farol e2e;;São Paulo;SP;Agências de publicidade;+5511933334444",
    ";;Campinas;SP;Eventos;",
    "Produtora Maré e2e;;Santos;SP;Produção de vídeo;",
  ].join("\n");
  await page.getByLabel("Nome da lista").fill("Feira e2e");
  await page.getByLabel("Arquivo CSV").setInputFiles({ name: "feira.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf-8") });
  await page.getByRole("button", { name: "Enviar lista" }).click();
  const result = page.getByTestId("upload-result");
  await expect(result).toContainText("2 empresas guardadas em “Feira e2e”");
  await expect(result).toContainText("1 linha recusada");
  await expect(result.getByRole("row").filter({ hasText: "Sem o nome da empresa." })).toContainText("3");
  const lists = page.getByRole("region", { name: "Listas" });
  const row = lists.getByRole("row").filter({ hasText: "Feira e2e" });
  await expect(row).toContainText("2 empresas");
  await capture("hunter-directory-upload");

  // the same name again says it replaces the list
  await page.getByLabel("Nome da lista").fill("Feira e2e");
  await expect(page.getByText("Já existe uma lista “Feira e2e”: ela será substituída.")).toBeVisible();

  // a search can start from the list
  await row.getByRole("link", { name: "Buscar nesta lista" }).click();
  await expect(page.getByLabel("Lista", { exact: true })).toHaveValue("Feira e2e");
  await expect(page.getByLabel(/Incluir o diretório de demonstração/)).toBeDisabled();
  await page.goBack();

  await lists.getByRole("row").filter({ hasText: "Feira e2e" }).getByRole("button", { name: "Excluir" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Excluir" }).click();
  await expect(toast(page, "Lista “Feira e2e” excluída.")).toBeVisible();
  await expect(lists.getByRole("row").filter({ hasText: "Feira e2e" })).toHaveCount(0);
});

test("a Comercial sees prospecting read-only: no search, no ICP edits, no review buttons", async ({ page, request, signIn, capture, consoleGuard }) => {
  // one of the director's leads, through the API
  const director = await apiLogin(request, DEMO.diretor);
  const leads = await request.get(`${API_URL}/api/v1/hunter/leads?limit=1`, { headers: director.headers });
  const [directorsLead] = ((await leads.json()) as { items: { id: string; name: string }[] }).items;
  expect(directorsLead, "a lead of the director's search").toBeDefined();
  await director.logout();

  await signIn(DEMO.comercial);
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole("navigation", { name: "Navegação principal" }).getByRole("link", { name: "Prospecção" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Leads" })).toBeVisible();
  await expect(page.getByText("Seu perfil pode consultar a prospecção, mas não criar buscas nem revisar leads.")).toBeVisible();
  await expect(page.getByText("Os leads atribuídos a você, da maior para a menor pontuação.")).toBeVisible();
  // the director's leads are not theirs
  await expect(page.getByText("Nenhum lead atribuído a você.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Nova busca" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Aprovar" })).toHaveCount(0);
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await capture("hunter-comercial-leads");

  // nor can they open one of the director's leads by its address
  consoleGuard.allow(failedLoad(404));
  await page.goto(`/hunter/leads/${directorsLead!.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Lead não encontrado" })).toBeVisible();
  await expect(page.getByText(directorsLead!.name)).toHaveCount(0);
  await page.getByRole("link", { name: "Voltar aos leads" }).click();

  // the ICPs are shared: readable, not editable
  await openHunter(page, "Perfis (ICP)", "Perfis (ICP)");
  await expect(page.getByRole("link", { name: "Novo ICP" })).toHaveCount(0);
  await page.getByRole("link", { name: ICP_NAME }).click();
  await expect(page.getByRole("heading", { level: 1, name: ICP_NAME })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Histórico de versões" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Editar" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Buscar leads" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Arquivar" })).toHaveCount(0);

  // no upload form, no search launcher
  await openHunter(page, "Diretório", "Diretório");
  await expect(page.getByRole("button", { name: "Enviar lista" })).toHaveCount(0);
  await page.goto("/hunter/searches/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Acesso não permitido");
});

test("field staff get the 403 page, and a client opening prospecting lands on the portal", async ({ page, signIn, capture }) => {
  await signIn(DEMO.campo);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("navigation", { name: "Navegação principal" }).getByRole("link", { name: "Prospecção" })).toHaveCount(0);
  await page.goto("/hunter/leads");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Acesso não permitido");
  await expect(page.getByRole("navigation", { name: "Telas da prospecção" })).toHaveCount(0);
  await page.getByRole("button", { name: "Menu do usuário" }).click();
  await page.getByRole("menuitem", { name: "Sair" }).click();
  await expect(page).toHaveURL(/\/login/);

  await signIn(DEMO.cliente, { portal: true });
  await expect(page).toHaveURL(/\/portal$/);
  for (const path of ["/hunter", "/hunter/leads", "/hunter/icps/new", "/hunter/searches/new?icp=x"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/portal$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Olá, Clara Cliente");
  }
  await capture("hunter-client-redirected");
});

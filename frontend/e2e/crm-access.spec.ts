import { API_URL, DEMO } from "./env";
import { apiLogin, expect, test } from "./fixtures";

test("a client opening CRM pages lands on the portal", async ({ page, signIn, capture }) => {
  await signIn(DEMO.cliente, { portal: true });
  await expect(page).toHaveURL(/\/portal$/);
  for (const path of ["/crm", "/crm/deals", "/crm/deals?new=1", "/crm/pipelines", "/crm/deals/00000000-0000-4000-8000-000000000001"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/portal$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Olá, Clara Cliente");
  }
  await expect(page.getByRole("navigation", { name: "Telas do CRM" })).toHaveCount(0);
  await capture("crm-client-redirected");
});

test("a client's token gets nothing from the CRM API, not even the deals of their own company", async ({ request }) => {
  // what exists: the demo deals are the demo client company's
  const admin = await apiLogin(request, DEMO.admin);
  const deals = await request.get(`${API_URL}/api/v1/crm/deals`, { headers: admin.headers });
  expect(deals.status()).toBe(200);
  const demoDeals = ((await deals.json()) as { items: { id: string; title: string; pipeline_id: string }[] }).items;
  const demoDeal = demoDeals.find((deal) => deal.title === "Vídeo institucional 2027");
  expect(demoDeal, "the demo deal").toBeDefined();
  await admin.logout();

  const client = await apiLogin(request, DEMO.cliente);
  const attempts = [
    request.get(`${API_URL}/api/v1/crm/pipelines`, { headers: client.headers }),
    request.get(`${API_URL}/api/v1/crm/pipelines/${demoDeal!.pipeline_id}/board`, { headers: client.headers }),
    request.get(`${API_URL}/api/v1/crm/deals`, { headers: client.headers }),
    request.get(`${API_URL}/api/v1/crm/deals/${demoDeal!.id}`, { headers: client.headers }),
    request.get(`${API_URL}/api/v1/crm/deals/${demoDeal!.id}/timeline`, { headers: client.headers }),
    request.post(`${API_URL}/api/v1/crm/deals/${demoDeal!.id}/move`, {
      headers: client.headers,
      data: { stage_id: demoDeal!.pipeline_id, position: 0, version: 1 },
    }),
    request.post(`${API_URL}/api/v1/crm/deals`, { headers: client.headers, data: { title: "Negócio do cliente" } }),
  ];
  for (const response of await Promise.all(attempts)) {
    expect([403, 404], response.url()).toContain(response.status());
    const body = await response.text();
    expect(body).not.toContain("Vídeo institucional 2027");
    expect(body).not.toContain("Campanha de lançamento");
  }
  await client.logout();
});

test("a staff member without CRM access gets the 403 page and no CRM entry", async ({ page, signIn, capture }) => {
  await signIn(DEMO.campo);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("navigation", { name: "Navegação principal" }).getByRole("link", { name: "CRM" })).toHaveCount(0);
  for (const path of ["/crm/deals", "/crm/pipelines"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Acesso não permitido");
    await expect(page.getByText("403")).toBeVisible();
  }
  await expect(page.getByRole("navigation", { name: "Telas do CRM" })).toHaveCount(0);
  await capture("crm-forbidden-campo");
});

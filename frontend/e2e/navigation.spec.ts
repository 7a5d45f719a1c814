import { DEMO } from "./env";
import { expect, test } from "./fixtures";

const ADMIN_ENTRIES = ["Usuários e perfis", "Convites do portal", "Chaves de API", "Registro de auditoria", "Integrações"];

/** What each staff role's sidebar shows (prospecting for hunter:read, the SDR for sdr:read, the CRM for crm:read). */
const STAFF: { role: string; email: string; entries: string[] }[] = [
  { role: "admin", email: DEMO.admin, entries: ["Início", "Prospecção", "SDR", "CRM", "Aprovações", ...ADMIN_ENTRIES] },
  { role: "diretor", email: DEMO.diretor, entries: ["Início", "Prospecção", "SDR", "CRM", "Aprovações"] },
  { role: "comercial", email: DEMO.comercial, entries: ["Início", "Prospecção", "SDR", "CRM"] },
  { role: "campo", email: DEMO.campo, entries: ["Início"] },
];

for (const { role, email, entries } of STAFF) {
  test(`${role} signs in and the navigation shows exactly their screens`, async ({ page, signIn, capture }) => {
    await signIn(email);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/Bom dia|Boa tarde|Boa noite/);
    const navigation = page.getByRole("navigation", { name: "Navegação principal" });
    await expect(navigation.getByRole("link")).toHaveText(entries);
    await expect(navigation.getByRole("link", { name: "Início" })).toHaveAttribute("aria-current", "page");
    await capture(`navigation-${role}`);
  });
}

test("a client signing in at the staff login is sent to the portal", async ({ page, signIn, capture }) => {
  await signIn(DEMO.cliente);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Olá, Clara Cliente");
  await expect(page.getByText("Sua empresa no portal de Somos Produtora (demo)")).toBeVisible();
  for (const area of ["Projetos", "Contratos para assinar", "Faturas", "Aprovações"]) {
    await expect(page.getByRole("heading", { name: area })).toBeVisible();
  }
  await expect(page.getByRole("navigation", { name: "Navegação principal" })).toHaveCount(0);
  await capture("navigation-cliente-portal");
});

import { fireEvent, screen } from 'expo-router/testing-library';

import { type Role, signedInRoutes } from './backend';
import { loginOk, openApp, typeCredentials } from './app';
import { fakeCrm } from './crm';
import { fakeApi, type Handler } from './fakeApi';

/** Signs a CRM user in against the CRM fake (and any routes that replace its answers). */
export async function signInToCrm(
  crm = fakeCrm(),
  { role = 'Comercial', routes = {} }: { role?: Role; routes?: Record<string, Handler> } = {},
) {
  const api = fakeApi({
    'POST /api/v1/auth/login': loginOk,
    ...signedInRoutes(role),
    ...crm.routes,
    ...routes,
  });
  await openApp();
  typeCredentials(`${role.toLowerCase()}@demo.local`, 'demo12345');
  await screen.findByText('Suas tarefas');
  return api;
}

/** The Negócios tab, its board loaded. */
export async function openDeals() {
  fireEvent.press(screen.getByRole('tab', { name: /^Negócios/ }));
  await screen.findByRole('button', { name: /^Qualificação: / });
}

/** The label of a stage chip: "Proposta: 2 negócios, R$ 57.000,00" (any space in the sum). */
export const stageChip = (stage: string, deals: string, total: string) =>
  new RegExp(`^${stage}: ${deals}, R\\$\\s${total.replace(/\./g, '\\.')}$`);

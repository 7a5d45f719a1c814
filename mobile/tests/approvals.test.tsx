import { fireEvent, screen, waitFor, within } from 'expo-router/testing-library';

import { approval, type Role, signedInRoutes } from './support/backend';
import { freshPhone, loginOk, openApp, typeCredentials } from './support/app';
import { fakeApi, json } from './support/fakeApi';

beforeEach(freshPhone);

const approveUrl = `/api/v1/agents/approvals/${approval.id}/approve`;

async function openTab(role: Role) {
  const api = fakeApi({
    'POST /api/v1/auth/login': loginOk,
    ...signedInRoutes(role),
    [`POST ${approveUrl}`]: () => json(200, { ...approval, status: 'approved' }),
  });
  await openApp();
  typeCredentials(`${role.toLowerCase()}@demo.local`, 'demo12345');
  fireEvent.press(await screen.findByRole('tab', { name: /^Aprovações/ }));
  return { api, card: within(await screen.findByLabelText(approval.title)) };
}

describe("the AI layer's approvals tab", () => {
  it('Admin approves what an agent prepared', async () => {
    const { api, card } = await openTab('Admin');

    expect(card.getByText(/^whatsapp · \+5511999990000/)).toBeOnTheScreen();
    expect(card.queryByRole('button', { name: 'Editar' })).not.toBeOnTheScreen();
    fireEvent.press(card.getByRole('button', { name: 'Aprovar' }));

    await waitFor(() => expect(api.callsTo('POST', approveUrl).map((c) => c.body)).toEqual([{}]));
  });

  it('Diretor follows it read-only', async () => {
    const { card } = await openTab('Diretor');

    expect(
      screen.getByText('Você acompanha a fila; quem aprova é a administração.'),
    ).toBeOnTheScreen();
    expect(card.queryByRole('button', { name: 'Aprovar' })).not.toBeOnTheScreen();
  });
});

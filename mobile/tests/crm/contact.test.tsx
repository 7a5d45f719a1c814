import { act, fireEvent, screen, waitFor, within } from 'expo-router/testing-library';
import { router } from 'expo-router';
import { Linking } from 'react-native';

import { freshPhone } from '../support/app';
import { contact, DEALS, fakeCrm } from '../support/crm';
import { openDeals, signInToCrm } from '../support/crmApp';
import { json } from '../support/fakeApi';

let openURL: jest.SpyInstance;

beforeEach(async () => {
  await freshPhone();
  openURL = jest.spyOn(Linking, 'openURL').mockResolvedValue(true);
});

afterEach(() => openURL.mockRestore());

function openContact() {
  act(() => router.push({ pathname: '/crm/contacts/[id]', params: { id: contact.id } }));
  return screen.findByText('Diretora de marketing');
}

describe('contact card', () => {
  it('is reached from a deal and calls, opens WhatsApp and writes e-mail', async () => {
    await signInToCrm();
    await openDeals();
    fireEvent.press(await screen.findByRole('button', { name: DEALS.aurora.title }));
    fireEvent.press(await screen.findByText('Bia Souza · Diretora de marketing'));

    expect(await screen.findByText('Diretora de marketing')).toBeOnTheScreen();
    expect(await screen.findByText('Café Aurora')).toBeOnTheScreen();

    fireEvent.press(screen.getByRole('button', { name: 'Ligar para +55 11 98765-4321' }));
    expect(openURL).toHaveBeenLastCalledWith('tel:+5511987654321');

    fireEvent.press(screen.getByRole('button', { name: 'WhatsApp para +55 11 98765-4321' }));
    expect(openURL).toHaveBeenLastCalledWith('https://wa.me/5511987654321');

    // the office line has no WhatsApp
    expect(
      screen.queryByRole('button', { name: 'WhatsApp para +55 11 3333-4444' }),
    ).not.toBeOnTheScreen();
    fireEvent.press(screen.getByRole('button', { name: 'Ligar para +55 11 3333-4444' }));
    expect(openURL).toHaveBeenLastCalledWith('tel:+551133334444');

    fireEvent.press(screen.getByRole('button', { name: 'E-mail para bia@cafeaurora.com.br' }));
    expect(openURL).toHaveBeenLastCalledWith('mailto:bia@cafeaurora.com.br');
    expect(openURL).toHaveBeenCalledTimes(4);
  });

  it('logs a call from the card and shows it in the history', async () => {
    const api = await signInToCrm();
    await openContact();

    fireEvent.press(screen.getByRole('button', { name: 'Tipo: Ligação' }));
    fireEvent.changeText(screen.getByLabelText('Assunto'), 'Retorno sobre o roteiro');
    fireEvent.changeText(screen.getByLabelText('Detalhes'), 'Aprovou a segunda versão.');
    fireEvent.press(screen.getByRole('button', { name: 'Registrar' }));

    expect(await screen.findByText('Ligação registrada.')).toBeOnTheScreen();
    expect(api.callsTo('POST', '/api/v1/crm/activities').map((c) => c.body)).toEqual([
      {
        kind: 'call',
        subject: 'Retorno sobre o roteiro',
        body: 'Aprovou a segunda versão.',
        due_at: null,
        contact_id: contact.id,
      },
    ]);
    const history = within(screen.getByLabelText('Histórico'));
    expect(await history.findByText('Retorno sobre o roteiro')).toBeOnTheScreen();
    expect(screen.getByLabelText('Assunto')).toHaveDisplayValue('');
  });

  it('offers no shortcuts for a contact who opted out (LGPD)', async () => {
    await signInToCrm(fakeCrm(), {
      routes: {
        [`GET /api/v1/crm/contacts/${contact.id}`]: () =>
          json(200, { ...contact, opted_out_at: '2026-11-30T15:00:00Z' }),
      },
    });
    await openContact();

    expect(
      screen.getByText(/Este contato pediu para não ser contatado \(LGPD\) em 30\/11\/2026/),
    ).toBeOnTheScreen();
    expect(screen.getByText('+55 11 98765-4321')).toBeOnTheScreen();
    expect(screen.queryByRole('button', { name: /^Ligar para/ })).not.toBeOnTheScreen();
    expect(screen.queryByRole('button', { name: /^WhatsApp para/ })).not.toBeOnTheScreen();
    await waitFor(() => expect(openURL).not.toHaveBeenCalled());
  });
});

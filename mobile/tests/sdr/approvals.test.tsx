import { act, fireEvent, screen, waitFor, within } from 'expo-router/testing-library';
import { router } from 'expo-router';

import { freshPhone } from '../support/app';
import { type Call, type Handler, held, problem } from '../support/fakeApi';
import { fakeSdr } from '../support/sdr';
import { DRAFTS } from '../support/sdrData';
import { signInToSdr } from '../support/sdrApp';

beforeEach(freshPhone);

const bia = DRAFTS.whatsapp;
const joao = DRAFTS.email;
const approveUrl = (d: typeof bia) => `/api/v1/sdr/approvals/${d.approval_id}/approve`;
const rejectUrl = (d: typeof bia) => `/api/v1/sdr/approvals/${d.approval_id}/reject`;
const card = (d: typeof bia) => within(screen.getByLabelText(`${d.name} · ${d.company}`));

async function openQueue() {
  fireEvent.press(await screen.findByText('Ver todas as aprovações (2)'));
  return screen.findByLabelText(`${bia.name} · ${bia.company}`);
}

describe('first contacts to approve', () => {
  it('the home screen of whoever decides them points to them', async () => {
    await signInToSdr();

    const home = within(await screen.findByLabelText('Aprovações pendentes'));
    expect(await home.findByText(/^Primeiro contato: Café Aurora/)).toBeOnTheScreen();
    expect(home.getByText(/^Primeiro contato: Padaria Sol/)).toBeOnTheScreen();
  });

  it('shows lead, company, campaign, channel, recipient and the whole text', async () => {
    await signInToSdr();
    await openQueue();

    expect(
      card(bia).getByText('Cafeterias SP · WhatsApp para +5511987654321 · 01/12/2026 08:00'),
    ).toBeOnTheScreen();
    expect(card(bia).getByText(bia.text)).toBeOnTheScreen();
    expect(
      card(joao).getByText(/^Cafeterias SP · E-mail para joao@padariasol\.com\.br/),
    ).toBeOnTheScreen();
    expect(card(joao).getByText('Assunto: Vídeos para a Padaria Sol')).toBeOnTheScreen();
  });

  it('approves a draft: it leaves the queue at once', async () => {
    const sdr = fakeSdr();
    const answer = held(sdr.routes[`POST ${approveUrl(bia)}`]!);
    const api = await signInToSdr(sdr, { routes: { [`POST ${approveUrl(bia)}`]: answer.handler } });
    await openQueue();

    fireEvent.press(card(bia).getByRole('button', { name: 'Aprovar' }));

    await waitFor(() =>
      expect(screen.queryByLabelText(`${bia.name} · ${bia.company}`)).not.toBeOnTheScreen(),
    );
    answer.release();
    expect(
      await screen.findByText(
        'Primeiro contato com Bia Souza aprovado: sai no horário da cadência.',
      ),
    ).toBeOnTheScreen();
    expect(api.callsTo('POST', approveUrl(bia)).map((c) => c.body)).toEqual([{}]);
    expect(sdr.pending()).toEqual([joao.approval_id]);
    expect(screen.getByLabelText(`${joao.name} · ${joao.company}`)).toBeOnTheScreen();
  });

  it('edits an e-mail (subject and text) and approves what was edited', async () => {
    const api = await signInToSdr();
    await openQueue();

    fireEvent.press(card(joao).getByRole('button', { name: 'Editar' }));
    fireEvent.changeText(card(joao).getByLabelText('Mensagem'), '   ');
    fireEvent.press(card(joao).getByRole('button', { name: 'Aprovar com as alterações' }));
    expect(card(joao).getByText('A mensagem não pode ficar vazia.')).toBeOnTheScreen();

    fireEvent.changeText(card(joao).getByLabelText('Assunto do e-mail'), 'Um vídeo para o Natal');
    fireEvent.changeText(card(joao).getByLabelText('Mensagem'), 'Olá, João! Que tal um vídeo?');
    fireEvent.press(card(joao).getByRole('button', { name: 'Aprovar com as alterações' }));

    const approved = 'Primeiro contato com João Lima aprovado: sai no horário da cadência.';
    expect(await screen.findByText(approved)).toBeOnTheScreen();
    expect(api.callsTo('POST', approveUrl(joao)).map((c) => c.body)).toEqual([
      { text: 'Olá, João! Que tal um vídeo?', subject: 'Um vídeo para o Natal' },
    ]);
  });

  it('rejects a draft with a reason', async () => {
    const sdr = fakeSdr();
    const api = await signInToSdr(sdr);
    await openQueue();

    fireEvent.press(card(bia).getByRole('button', { name: 'Rejeitar' }));
    const confirm = card(bia).getByRole('button', { name: 'Confirmar rejeição' });
    expect(confirm).toBeDisabled();
    fireEvent.changeText(card(bia).getByLabelText('Motivo da rejeição'), 'Tom informal demais');
    fireEvent.press(confirm);

    expect(await screen.findByText('Primeiro contato com Bia Souza rejeitado.')).toBeOnTheScreen();
    expect(api.callsTo('POST', rejectUrl(bia)).map((c) => c.body)).toEqual([
      { reason: 'Tom informal demais' },
    ]);
    expect(sdr.pending()).toEqual([joao.approval_id]);
  });

  it('puts the draft back and says why when the server refuses the decision', async () => {
    await signInToSdr(fakeSdr(), {
      routes: {
        [`POST ${approveUrl(bia)}`]: () => problem(500, 'internal', 'The AI layer is down'),
      },
    });
    await openQueue();

    fireEvent.press(card(bia).getByRole('button', { name: 'Aprovar' }));

    expect(
      await screen.findByText(
        'Não foi possível registrar a decisão sobre Bia Souza: The AI layer is down',
      ),
    ).toBeOnTheScreen();
    expect(card(bia).getByText(bia.text)).toBeOnTheScreen();
  });

  it('offline: the draft goes back to its place in the queue', async () => {
    const sdr = fakeSdr();
    let offline = false;
    const unreachable = (handler: Handler) => (call: Call) => {
      if (offline) throw new TypeError('Network request failed');
      return handler(call);
    };
    await signInToSdr(sdr, {
      routes: {
        'GET /api/v1/sdr/approvals': unreachable(sdr.routes['GET /api/v1/sdr/approvals']!),
        [`POST ${approveUrl(bia)}`]: unreachable(sdr.routes[`POST ${approveUrl(bia)}`]!),
      },
    });
    await openQueue();
    offline = true;

    fireEvent.press(card(bia).getByRole('button', { name: 'Aprovar' }));

    expect(
      await screen.findByText(
        'Sem conexão: nada foi decidido sobre Bia Souza. O rascunho voltou para a fila.',
      ),
    ).toBeOnTheScreen();
    const titles = screen.getAllByRole('header').map((h) => h.props.children);
    expect(titles).toEqual([`${bia.name} · ${bia.company}`, `${joao.name} · ${joao.company}`]);
    expect(sdr.pending()).toEqual([bia.approval_id, joao.approval_id]);
  });

  it('refreshes the queue and says so when someone else decided first (409)', async () => {
    const sdr = fakeSdr();
    const api = await signInToSdr(sdr);
    await openQueue();
    sdr.decideElsewhere('whatsapp');

    fireEvent.press(card(bia).getByRole('button', { name: 'Aprovar' }));

    expect(
      await screen.findByText(
        'O primeiro contato com Bia Souza já tinha sido decidido por outra pessoa. A fila foi ' +
          'atualizada.',
      ),
    ).toBeOnTheScreen();
    await waitFor(() => expect(api.callsTo('GET', '/api/v1/sdr/approvals').length).toBe(2));
    expect(screen.queryByLabelText(`${bia.name} · ${bia.company}`)).not.toBeOnTheScreen();
  });
});

describe('who decides first contacts', () => {
  it('Comercial follows the queue read-only, and Home shows no approvals', async () => {
    await signInToSdr(fakeSdr(), { role: 'Comercial' });

    expect(screen.queryByLabelText('Aprovações pendentes')).not.toBeOnTheScreen();
    act(() => router.push('/sdr/approvals'));

    expect(await screen.findByText(bia.text)).toBeOnTheScreen();
    expect(
      screen.getByText('Você acompanha os primeiros contatos; quem aprova é a diretoria.'),
    ).toBeOnTheScreen();
    expect(screen.queryByRole('button', { name: 'Aprovar' })).not.toBeOnTheScreen();
  });

  it('Campo: an SDR link lands on the home screen, with no SDR calls', async () => {
    const api = await signInToSdr(fakeSdr(), { role: 'Campo' });

    act(() => router.push('/sdr/approvals'));

    expect(await screen.findByText(/As tarefas chegam com o módulo de projetos/)).toBeOnTheScreen();
    expect(api.calls.filter((c) => c.path.startsWith('/api/v1/sdr/'))).toHaveLength(0);
  });
});

import { act, fireEvent, screen, waitFor, within } from 'expo-router/testing-library';
import { router } from 'expo-router';

import { freshPhone } from '../support/app';
import { held } from '../support/fakeApi';
import { fakeSdr } from '../support/sdr';
import { openConversation, openInbox, signInToSdr } from '../support/sdrApp';
import { CONVERSATIONS } from '../support/sdrData';

beforeEach(freshPhone);

const rita = CONVERSATIONS.interested;
const paulo = CONVERSATIONS.later;
const messagesUrl = (c: typeof rita) => `/api/v1/sdr/enrollments/${c.enrollment_id}/messages`;

describe('replies inbox', () => {
  it('lists who replied, latest first, with classification and status', async () => {
    await signInToSdr();

    const home = within(await screen.findByLabelText('Respostas da prospecção'));
    expect(await home.findByText(/^Rita Alves · Doceria Rita/)).toBeOnTheScreen();
    await openInbox();

    const rows = () => screen.getAllByRole('button', { name: / · (Doceria|Empório|Ateliê) / });
    expect(rows().map((r) => r.props.accessibilityLabel)).toEqual([
      'Rita Alves · Doceria Rita',
      'Paulo Reis · Empório Reis',
    ]);
    const row = within(rows()[0]!);
    expect(row.getByText('Interessado')).toBeOnTheScreen();
    expect(row.getByText(rita.last_text)).toBeOnTheScreen();
    expect(
      row.getByText('Cafeterias SP · WhatsApp · Cadência parada: respondeu · 02/12/2026 09:00'),
    ).toBeOnTheScreen();

    fireEvent.press(screen.getByRole('button', { name: 'Carregar mais' }));
    expect(await screen.findByText('Já temos uma agência, obrigada.')).toBeOnTheScreen();
    expect(rows().map((r) => r.props.accessibilityLabel)[2]).toBe('Marta Dias · Ateliê Marta');
    expect(screen.queryByRole('button', { name: 'Carregar mais' })).not.toBeOnTheScreen();
  });

  it('filters by classification', async () => {
    const api = await signInToSdr();
    await openInbox();

    const filters = within(screen.getByLabelText('Classificação'));
    fireEvent.press(filters.getByRole('button', { name: 'Agora não' }));

    expect(
      await screen.findByRole('button', { name: `${paulo.name} · ${paulo.company}` }),
    ).toBeOnTheScreen();
    expect(
      screen.queryByRole('button', { name: `${rita.name} · ${rita.company}` }),
    ).not.toBeOnTheScreen();
    const asked = api
      .callsTo('GET', '/api/v1/sdr/conversations')
      .map((c) => c.query.get('classification'));
    expect(asked).toContain('not_now');

    fireEvent.press(filters.getByRole('button', { name: 'Fora do escritório' }));
    expect(await screen.findByText('Nenhuma resposta com esta classificação.')).toBeOnTheScreen();
  });
});

describe('a conversation', () => {
  it('shows the messages and sends a quick answer on the lead’s channel', async () => {
    const sdr = fakeSdr();
    const send = held(sdr.routes[`POST ${messagesUrl(rita)}`]!);
    const api = await signInToSdr(sdr, { routes: { [`POST ${messagesUrl(rita)}`]: send.handler } });
    await openConversation('interested');

    expect(
      screen.getByLabelText('Enviada por nós: Oi, Rita! Que tal um vídeo da Doceria?'),
    ).toBeOnTheScreen();
    const about = within(screen.getByLabelText('Rita Alves · Doceria Rita'));
    expect(about.getByText('Interessado')).toBeOnTheScreen();
    expect(screen.queryByLabelText('Assunto')).not.toBeOnTheScreen();

    fireEvent.press(screen.getByRole('button', { name: 'Marcar conversa' }));
    const text = screen.getByLabelText('Sua resposta');
    expect(text.props.value).toMatch(/^Obrigado pela resposta! Qual o melhor dia/);
    fireEvent.changeText(text, 'Obrigada, Rita! Amanhã às 10h fica bom?');
    fireEvent.press(screen.getByRole('button', { name: 'Enviar' }));

    expect(await screen.findByRole('button', { name: 'Enviando…' })).toBeDisabled();
    send.release();
    expect(
      await screen.findByText('Resposta registrada em modo sandbox: não saiu de fato.'),
    ).toBeOnTheScreen();
    expect(
      await screen.findByLabelText('Enviada por nós: Obrigada, Rita! Amanhã às 10h fica bom?'),
    ).toBeOnTheScreen();
    expect(screen.getByLabelText('Sua resposta').props.value).toBe('');
    expect(api.callsTo('POST', messagesUrl(rita)).map((c) => c.body)).toEqual([
      { text: 'Obrigada, Rita! Amanhã às 10h fica bom?' },
    ]);
  });

  it('answers an e-mail with "Re:" and its subject', async () => {
    const api = await signInToSdr();
    await openConversation('later');

    expect(screen.getByLabelText('Assunto').props.value).toBe('Re: Vídeos para o Empório');
    fireEvent.press(screen.getByRole('button', { name: 'Enviar' }));
    expect(
      screen.getByText('Escreva a resposta ou escolha uma resposta rápida.'),
    ).toBeOnTheScreen();
    fireEvent.press(screen.getByRole('button', { name: 'Falar mais tarde' }));
    fireEvent.press(screen.getByRole('button', { name: 'Enviar' }));

    await waitFor(() => expect(api.callsTo('POST', messagesUrl(paulo))).toHaveLength(1));
    expect(api.callsTo('POST', messagesUrl(paulo))[0]?.body).toEqual({
      text: 'Sem problemas, entendo o momento. Posso voltar a falar com você daqui a alguns meses?',
      subject: 'Re: Vídeos para o Empório',
    });
  });

  it('Comercial reads the conversation but has no way to answer', async () => {
    await signInToSdr(fakeSdr(), { role: 'Comercial' });
    await openConversation('interested');

    expect(
      screen.getByText('Você acompanha a conversa; quem responde por aqui é a diretoria.'),
    ).toBeOnTheScreen();
    expect(screen.queryByLabelText('Sua resposta')).not.toBeOnTheScreen();
  });

  it('Campo: a conversation link lands on the home screen', async () => {
    const api = await signInToSdr(fakeSdr(), { role: 'Campo' });

    expect(screen.queryByText('Respostas da prospecção')).not.toBeOnTheScreen();
    act(() =>
      router.push({ pathname: '/sdr/conversations/[id]', params: { id: rita.enrollment_id } }),
    );

    expect(await screen.findByText(/As tarefas chegam com o módulo de projetos/)).toBeOnTheScreen();
    expect(api.calls.filter((c) => c.path.startsWith('/api/v1/sdr/'))).toHaveLength(0);
  });
});

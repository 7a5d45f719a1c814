import { act, fireEvent, screen, waitFor, within } from 'expo-router/testing-library';

import { freshPhone } from '../support/app';
import { page } from '../support/backend';
import { json } from '../support/fakeApi';
import { fakeSdr } from '../support/sdr';
import { signInToSdr } from '../support/sdrApp';
import { CONVERSATIONS, pushDataOf, replyNotification } from '../support/sdrData';

// A phone of an EAS build whose pushes the test delivers and taps (the library's side faked).
jest.mock('expo', () => ({ ...jest.requireActual('expo'), isRunningInExpoGo: () => false }));
jest.mock('expo-notifications', () => {
  const mockListeners = { received: [] as unknown[], tapped: [] as unknown[] };
  const subscribe = (list: unknown[]) => (listener: unknown) => {
    list.push(listener);
    return { remove: () => list.splice(list.indexOf(listener), 1) };
  };
  return {
    mockListeners,
    DEFAULT_ACTION_IDENTIFIER: 'expo.modules.notifications.actions.DEFAULT',
    AndroidImportance: { HIGH: 5 },
    setNotificationHandler: jest.fn(),
    getLastNotificationResponse: () => null,
    clearLastNotificationResponseAsync: jest.fn(async () => undefined),
    addNotificationReceivedListener: subscribe(mockListeners.received),
    addNotificationResponseReceivedListener: subscribe(mockListeners.tapped),
  };
});

type Listeners = { received: ((n: unknown) => void)[]; tapped: ((r: unknown) => void)[] };
const listeners: Listeners = jest.requireMock('expo-notifications').mockListeners;

beforeEach(freshPhone);

const rita = CONVERSATIONS.interested;
const pushOf = (data: Record<string, unknown>) => ({
  request: { identifier: 'push-1', content: { title: 'Rita Alves respondeu', data } },
});
const deliver = (data: Record<string, unknown>) =>
  act(() => listeners.received.forEach((listener) => listener(pushOf(data))));
const tap = (data: Record<string, unknown>) =>
  act(() =>
    listeners.tapped.forEach((listener) =>
      listener({
        actionIdentifier: 'expo.modules.notifications.actions.DEFAULT',
        notification: pushOf(data),
      }),
    ),
  );

const notification = replyNotification('interested');

describe('a reply arrives', () => {
  it('tapping its push opens the conversation', async () => {
    await signInToSdr();

    tap(pushDataOf(notification));

    expect(await screen.findByLabelText(`Resposta do lead: ${rita.last_text}`)).toBeOnTheScreen();
    expect(await screen.findByLabelText('Sua resposta')).toBeOnTheScreen();
  });

  it('a conversation past the inbox’s first page: the lead, and her opt-out', async () => {
    const marta = CONVERSATIONS.optedOut;
    const api = await signInToSdr();

    tap(pushDataOf(replyNotification('optedOut')));

    const about = within(await screen.findByLabelText('Marta Dias · Ateliê Marta'));
    expect(about.getByText('Pediu para sair (LGPD)')).toBeOnTheScreen();
    expect(about.getByText('Objeção')).toBeOnTheScreen();
    expect(
      await screen.findByText('O lead pediu para sair: nada mais é enviado a ele (LGPD).'),
    ).toBeOnTheScreen();
    expect(screen.queryByLabelText('Sua resposta')).not.toBeOnTheScreen();
    expect(api.callsTo('GET', `/api/v1/sdr/enrollments/${marta.enrollment_id}`)).toHaveLength(1);
    const inboxPages = api.callsTo('GET', '/api/v1/sdr/conversations');
    expect(inboxPages.map((c) => c.query.get('cursor'))).not.toContain('2');
  });

  it('another SDR push opens the replies inbox', async () => {
    await signInToSdr();

    tap(pushDataOf({ ...notification, kind: 'sdr.campaign_paused', data: {} }));

    expect(
      await screen.findByRole('button', { name: `${rita.name} · ${rita.company}` }),
    ).toBeOnTheScreen();
  });

  it('refreshes the inbox when the push arrives', async () => {
    const sdr = fakeSdr();
    const api = await signInToSdr(sdr);
    fireEvent.press(await screen.findByText('Ver todas as respostas'));
    await screen.findByText(CONVERSATIONS.later.last_text);
    const before = api.callsTo('GET', '/api/v1/sdr/conversations').length;

    sdr.reply('later', 'Mudei de ideia: podemos conversar?', 'interested');
    deliver(pushDataOf(replyNotification('later')));

    expect(await screen.findByText('Mudei de ideia: podemos conversar?')).toBeOnTheScreen();
    expect(api.callsTo('GET', '/api/v1/sdr/conversations').length).toBeGreaterThan(before);
  });

  it('tapping its notification in the app opens the conversation and marks it read', async () => {
    const readUrl = `/api/v1/notifications/${notification.id}/read`;
    const api = await signInToSdr(fakeSdr(), {
      routes: {
        'GET /api/v1/notifications': () => page([notification]),
        [`POST ${readUrl}`]: () => json(200, { ...notification, read_at: notification.created_at }),
      },
    });

    fireEvent.press(await screen.findByRole('button', { name: `Não lida: ${notification.title}` }));

    expect(await screen.findByLabelText(`Resposta do lead: ${rita.last_text}`)).toBeOnTheScreen();
    await waitFor(() =>
      expect(api.callsTo('POST', readUrl)).toHaveLength(1),
    );
  });
});

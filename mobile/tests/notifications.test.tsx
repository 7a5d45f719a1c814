import { fireEvent, screen, waitFor } from 'expo-router/testing-library';

import { notification, page, signedInRoutes } from './support/backend';
import { freshPhone, loginOk, openApp, typeCredentials } from './support/app';
import { fakeApi, json } from './support/fakeApi';

beforeEach(freshPhone);

const second = { ...notification, id: '00000000-0000-4000-8000-0000000000d2', title: 'Outra' };

async function openNotifications() {
  const api = fakeApi({
    'POST /api/v1/auth/login': loginOk,
    ...signedInRoutes('Admin'),
    'GET /api/v1/notifications': () => page([notification, second]),
    'GET /api/v1/notifications/unread-count': () => json(200, { count: 2 }),
    [`POST /api/v1/notifications/${notification.id}/read`]: () =>
      json(200, { ...notification, read_at: '2026-12-01T13:00:00Z' }),
    'POST /api/v1/notifications/read-all': () => json(200, { count: 2 }),
  });
  await openApp();
  typeCredentials('admin@demo.local', 'demo12345');
  fireEvent.press(await screen.findByRole('tab', { name: /^Notificações/ }));
  await screen.findByRole('button', { name: 'Marcar todas como lidas' });
  return api;
}

describe('notifications', () => {
  it('marks one as read when it is tapped', async () => {
    const api = await openNotifications();

    fireEvent.press(screen.getAllByRole('button', { name: `Não lida: ${notification.title}` })[0]!);

    await waitFor(() =>
      expect(api.callsTo('POST', `/api/v1/notifications/${notification.id}/read`)).toHaveLength(1),
    );
  });

  it('marks all as read', async () => {
    const api = await openNotifications();

    fireEvent.press(screen.getByRole('button', { name: 'Marcar todas como lidas' }));

    await waitFor(() =>
      expect(api.callsTo('POST', '/api/v1/notifications/read-all')).toHaveLength(1),
    );
    expect(screen.queryByRole('button', { name: /^Não lida/ })).not.toBeOnTheScreen();
  });
});

import * as Notifications from 'expo-notifications';
import { fireEvent, screen, waitFor } from 'expo-router/testing-library';

import { signedInRoutes } from './support/backend';
import { freshPhone, loginOk, openApp, typeCredentials } from './support/app';
import { fakeApi, json } from './support/fakeApi';

// A real phone of an EAS build, not Expo Go (whose stand-in jest-expo installs by default);
// the operating system's side of push (permission, token) is the library's to fake.
jest.mock('expo', () => ({ ...jest.requireActual('expo'), isRunningInExpoGo: () => false }));
jest.mock('expo-device', () => ({ isDevice: true, modelName: 'Pixel 8' }));
jest.mock('expo-constants', () => {
  const { default: constants } = jest.requireActual('expo-constants');
  const projectId = '6f1c2b9e-3a4d-4e5f-8a7b-9c0d1e2f3a4b';
  const expoConfig = { extra: { eas: { projectId } } };
  return { __esModule: true, default: { ...constants, expoConfig } };
});
jest.mock('expo-notifications', () => {
  const subscription = { remove: () => undefined };
  return {
    DEFAULT_ACTION_IDENTIFIER: 'expo.modules.notifications.actions.DEFAULT',
    AndroidImportance: { HIGH: 5 },
    setNotificationHandler: jest.fn(),
    setNotificationChannelAsync: jest.fn(async () => null),
    getPermissionsAsync: jest.fn(),
    requestPermissionsAsync: jest.fn(),
    getExpoPushTokenAsync: jest.fn(async () => ({ type: 'expo', data: mockPushToken })),
    getLastNotificationResponse: () => null,
    clearLastNotificationResponseAsync: jest.fn(async () => undefined),
    addNotificationReceivedListener: () => subscription,
    addNotificationResponseReceivedListener: () => subscription,
  };
});

const mockPushToken = 'ExponentPushToken[xxxxxxxxxxxxxxxxxxxxxx]';
const DEVICE = {
  id: '00000000-0000-4000-8000-0000000000e1',
  platform: 'android',
  name: 'Pixel 8',
  created_at: '2026-12-01T12:00:00Z',
  last_seen_at: '2026-12-01T12:00:00Z',
};

const permission = (granted: boolean) =>
  ({
    granted,
    canAskAgain: true,
    status: granted ? 'granted' : 'undetermined',
    expires: 'never',
  }) as Notifications.NotificationPermissionsStatus;

beforeEach(freshPhone);

function backend() {
  return fakeApi({
    'POST /api/v1/auth/login': loginOk,
    ...signedInRoutes('Campo'),
    'POST /api/v1/devices': () => json(200, DEVICE),
    [`DELETE /api/v1/devices/${DEVICE.id}`]: () => new Response(null, { status: 204 }),
    'POST /api/v1/auth/logout': () => new Response(null, { status: 204 }),
  });
}

async function signIn() {
  await openApp();
  typeCredentials('campo@demo.local', 'demo12345');
  await screen.findByText('Suas tarefas');
}

describe('push notifications', () => {
  it('registers the phone after login and unregisters it on sign-out', async () => {
    jest.mocked(Notifications.getPermissionsAsync).mockResolvedValue(permission(false));
    jest.mocked(Notifications.requestPermissionsAsync).mockResolvedValue(permission(true));
    const api = backend();

    await signIn();

    await waitFor(() =>
      expect(api.callsTo('POST', '/api/v1/devices').map((c) => c.body)).toEqual([
        { expo_push_token: mockPushToken, platform: 'android', name: 'Pixel 8' },
      ]),
    );
    expect(api.callsTo('POST', '/api/v1/devices')[0]?.authorization).toBe('Bearer access-1');

    fireEvent.press(screen.getByRole('tab', { name: /^Perfil/ }));
    expect(await screen.findByText('Ativas neste aparelho.')).toBeOnTheScreen();
    fireEvent.press(screen.getByRole('button', { name: 'Sair' }));

    await screen.findByRole('button', { name: 'Entrar' });
    const order = api.calls.map((c) => `${c.method} ${c.path}`);
    expect(order.indexOf(`DELETE /api/v1/devices/${DEVICE.id}`)).toBeGreaterThan(-1);
    expect(order.indexOf(`DELETE /api/v1/devices/${DEVICE.id}`)).toBeLessThan(
      order.indexOf('POST /api/v1/auth/logout'),
    );
  });

  it('keeps working without pushes when refused, and shows where to turn them on', async () => {
    jest.mocked(Notifications.getPermissionsAsync).mockResolvedValue(permission(false));
    jest.mocked(Notifications.requestPermissionsAsync).mockResolvedValue(permission(false));
    const api = backend();

    await signIn();
    fireEvent.press(screen.getByRole('tab', { name: /^Perfil/ }));

    expect(await screen.findByText(/Bloqueadas/)).toBeOnTheScreen();
    expect(screen.getByRole('button', { name: 'Abrir configurações' })).toBeOnTheScreen();
    expect(api.callsTo('POST', '/api/v1/devices')).toHaveLength(0);
  });
});

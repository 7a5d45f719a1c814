import { screen, waitFor } from 'expo-router/testing-library';

import { useSession } from '@/session/store';

import { me, signedInRoutes, tokenPair } from './support/backend';
import { freshPhone, loginOk, openApp, typeCredentials } from './support/app';
import { fakeApi, json, problem } from './support/fakeApi';

beforeEach(freshPhone);

describe('login', () => {
  it('signs a field crew member in and opens their day', async () => {
    const api = fakeApi({ 'POST /api/v1/auth/login': loginOk, ...signedInRoutes('Campo') });
    await openApp();

    typeCredentials('  campo@demo.local ', 'demo12345');

    expect(await screen.findByText(/Caio/)).toBeOnTheScreen();
    expect(screen.getByText('Equipe de campo · Somos Produtora (demo)')).toBeOnTheScreen();
    expect(api.callsTo('POST', '/api/v1/auth/login')[0]?.body).toEqual({
      email: 'campo@demo.local',
      password: 'demo12345',
    });
    expect(api.callsTo('GET', '/api/v1/auth/me')[0]?.authorization).toBe('Bearer access-1');
    expect(useSession.getState().tokens).toEqual({
      accessToken: 'access-1',
      refreshToken: 'refresh-1',
    });
  });

  it('asks for both fields before calling the server', async () => {
    const api = fakeApi({});
    await openApp();

    typeCredentials('', '');

    expect(await screen.findAllByText('Preencha este campo.')).toHaveLength(2);
    expect(api.calls).toHaveLength(0);
  });

  it("shows the server's field errors under their fields", async () => {
    fakeApi({
      'POST /api/v1/auth/login': () =>
        problem(422, 'validation_error', 'One or more fields are invalid', {
          errors: [
            { field: 'email', message: 'value is not a valid email address', type: 'value_error' },
          ],
        }),
    });
    await openApp();

    typeCredentials('campo@', 'demo12345');

    expect(await screen.findByText('Digite um e-mail válido.')).toBeOnTheScreen();
    expect(useSession.getState().status).toBe('signedOut');
  });

  it('says the e-mail or the password is wrong', async () => {
    fakeApi({
      'POST /api/v1/auth/login': () => problem(401, 'unauthorized', 'Wrong e-mail or password'),
    });
    await openApp();

    typeCredentials('campo@demo.local', 'errada');

    expect(await screen.findByText('E-mail ou senha incorretos.')).toBeOnTheScreen();
    expect(useSession.getState().status).toBe('signedOut');
  });

  it('makes the user wait out a 429 before trying again', async () => {
    fakeApi({
      'POST /api/v1/auth/login': () =>
        json(429, { status: 429, code: 'rate_limited', detail: 'Try again in 42 s' }, {
          'Retry-After': '42',
        }),
    });
    await openApp();

    typeCredentials('campo@demo.local', 'errada');

    expect(await screen.findByText('Muitas tentativas. Tente de novo em 42 s.')).toBeOnTheScreen();
    expect(screen.getByRole('button', { name: 'Entrar' })).toBeDisabled();
  });

  it('sends a client to the client portal and ends the session it opened', async () => {
    const api = fakeApi({
      'POST /api/v1/auth/login': loginOk,
      'GET /api/v1/auth/me': () => json(200, me('Cliente')),
      'POST /api/v1/auth/logout': () => new Response(null, { status: 204 }),
    });
    await openApp();

    typeCredentials('cliente@demo.local', 'demo12345');

    expect(await screen.findByText(/Esta conta é de cliente/)).toBeOnTheScreen();
    await waitFor(() =>
      expect(api.callsTo('POST', '/api/v1/auth/logout')[0]?.body).toEqual({
        refresh_token: tokenPair(1).refresh_token,
      }),
    );
    expect(useSession.getState().status).toBe('signedOut');
  });
});

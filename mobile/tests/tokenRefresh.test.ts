import { api } from '@/api/client';
import { useSession } from '@/session/store';

import { me, page, tokenPair } from './support/backend';
import { freshPhone } from './support/app';
import { type Call, fakeApi, json, problem } from './support/fakeApi';

const expired = () => problem(401, 'unauthorized', 'Token expired');

/** A backend whose access-1 has expired and that hands out pair 2 for refresh-1. */
function backendWithExpiredToken(refresh: (call: Call) => Response | Promise<Response>) {
  const onlyFresh = (ok: () => Response) => (call: Call) =>
    call.authorization === 'Bearer access-2' ? ok() : expired();
  return fakeApi({
    'POST /api/v1/auth/refresh': refresh,
    'GET /api/v1/auth/me': onlyFresh(() => json(200, me('Campo'))),
    'GET /api/v1/notifications': onlyFresh(() => page([])),
    'GET /api/v1/notifications/unread-count': onlyFresh(() => json(200, { count: 0 })),
    'POST /api/v1/notifications/read-all': onlyFresh(() => json(200, { count: 3 })),
  });
}

beforeEach(async () => {
  await freshPhone();
  await useSession.getState().signIn({ accessToken: 'access-1', refreshToken: 'refresh-1' });
});

describe('token refresh', () => {
  it('refreshes once on a 401 and retries the call with the new token', async () => {
    const backend = backendWithExpiredToken(() => json(200, tokenPair(2)));

    const { data } = await api.GET('/api/v1/auth/me');

    expect(data?.full_name).toBe('Caio Campo');
    expect(backend.callsTo('POST', '/api/v1/auth/refresh').map((c) => c.body)).toEqual([
      { refresh_token: 'refresh-1' },
    ]);
    expect(backend.callsTo('GET', '/api/v1/auth/me').map((c) => c.authorization)).toEqual([
      'Bearer access-1',
      'Bearer access-2',
    ]);
    expect(useSession.getState().tokens).toEqual({
      accessToken: 'access-2',
      refreshToken: 'refresh-2',
    });
  });

  it('shares one refresh between calls that fail together', async () => {
    let answerRefresh: () => void = () => undefined;
    const refreshAnswered = new Promise<void>((resolve) => (answerRefresh = resolve));
    const backend = backendWithExpiredToken(async () => {
      await refreshAnswered;
      return json(200, tokenPair(2));
    });

    const calls = Promise.all([
      api.GET('/api/v1/auth/me'),
      api.GET('/api/v1/notifications'),
      api.GET('/api/v1/notifications/unread-count'),
      api.POST('/api/v1/notifications/read-all'),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    answerRefresh();
    const results = await calls;

    expect(results.map((r) => r.response.status)).toEqual([200, 200, 200, 200]);
    expect(backend.callsTo('POST', '/api/v1/auth/refresh')).toHaveLength(1);
    const retried = backend.calls.filter((c) => c.authorization === 'Bearer access-2');
    expect(retried).toHaveLength(4);
  });

  it('retries a late 401 with the token of the refresh that already happened', async () => {
    let answerSlowCall: () => void = () => undefined;
    const slowCallAnswered = new Promise<void>((resolve) => (answerSlowCall = resolve));
    const backend = fakeApi({
      'POST /api/v1/auth/refresh': () => json(200, tokenPair(2)),
      'GET /api/v1/auth/me': (call) =>
        call.authorization === 'Bearer access-2' ? json(200, me('Campo')) : expired(),
      'GET /api/v1/notifications': async (call) => {
        if (call.authorization === 'Bearer access-2') return page([]);
        await slowCallAnswered; // on the wire with access-1 while the refresh happens
        return expired();
      },
    });

    const slow = api.GET('/api/v1/notifications');
    await api.GET('/api/v1/auth/me');
    answerSlowCall();

    expect((await slow).response.status).toBe(200);
    expect(backend.callsTo('POST', '/api/v1/auth/refresh')).toHaveLength(1);
  });

  it('signs out when the refresh is refused', async () => {
    const backend = backendWithExpiredToken(() =>
      problem(401, 'unauthorized', 'Refresh token reused: session revoked'),
    );

    const { error, response } = await api.GET('/api/v1/auth/me');

    expect(response.status).toBe(401);
    expect(error).toMatchObject({ code: 'unauthorized' });
    expect(backend.callsTo('GET', '/api/v1/auth/me')).toHaveLength(1);
    expect(useSession.getState()).toMatchObject({
      status: 'signedOut',
      tokens: null,
      signOutReason: 'expired',
    });
  });

  it('keeps the session when the refresh cannot reach the server', async () => {
    backendWithExpiredToken(() => {
      throw new TypeError('Network request failed');
    });

    await expect(api.GET('/api/v1/auth/me')).rejects.toThrow('Network request failed');

    expect(useSession.getState()).toMatchObject({ status: 'signedIn' });
    expect(useSession.getState().tokens?.refreshToken).toBe('refresh-1');
  });
});

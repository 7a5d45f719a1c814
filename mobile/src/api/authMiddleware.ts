import type { Middleware } from 'openapi-fetch';

import { useSession } from '@/session/store';
import type { Tokens } from '@/session/tokens';

/** Calls that carry no access token and are never retried after a refresh. */
const TOKENLESS = new Set(['/api/v1/auth/login', '/api/v1/auth/refresh', '/api/v1/auth/logout']);

/** POST /auth/refresh: the new pair, or the status of its refusal. */
export type RefreshCall = (refreshToken: string) => Promise<Tokens | { status: number }>;

/**
 * Bearer on every call; on a 401, one refresh shared by every call waiting for it, then
 * one retry with the new token. A refused refresh signs out; a network failure or a
 * server error keeps the session (a weak connection must not sign anyone out).
 */
export function createAuthMiddleware(refresh: RefreshCall): Middleware {
  let pendingRefresh: Promise<string | null> | null = null;
  const retries = new Map<string, Request>();

  async function refreshSession(): Promise<string | null> {
    const session = useSession.getState();
    if (!session.tokens) return null;
    const result = await refresh(session.tokens.refreshToken);
    if ('accessToken' in result) {
      await session.replaceTokens(result);
      return result.accessToken;
    }
    if (result.status < 500) await session.signOut('expired');
    return null;
  }

  function sharedRefresh(): Promise<string | null> {
    pendingRefresh ??= refreshSession().finally(() => {
      pendingRefresh = null;
    });
    return pendingRefresh;
  }

  return {
    onRequest({ request, schemaPath, id }) {
      const token = useSession.getState().tokens?.accessToken;
      if (TOKENLESS.has(schemaPath) || !token || request.headers.has('Authorization')) return;
      request.headers.set('Authorization', `Bearer ${token}`);
      retries.set(id, request.clone());
      return request;
    },
    async onResponse({ request, response, id, options }) {
      const retry = retries.get(id);
      retries.delete(id);
      if (response.status !== 401 || !retry) return;
      // Another call may have refreshed while this one was on the wire: use its token.
      const current = useSession.getState().tokens?.accessToken;
      const sent = request.headers.get('Authorization');
      const token = current && `Bearer ${current}` !== sent ? current : await sharedRefresh();
      if (!token) return;
      retry.headers.set('Authorization', `Bearer ${token}`);
      return options.fetch(retry);
    },
    onError({ id }) {
      retries.delete(id);
    },
  };
}

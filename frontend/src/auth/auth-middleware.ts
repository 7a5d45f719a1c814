import type { Middleware } from "openapi-fetch";

import type { Session } from "./session";

function bearer(token: string): string {
  return `Bearer ${token}`;
}

/**
 * Sends the in-memory access token with every call. A 401 triggers one refresh (shared with
 * every other call that failed at the same time) and one retry; when the refresh fails the
 * session is already signed out and the 401 is returned as is.
 */
export function authMiddleware(session: Session): Middleware {
  const retries = new Map<string, Request>();
  return {
    async onRequest({ request, id }) {
      const token = await session.ensureToken();
      if (token) request.headers.set("Authorization", bearer(token));
      retries.set(id, request.clone());
      return request;
    },
    async onResponse({ request, response, id, options }) {
      const retry = retries.get(id);
      retries.delete(id);
      const sent = request.headers.get("Authorization");
      // sent without a token: there is no session to refresh
      if (response.status !== 401 || !retry || !sent) return undefined;
      const current = session.accessToken;
      // another call may have refreshed while this one was in flight: use its token
      const token = current && bearer(current) !== sent ? current : await session.refresh();
      if (!token) return undefined;
      retry.headers.set("Authorization", bearer(token));
      return options.fetch(retry);
    },
    onError({ id }) {
      retries.delete(id);
    },
  };
}

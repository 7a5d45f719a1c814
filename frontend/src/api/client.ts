import createClient, { type Client } from "openapi-fetch";

import { authMiddleware } from "@/auth/auth-middleware";
import { Session } from "@/auth/session";

import type { paths } from "./schema";

/** The backend as the browser reaches it. */
export const API_URL = (process.env.NEXT_PUBLIC_API_URL ?? "http://127.0.0.1:8000").replace(/\/$/, "");

export type ApiClient = Client<paths>;

/** A typed client that authenticates every call through `session`. */
export function createApiClient(session: Session, baseUrl: string = API_URL): ApiClient {
  // late-bound fetch, so that whatever fetch is installed when a call is made is used
  const client = createClient<paths>({ baseUrl, fetch: (request) => globalThis.fetch(request) });
  client.use(authMiddleware(session));
  return client;
}

/** The browser's one session and one API client. */
export const session = new Session();
export const api = createApiClient(session);

/** For the few public endpoints (accepting an invitation): no session, no token. */
export const publicApi = createClient<paths>({ baseUrl: API_URL, fetch: (request) => globalThis.fetch(request) });

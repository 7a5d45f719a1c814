import { delay, http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { createApiClient, type ApiClient } from "@/api/client";
import { BACKEND, server, WEB } from "@/test/server";
import { grant, user } from "@/test/users";

import { Session } from "./session";

const problem = (status: number, code: string) =>
  HttpResponse.json({ title: code, status, code }, { status, headers: { "Content-Type": "application/problem+json" } });

/** The backend's /auth/me: 200 for `valid`, 401 for anything else; records what it saw. */
function meAccepting(valid: string, seen: (string | null)[] = []) {
  return http.get(`${BACKEND}/api/v1/auth/me`, ({ request }) => {
    const authorization = request.headers.get("Authorization");
    seen.push(authorization);
    return authorization === `Bearer ${valid}` ? HttpResponse.json(user()) : problem(401, "unauthorized");
  });
}

/** The session handler's /refresh, answering `token` (after `wait` ms); counts calls. */
function refreshGiving(token: string | null, calls: { count: number }, wait = 0) {
  return http.post(`${WEB}/api/session/refresh`, async () => {
    calls.count += 1;
    await delay(wait);
    return token ? HttpResponse.json(grant(token)) : problem(401, "session_expired");
  });
}

describe("the auth client", () => {
  let session: Session;
  let api: ApiClient;

  beforeEach(async () => {
    session = new Session();
    api = createApiClient(session, BACKEND);
    server.use(http.post(`${WEB}/api/session/login`, () => HttpResponse.json(grant("token-1"))));
    await session.signIn("admin@demo.local", "demo12345", "staff");
  });

  afterEach(() => {
    session.dispose();
    vi.useRealTimers();
  });

  it("sends the access token it holds in memory", async () => {
    const seen: (string | null)[] = [];
    server.use(meAccepting("token-1", seen));
    const { data } = await api.GET("/api/v1/auth/me");
    expect(data?.email).toBe("admin@demo.local");
    expect(seen).toEqual(["Bearer token-1"]);
  });

  it("refreshes on a 401 and retries the call once with the new token", async () => {
    const seen: (string | null)[] = [];
    const refreshes = { count: 0 };
    server.use(meAccepting("token-2", seen), refreshGiving("token-2", refreshes));
    const { data, response } = await api.GET("/api/v1/auth/me");
    expect(response.status).toBe(200);
    expect(data?.full_name).toBe("Ana Admin");
    expect(seen).toEqual(["Bearer token-1", "Bearer token-2"]);
    expect(refreshes.count).toBe(1);
    expect(session.accessToken).toBe("token-2");
  });

  it("retries a request with a body with that body intact", async () => {
    const bodies: unknown[] = [];
    const refreshes = { count: 0 };
    server.use(
      refreshGiving("token-2", refreshes),
      http.post(`${BACKEND}/api/v1/admin/api-keys`, async ({ request }) => {
        bodies.push(await request.json());
        return request.headers.get("Authorization") === "Bearer token-2"
          ? HttpResponse.json({ id: "k1", key: "sk_secret" }, { status: 201 })
          : problem(401, "unauthorized");
      }),
    );
    const { response } = await api.POST("/api/v1/admin/api-keys", { body: { name: "robot", role: "Agente_IA", scopes: [] } });
    expect(response.status).toBe(201);
    expect(bodies).toEqual([{ name: "robot", role: "Agente_IA", scopes: [] }, { name: "robot", role: "Agente_IA", scopes: [] }]);
  });

  it("shares one refresh among every call that got a 401 at the same time", async () => {
    const refreshes = { count: 0 };
    server.use(meAccepting("token-2"), refreshGiving("token-2", refreshes, 50));
    const results = await Promise.all(Array.from({ length: 5 }, () => api.GET("/api/v1/auth/me")));
    expect(results.map((result) => result.response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(refreshes.count).toBe(1);
  });

  it("signs out as expired when the refresh is refused, and returns the 401", async () => {
    const refreshes = { count: 0 };
    const states: string[] = [];
    session.subscribe(() => states.push(session.getState().status));
    server.use(meAccepting("never"), refreshGiving(null, refreshes));
    const { response, error } = await api.GET("/api/v1/auth/me");
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ code: "unauthorized" });
    expect(session.getState()).toEqual({ status: "signed-out", reason: "expired" });
    expect(session.accessToken).toBeNull();
    expect(states).toEqual(["signed-out"]);
    // signed out: later calls go without a token and do not try to refresh again
    const seen: (string | null)[] = [];
    server.use(meAccepting("never", seen));
    await api.GET("/api/v1/auth/me");
    expect(seen).toEqual([null]);
    expect(refreshes.count).toBe(1);
  });

  it("keeps the session when the session server cannot be reached", async () => {
    server.use(meAccepting("never"), http.post(`${WEB}/api/session/refresh`, () => problem(503, "backend_unavailable")));
    const { response } = await api.GET("/api/v1/auth/me");
    expect(response.status).toBe(401);
    expect(session.getState().status).toBe("authenticated");
  });

  it("logs out: revokes on the server and forgets the token", async () => {
    const logouts = { count: 0 };
    server.use(
      http.post(`${WEB}/api/session/logout`, () => {
        logouts.count += 1;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    await session.signOut();
    expect(logouts.count).toBe(1);
    expect(session.accessToken).toBeNull();
    expect(session.getState()).toEqual({ status: "signed-out", reason: "logout" });
    expect(await session.ensureToken()).toBeNull();
  });

  it("refreshes silently a minute before the access token expires", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const refreshes = { count: 0 };
    server.use(
      http.post(`${WEB}/api/session/login`, () => HttpResponse.json(grant("short", 120))),
      refreshGiving("token-2", refreshes),
    );
    await session.signIn("admin@demo.local", "demo12345", "staff");
    await vi.advanceTimersByTimeAsync(59_000);
    expect(refreshes.count).toBe(0);
    await vi.advanceTimersByTimeAsync(2_000);
    await vi.waitFor(() => expect(session.accessToken).toBe("token-2"));
    expect(refreshes.count).toBe(1);
  });
});

describe("restoring a session on a fresh page", () => {
  it("stays signed out without a message when there is no session cookie", async () => {
    const session = new Session();
    server.use(http.post(`${WEB}/api/session/refresh`, () => problem(401, "no_session")));
    expect(await session.refresh()).toBeNull();
    expect(session.getState()).toEqual({ status: "signed-out", reason: null });
    session.dispose();
  });

  it("says the session expired when the cookie no longer works", async () => {
    const session = new Session();
    server.use(http.post(`${WEB}/api/session/refresh`, () => problem(401, "session_expired")));
    await session.refresh();
    expect(session.getState()).toEqual({ status: "signed-out", reason: "expired" });
    session.dispose();
  });

  it("reports the server unavailable instead of signing out", async () => {
    const session = new Session();
    server.use(http.post(`${WEB}/api/session/refresh`, () => HttpResponse.error()));
    await session.refresh();
    expect(session.getState()).toEqual({ status: "unavailable" });
    session.dispose();
  });

  it("turns a refused login into an ApiError with the Retry-After wait", async () => {
    const session = new Session();
    server.use(
      http.post(`${WEB}/api/session/login`, () =>
        HttpResponse.json({ title: "Too many requests", status: 429, code: "rate_limited" }, { status: 429, headers: { "Retry-After": "42" } }),
      ),
    );
    await expect(session.signIn("a@b.c", "x", "staff")).rejects.toMatchObject({ status: 429, retryAfter: 42 });
    session.dispose();
  });
});

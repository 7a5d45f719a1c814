// @vitest-environment node
import { delay, http, HttpResponse } from "msw";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { POST as login } from "@/app/api/session/login/route";
import { POST as logout } from "@/app/api/session/logout/route";
import { POST as refresh } from "@/app/api/session/refresh/route";
import { BACKEND, server, WEB } from "@/test/server";
import { user } from "@/test/users";

const tokens = (n: number) => ({ access_token: `access-${n}`, refresh_token: `refresh-token-${n}`, token_type: "bearer", expires_in: 900 });

function post(path: string, body: unknown, cookie?: string) {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (cookie) headers.Cookie = cookie;
  return new NextRequest(`${WEB}${path}`, { method: "POST", headers, body: JSON.stringify(body) });
}

function cookiesOf(response: Response): Record<string, string> {
  return Object.fromEntries(response.headers.getSetCookie().map((line) => line.split(";")[0]!.split("=") as [string, string]));
}

describe("the session route handlers", () => {
  it("log in: the access token and user to the browser, the refresh token as an httpOnly cookie", async () => {
    server.use(
      http.post(`${BACKEND}/api/v1/auth/login`, () => HttpResponse.json(tokens(1))),
      http.get(`${BACKEND}/api/v1/auth/me`, () => HttpResponse.json(user())),
    );
    const response = await login(post("/api/session/login", { email: "admin@demo.local", password: "x", audience: "staff" }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual({ access_token: "access-1", expires_in: 900, user: user() });
    expect(JSON.stringify(body)).not.toContain("refresh-token-1");
    expect(cookiesOf(response)).toMatchObject({ somos_rt: "refresh-token-1", somos_aud: "staff" });
    const refreshCookie = response.headers.getSetCookie().find((line) => line.startsWith("somos_rt="));
    expect(refreshCookie).toMatch(/HttpOnly/i);
    expect(refreshCookie).toMatch(/SameSite=lax/i);
  });

  it("refuse a staff account at the portal and revoke the session it just opened", async () => {
    const revoked: unknown[] = [];
    server.use(
      http.post(`${BACKEND}/api/v1/auth/login`, () => HttpResponse.json(tokens(1))),
      http.get(`${BACKEND}/api/v1/auth/me`, () => HttpResponse.json(user({ role: "Comercial" }))),
      http.post(`${BACKEND}/api/v1/auth/logout`, async ({ request }) => {
        revoked.push(await request.json());
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const response = await login(post("/api/session/login", { email: "comercial@demo.local", password: "x", audience: "client" }));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: "staff_account_on_portal" });
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(revoked).toEqual([{ refresh_token: "refresh-token-1" }]);
  });

  it("pass the backend's 429 on with its Retry-After", async () => {
    server.use(
      http.post(`${BACKEND}/api/v1/auth/login`, () =>
        HttpResponse.json({ title: "Too many requests", status: 429, code: "rate_limited" }, { status: 429, headers: { "Retry-After": "37" } }),
      ),
    );
    const response = await login(post("/api/session/login", { email: "a@b.c", password: "x", audience: "staff" }));
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("37");
    expect(await response.json()).toMatchObject({ code: "rate_limited" });
  });

  it("refresh: rotate the cookie", async () => {
    const presented: unknown[] = [];
    server.use(
      http.post(`${BACKEND}/api/v1/auth/refresh`, async ({ request }) => {
        presented.push(await request.json());
        return HttpResponse.json(tokens(2));
      }),
      http.get(`${BACKEND}/api/v1/auth/me`, () => HttpResponse.json(user())),
    );
    const response = await refresh(post("/api/session/refresh", {}, "somos_rt=refresh-token-1; somos_aud=staff"));
    expect(response.status).toBe(200);
    expect(presented).toEqual([{ refresh_token: "refresh-token-1" }]);
    expect((await response.json()).access_token).toBe("access-2");
    expect(cookiesOf(response).somos_rt).toBe("refresh-token-2");
  });

  it("refresh: a refused refresh token ends the session and clears the cookies", async () => {
    server.use(
      http.post(`${BACKEND}/api/v1/auth/refresh`, () =>
        HttpResponse.json({ title: "Authentication required", status: 401, code: "unauthorized" }, { status: 401 }),
      ),
    );
    const response = await refresh(post("/api/session/refresh", {}, "somos_rt=refresh-token-revoked"));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: "session_expired" });
    expect(cookiesOf(response)).toMatchObject({ somos_rt: "", somos_aud: "" });
  });

  it("refresh: the same cookie again within the grace window (its answer never reached the browser) gets that rotation, not a replay", async () => {
    let rotations = 0;
    server.use(
      http.post(`${BACKEND}/api/v1/auth/refresh`, async () => {
        rotations += 1;
        await delay(20);
        return rotations === 1
          ? HttpResponse.json(tokens(7))
          : HttpResponse.json({ title: "Authentication required", status: 401, code: "unauthorized" }, { status: 401 });
      }),
      http.get(`${BACKEND}/api/v1/auth/me`, () => HttpResponse.json(user())),
    );
    const cookie = "somos_rt=refresh-token-reloaded";
    const [first, during] = await Promise.all([
      refresh(post("/api/session/refresh", {}, cookie)),
      refresh(post("/api/session/refresh", {}, cookie)),
    ]);
    const after = await refresh(post("/api/session/refresh", {}, cookie));
    for (const response of [first, during, after]) {
      expect(response.status).toBe(200);
      expect(cookiesOf(response).somos_rt).toBe("refresh-token-7");
    }
    expect(rotations).toBe(1);
  });

  it("refresh: without a cookie there is no session (and no backend call)", async () => {
    const response = await refresh(post("/api/session/refresh", {}));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: "no_session" });
  });

  it("refuse anything but JSON (no cross-site form posts)", async () => {
    const request = new NextRequest(`${WEB}/api/session/logout`, { method: "POST", body: "x", headers: { "Content-Type": "text/plain" } });
    expect((await logout(request)).status).toBe(415);
  });

  it("log out: revoke on the backend and clear the cookies", async () => {
    const revoked: unknown[] = [];
    server.use(
      http.post(`${BACKEND}/api/v1/auth/logout`, async ({ request }) => {
        revoked.push(await request.json());
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const response = await logout(post("/api/session/logout", {}, "somos_rt=refresh-token-1"));
    expect(response.status).toBe(204);
    expect(revoked).toEqual([{ refresh_token: "refresh-token-1" }]);
    expect(cookiesOf(response)).toMatchObject({ somos_rt: "" });
  });
});

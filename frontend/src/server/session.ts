import "server-only";

import { NextResponse, type NextRequest } from "next/server";

import type { components } from "@/api/schema";
import { audienceOf } from "@/auth/permissions";
import type { SessionGrant } from "@/auth/session";

import { AUDIENCE_COOKIE, REFRESH_COOKIE } from "./cookies";

type TokenResponse = components["schemas"]["TokenResponse"];
type MeRead = components["schemas"]["MeRead"];

/** Lifetime of the refresh cookie: the backend's refresh token lifetime (7 days by default). */
const SESSION_MAX_AGE = Number(process.env.SESSION_MAX_AGE_SECONDS ?? 7 * 24 * 3600);

const NO_STORE = { "Cache-Control": "no-store" };

function isHttps(request: NextRequest): boolean {
  return (request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "")) === "https";
}

/** The access token and the user for the browser; the refresh token as an httpOnly cookie. */
export function grantResponse(request: NextRequest, tokens: TokenResponse, user: MeRead): NextResponse {
  const grant: SessionGrant = { access_token: tokens.access_token, expires_in: tokens.expires_in, user };
  const response = NextResponse.json(grant, { headers: NO_STORE });
  const cookie = { httpOnly: true, sameSite: "lax", secure: isHttps(request), path: "/", maxAge: SESSION_MAX_AGE } as const;
  response.cookies.set(REFRESH_COOKIE, tokens.refresh_token, cookie);
  response.cookies.set(AUDIENCE_COOKIE, audienceOf(user), cookie);
  return response;
}

export function clearSessionCookies(response: NextResponse): NextResponse {
  response.cookies.delete(REFRESH_COOKIE);
  response.cookies.delete(AUDIENCE_COOKIE);
  return response;
}

/** A problem+json answer of our own (the backend's are relayed as they are). */
export function problem(status: number, code: string, title: string, detail?: string): NextResponse {
  return NextResponse.json(
    { type: "about:blank", title, status, code, detail },
    { status, headers: { ...NO_STORE, "Content-Type": "application/problem+json" } },
  );
}

/** The backend's refusal, passed on with its status, problem body and Retry-After. */
export function relay(response: Response, body: unknown): NextResponse {
  const headers: Record<string, string> = { ...NO_STORE, "Content-Type": "application/problem+json" };
  const retryAfter = response.headers.get("Retry-After");
  if (retryAfter) headers["Retry-After"] = retryAfter;
  return NextResponse.json(body ?? { title: response.statusText, status: response.status, code: `http_${response.status}` },
    { status: response.status, headers });
}

export function backendUnavailable(): NextResponse {
  return problem(503, "backend_unavailable", "The server cannot be reached", "Try again in a moment");
}

/** Only JSON bodies: a cross-site form cannot send one without a CORS preflight we never allow. */
export function refuseNonJson(request: NextRequest): NextResponse | null {
  const type = request.headers.get("content-type") ?? "";
  return type.startsWith("application/json")
    ? null
    : problem(415, "unsupported_media_type", "Send application/json");
}

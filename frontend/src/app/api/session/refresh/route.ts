import type { NextRequest } from "next/server";

import { backendFor, whoIs } from "@/server/backend";
import { REFRESH_COOKIE } from "@/server/cookies";
import { rotateOnce, type Rotation } from "@/server/rotation";
import { backendUnavailable, clearSessionCookies, grantResponse, problem, refuseNonJson } from "@/server/session";

/** A refused token ends the session; an overloaded or unreachable backend does not. */
function failed(status: number) {
  if (status >= 500 || status === 429) return backendUnavailable();
  return clearSessionCookies(problem(401, "session_expired", "Your session has expired", "Sign in again"));
}

async function rotate(backend: ReturnType<typeof backendFor>, refreshToken: string): Promise<Rotation> {
  try {
    const refreshed = await backend.POST("/api/v1/auth/refresh", { body: { refresh_token: refreshToken } });
    if (!refreshed.data) return { ok: false, status: refreshed.response.status };
    const me = await whoIs(backend, refreshed.data.access_token);
    if (!me.data) return { ok: false, status: me.response.status };
    return { ok: true, tokens: refreshed.data, user: me.data };
  } catch {
    return { ok: false, status: 503 };
  }
}

/** Exchanges the refresh cookie for a new access token (and a rotated cookie). */
export async function POST(request: NextRequest) {
  const refused = refuseNonJson(request);
  if (refused) return refused;
  const refreshToken = request.cookies.get(REFRESH_COOKIE)?.value;
  if (!refreshToken) return problem(401, "no_session", "Not signed in");
  const rotation = await rotateOnce(refreshToken, () => rotate(backendFor(request), refreshToken));
  return rotation.ok ? grantResponse(request, rotation.tokens, rotation.user) : failed(rotation.status);
}

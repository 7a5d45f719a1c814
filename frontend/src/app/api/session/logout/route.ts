import { NextResponse, type NextRequest } from "next/server";

import { backendFor } from "@/server/backend";
import { REFRESH_COOKIE } from "@/server/cookies";
import { clearSessionCookies, refuseNonJson } from "@/server/session";

/** Revokes the session on the backend and drops the cookies. */
export async function POST(request: NextRequest) {
  const refused = refuseNonJson(request);
  if (refused) return refused;
  const refreshToken = request.cookies.get(REFRESH_COOKIE)?.value;
  if (refreshToken) {
    await backendFor(request)
      .POST("/api/v1/auth/logout", { body: { refresh_token: refreshToken } })
      .catch(() => undefined); // the cookie goes anyway; the token dies at its expiry
  }
  return clearSessionCookies(new NextResponse(null, { status: 204, headers: { "Cache-Control": "no-store" } }));
}

import type { NextRequest } from "next/server";

import { backendFor, whoIs } from "@/server/backend";
import { backendUnavailable, grantResponse, problem, refuseNonJson, relay } from "@/server/session";

interface LoginBody {
  email?: unknown;
  password?: unknown;
  audience?: unknown;
}

/** Signs in for the dashboard (`audience: "staff"`) or the client portal (`"client"`). */
export async function POST(request: NextRequest) {
  const refused = refuseNonJson(request);
  if (refused) return refused;
  const body = (await request.json().catch(() => ({}))) as LoginBody;
  const audience = body.audience === "client" ? "client" : "staff";
  const backend = backendFor(request);
  try {
    const login = await backend.POST("/api/v1/auth/login", {
      body: { email: String(body.email ?? ""), password: String(body.password ?? "") },
    });
    if (!login.data) return relay(login.response, login.error);
    const tokens = login.data;
    const me = await whoIs(backend, tokens.access_token);
    if (!me.data) return relay(me.response, me.error);
    if (audience === "client" && me.data.role !== "Cliente") {
      await backend.POST("/api/v1/auth/logout", { body: { refresh_token: tokens.refresh_token } });
      return problem(403, "staff_account_on_portal", "This is the client portal",
        "Staff accounts sign in to the dashboard");
    }
    return grantResponse(request, tokens, me.data);
  } catch {
    return backendUnavailable();
  }
}

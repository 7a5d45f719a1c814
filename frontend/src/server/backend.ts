import "server-only";

import createClient from "openapi-fetch";

import type { paths } from "@/api/schema";

/** The backend as this server reaches it (may differ from the browser's NEXT_PUBLIC_API_URL). */
const API_URL = (process.env.API_URL ?? "http://127.0.0.1:8000").replace(/\/$/, "");

/**
 * A typed backend client for the session route handlers. The caller's IP and user agent are
 * passed on, so that the backend's login limits and audit entries name the person, not us.
 */
export function backendFor(request: Request) {
  const headers: Record<string, string> = {};
  const forwardedFor = request.headers.get("x-forwarded-for") ?? request.headers.get("x-real-ip");
  if (forwardedFor) headers["X-Forwarded-For"] = forwardedFor;
  const userAgent = request.headers.get("user-agent");
  if (userAgent) headers["User-Agent"] = userAgent;
  const requestId = request.headers.get("x-request-id");
  if (requestId) headers["X-Request-ID"] = requestId;
  return createClient<paths>({ baseUrl: API_URL, headers, cache: "no-store" });
}

/** Who a fresh access token belongs to (the user the browser will show). */
export function whoIs(backend: ReturnType<typeof backendFor>, accessToken: string) {
  return backend.GET("/api/v1/auth/me", { headers: { Authorization: `Bearer ${accessToken}` } });
}

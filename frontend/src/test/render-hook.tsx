import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { renderHook } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import type { ReactNode } from "react";

import { createQueryClient } from "@/api/query-client";

import { server, WEB } from "./server";
import { grant } from "./users";

/** A hook rendered inside its own query client, the way the app provides one. */
export function renderQueryHook<T>(hook: () => T, queryClient: QueryClient = createQueryClient()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return { ...renderHook(hook, { wrapper }), queryClient };
}

/** The session handler restoring a signed-in session, as on a fresh page load. */
export function signedInSession(token = "token-1") {
  server.use(http.post(`${WEB}/api/session/refresh`, () => HttpResponse.json(grant(token))));
}

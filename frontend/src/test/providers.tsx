/**
 * For component tests: a signed-in session of a given user (through the session route, as a
 * page load restores it) and the app's providers (queries, pt-BR) around what is rendered.
 */
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { render, renderHook } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import type { ReactElement, ReactNode } from "react";

import { session } from "@/api/client";
import { createQueryClient } from "@/api/query-client";
import type { SessionUser } from "@/auth/session";
import { I18nProvider } from "@/i18n/i18n-provider";

import { server, WEB } from "./server";

/** Signs `who` in, the way a reload restores the session. */
export async function signInAs(who: SessionUser): Promise<void> {
  server.use(http.post(`${WEB}/api/session/refresh`, () => HttpResponse.json({ access_token: `token-${who.id}`, expires_in: 900, user: who })));
  await session.refresh();
}

function wrapperOf(queryClient: QueryClient) {
  return function Providers({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <I18nProvider initialLocale="pt-BR">{children}</I18nProvider>
      </QueryClientProvider>
    );
  };
}

export function renderWithProviders(ui: ReactElement, queryClient: QueryClient = createQueryClient()) {
  return { ...render(ui, { wrapper: wrapperOf(queryClient) }), queryClient };
}

export function renderHookWithProviders<T>(hook: () => T, queryClient: QueryClient = createQueryClient()) {
  return { ...renderHook(hook, { wrapper: wrapperOf(queryClient) }), queryClient };
}

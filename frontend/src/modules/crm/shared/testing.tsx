/**
 * For the CRM's component tests: a signed-in session of a given role (through the session
 * route, as a page load restores it) and the app's providers around what is rendered.
 */
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { render, renderHook } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import type { ReactElement, ReactNode } from "react";

import { session } from "@/api/client";
import { createQueryClient } from "@/api/query-client";
import type { SessionUser } from "@/auth/session";
import { I18nProvider } from "@/i18n/i18n-provider";
import { server, WEB } from "@/test/server";
import { user } from "@/test/users";

export const DIRETOR = user({
  id: "00000000-0000-4000-8000-00000000d001",
  full_name: "Diego Diretor",
  role: "Diretor",
  permissions: ["crm:read", "crm:write"],
});
export const COMERCIAL = user({
  id: "00000000-0000-4000-8000-00000000c001",
  full_name: "Carla Comercial",
  role: "Comercial",
  permissions: ["crm:read", "crm:write"],
});

/** Who `GET /crm/owners` lists, as the backend answers. */
export const COLLEAGUES = [
  { user_id: COMERCIAL.id, full_name: COMERCIAL.full_name, role: "Comercial" },
  { user_id: DIRETOR.id, full_name: DIRETOR.full_name, role: "Diretor" },
] as const;

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

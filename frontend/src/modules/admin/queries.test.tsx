import { act, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";

import { ApiError } from "@/api/problem";
import { renderQueryHook, signedInSession } from "@/test/render-hook";
import { BACKEND, server } from "@/test/server";

import { useApiKeys, useCreateApiKey, useUsers } from "./queries";

const member = (n: number) => ({
  user_id: `00000000-0000-4000-8000-00000000000${n}`,
  email: `user${n}@demo.local`,
  full_name: `User ${n}`,
  role: "Comercial",
  client_company_id: null,
  is_active: true,
  last_login_at: null,
  created_at: "2026-12-01T07:33:35Z",
});

describe("useUsers", () => {
  it("sends the filters with the session's token and loads more pages by cursor", async () => {
    signedInSession("token-1");
    const requests: URL[] = [];
    server.use(
      http.get(`${BACKEND}/api/v1/admin/users`, ({ request }) => {
        expect(request.headers.get("Authorization")).toBe("Bearer token-1");
        const url = new URL(request.url);
        requests.push(url);
        return url.searchParams.get("cursor") === "page-2"
          ? HttpResponse.json({ items: [member(3)], next_cursor: null })
          : HttpResponse.json({ items: [member(1), member(2)], next_cursor: "page-2" });
      }),
    );
    const { result } = renderQueryHook(() => useUsers({ q: "ana", role: "Comercial", active: false }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(Object.fromEntries(requests[0]!.searchParams)).toEqual({ q: "ana", role: "Comercial", active: "false", limit: "50" });
    expect(result.current.hasNextPage).toBe(true);

    await act(() => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.hasNextPage).toBe(false));
    expect(requests[1]!.searchParams.get("cursor")).toBe("page-2");
    expect(result.current.data?.pages.flatMap((page) => page.items).map((m) => m.email)).toEqual([
      "user1@demo.local",
      "user2@demo.local",
      "user3@demo.local",
    ]);
  });
});

describe("useCreateApiKey", () => {
  it("hands the backend's field errors to the form", async () => {
    signedInSession();
    server.use(
      http.post(`${BACKEND}/api/v1/admin/api-keys`, () =>
        HttpResponse.json(
          {
            type: "https://docs.somos.local/problems/validation_error",
            title: "Invalid input",
            status: 422,
            code: "validation_error",
            request_id: "r1",
            errors: [{ field: "name", message: "String should have at least 2 characters", type: "string_too_short" }],
          },
          { status: 422, headers: { "Content-Type": "application/problem+json" } },
        ),
      ),
    );
    const { result } = renderQueryHook(() => useCreateApiKey());
    await act(async () => {
      await result.current.mutateAsync({ name: "x", role: "Agente_IA", scopes: [] }).catch(() => undefined);
    });
    const error = result.current.error;
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fieldErrors).toEqual({ name: "String should have at least 2 characters" });
  });

  it("returns the secret once and refreshes the key list", async () => {
    signedInSession();
    let listed = 0;
    server.use(
      http.get(`${BACKEND}/api/v1/admin/api-keys`, () => {
        listed += 1;
        return HttpResponse.json({ items: [], next_cursor: null });
      }),
      http.post(`${BACKEND}/api/v1/admin/api-keys`, async ({ request }) => {
        const body = (await request.json()) as { name: string };
        return HttpResponse.json({ id: "k1", name: body.name, key: "sk_secret", prefix: "abcd1234" }, { status: 201 });
      }),
    );
    const { result } = renderQueryHook(() => ({ list: useApiKeys(false), create: useCreateApiKey() }));
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    let created: { key: string } | undefined;
    await act(async () => {
      created = await result.current.create.mutateAsync({ name: "robot", role: "Agente_IA", scopes: ["crm:read"] });
    });
    expect(created?.key).toBe("sk_secret");
    await waitFor(() => expect(listed).toBe(2));
  });
});

import { waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";

import { renderQueryHook, signedInSession } from "@/test/render-hook";
import { BACKEND, server } from "@/test/server";

import { useCompaniesByIds } from "./queries";

const company = (id: string, legalName: string) => ({
  id, legal_name: legalName, trade_name: null, cnpj: null, industry: null, cnae: null, size: null, website: null, domain: null,
  address: {}, phones: [], owner_id: null, tag_ids: [], custom_fields: {}, created_at: "2026-12-01T10:00:00Z", updated_at: "2026-12-01T10:00:00Z",
});

describe("useCompaniesByIds", () => {
  it("fetches the companies a page names in one request, and tells a hidden one from one still loading", async () => {
    signedInSession();
    const requests: URL[] = [];
    server.use(
      http.get(`${BACKEND}/api/v1/crm/companies`, ({ request }) => {
        requests.push(new URL(request.url));
        // c2 is outside the caller's portfolio: the list leaves it out
        return HttpResponse.json({ items: [company("c1", "Acme Filmes Ltda"), company("c3", "Beta Ltda")], next_cursor: null });
      }),
    );
    const { result } = renderQueryHook(() => useCompaniesByIds(["c3", "c1", null, "c3", "c2"]));
    expect(result.current.get("c1")).toBeUndefined();
    await waitFor(() => expect(result.current.get("c1")?.legal_name).toBe("Acme Filmes Ltda"));
    expect(result.current.get("c3")?.legal_name).toBe("Beta Ltda");
    expect(result.current.get("c2")).toBeNull();
    expect(requests).toHaveLength(1);
    expect(requests[0]!.searchParams.getAll("ids")).toEqual(["c1", "c2", "c3"]);
    expect(requests[0]!.searchParams.get("limit")).toBe("3");
  });
});

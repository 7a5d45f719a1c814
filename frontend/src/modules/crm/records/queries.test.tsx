import { act, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";

import { ApiError } from "@/api/problem";
import { renderQueryHook, signedInSession } from "@/test/render-hook";
import { BACKEND, server } from "@/test/server";

import { fetchExport } from "./list/queries";
import { useBulkTag, useCompanies, useCompany, useContacts, useCreateCompany, useMergeRecords } from "./queries";

const company = (n: number, extra: Record<string, unknown> = {}) => ({
  id: `00000000-0000-4000-8000-0000000000c${n}`,
  legal_name: `Empresa ${n} Ltda`,
  trade_name: null,
  cnpj: null,
  industry: null,
  cnae: null,
  size: null,
  website: null,
  domain: null,
  address: {},
  phones: [],
  owner_id: null,
  tag_ids: [],
  custom_fields: {},
  created_at: "2026-12-01T10:00:00Z",
  updated_at: "2026-12-01T10:00:00Z",
  ...extra,
});

const problem = (status: number, errors: { field: string; message: string; type: string }[]) =>
  HttpResponse.json(
    { type: "https://docs.somos.local/problems/validation_error", title: "Invalid input", status, code: "validation_error", request_id: "r1", errors },
    { status, headers: { "Content-Type": "application/problem+json" } },
  );

describe("useCompanies", () => {
  it("sends the filters (a tag per parameter), the sort, and loads more by cursor", async () => {
    signedInSession("token-1");
    const requests: URL[] = [];
    server.use(
      http.get(`${BACKEND}/api/v1/crm/companies`, ({ request }) => {
        expect(request.headers.get("Authorization")).toBe("Bearer token-1");
        const url = new URL(request.url);
        requests.push(url);
        return url.searchParams.get("cursor") === "page-2"
          ? HttpResponse.json({ items: [company(3)], next_cursor: null })
          : HttpResponse.json({ items: [company(1), company(2)], next_cursor: "page-2" });
      }),
    );
    const filters = { q: "acme", tag_ids: ["t1", "t2"], state: "SP" };
    const { result } = renderQueryHook(() => useCompanies(filters, "legal_name"));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const params = requests[0]!.searchParams;
    expect(params.get("q")).toBe("acme");
    expect(params.getAll("tag_ids")).toEqual(["t1", "t2"]);
    expect(params.get("state")).toBe("SP");
    expect(params.get("sort")).toBe("legal_name");

    expect(result.current.hasNextPage).toBe(true);

    await act(() => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.hasNextPage).toBe(false));
    expect(requests[1]!.searchParams.get("cursor")).toBe("page-2");
    expect(result.current.data?.pages.flatMap((page) => page.items).map((c) => c.legal_name)).toEqual([
      "Empresa 1 Ltda",
      "Empresa 2 Ltda",
      "Empresa 3 Ltda",
    ]);
  });
});

describe("useCreateCompany", () => {
  it("hands a refused CNPJ to its field", async () => {
    signedInSession();
    server.use(
      http.post(`${BACKEND}/api/v1/crm/companies`, () =>
        problem(422, [{ field: "cnpj", message: "invalid CNPJ check digits", type: "value_error" }]),
      ),
    );
    const { result } = renderQueryHook(() => useCreateCompany());
    await act(async () => {
      await result.current.mutateAsync({ legal_name: "Acme", cnpj: "11222333000199" }).catch(() => undefined);
    });
    expect(result.current.error).toBeInstanceOf(ApiError);
    expect((result.current.error as ApiError).fieldErrors).toEqual({ cnpj: "invalid CNPJ check digits" });
  });

  it("refreshes the lists, and keeps the new company for its page", async () => {
    signedInSession();
    let listed = 0;
    server.use(
      http.get(`${BACKEND}/api/v1/crm/companies`, () => {
        listed += 1;
        return HttpResponse.json({ items: [], next_cursor: null });
      }),
      http.post(`${BACKEND}/api/v1/crm/companies`, async ({ request }) => {
        const body = (await request.json()) as { legal_name: string };
        return HttpResponse.json(company(9, { legal_name: body.legal_name }), { status: 201 });
      }),
    );
    const { result, queryClient } = renderQueryHook(() => ({ list: useCompanies({}, "-created_at"), create: useCreateCompany() }));
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    await act(async () => {
      await result.current.create.mutateAsync({ legal_name: "Nova Ltda" });
    });
    await waitFor(() => expect(listed).toBe(2));
    expect(queryClient.getQueryData(["crm", "companies", "detail", company(9).id])).toMatchObject({ legal_name: "Nova Ltda" });
  });
});

describe("useBulkTag", () => {
  it("adds and removes tags on the selected records and refetches the list", async () => {
    signedInSession();
    let listed = 0;
    let sent: unknown;
    server.use(
      http.get(`${BACKEND}/api/v1/crm/contacts`, () => {
        listed += 1;
        return HttpResponse.json({ items: [], next_cursor: null });
      }),
      http.post(`${BACKEND}/api/v1/crm/contacts/bulk-tags`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({ updated: 2 });
      }),
    );
    const { result } = renderQueryHook(() => ({ bulk: useBulkTag("contact"), list: useContacts({}, "name") }));
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    let answer: { updated: number } | undefined;
    await act(async () => {
      answer = await result.current.bulk.mutateAsync({ ids: ["c1", "c2"], add: ["t1"] });
    });
    expect(sent).toEqual({ ids: ["c1", "c2"], add: ["t1"] });
    expect(answer).toEqual({ updated: 2 });
    await waitFor(() => expect(listed).toBe(2));
  });
});

describe("useMergeRecords", () => {
  it("merges the picked duplicates, forgets them and shows the kept company as the backend returns it", async () => {
    signedInSession();
    const kept = company(1);
    const duplicate = company(2);
    let sent: unknown;
    server.use(
      http.get(`${BACKEND}/api/v1/crm/companies/:id`, ({ params }) => HttpResponse.json(params.id === kept.id ? kept : duplicate)),
      http.post(`${BACKEND}/api/v1/crm/companies/${kept.id}/merge`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({ ...kept, phones: [{ number: "+551134567890", label: null, whatsapp: false }] });
      }),
    );
    const { result, queryClient } = renderQueryHook(() => ({ kept: useCompany(kept.id), merge: useMergeRecords("company", kept.id) }));
    queryClient.setQueryData(["crm", "companies", "detail", duplicate.id], duplicate); // its page was seen before
    await waitFor(() => expect(result.current.kept.isSuccess).toBe(true));
    expect(result.current.kept.data?.phones).toHaveLength(0);
    await act(async () => {
      await result.current.merge.mutateAsync([duplicate.id]);
    });
    expect(sent).toEqual({ duplicate_ids: [duplicate.id] });
    expect(queryClient.getQueryData(["crm", "companies", "detail", duplicate.id])).toBeUndefined();
    await waitFor(() => expect(result.current.kept.data?.phones).toHaveLength(1));
  });
});

describe("fetchExport", () => {
  it("downloads the list's current filters, sort and columns (id first) as a file named by the server", async () => {
    signedInSession();
    let asked: URL | undefined;
    server.use(
      http.get(`${BACKEND}/api/v1/crm/companies/export`, ({ request }) => {
        asked = new URL(request.url);
        return new HttpResponse("\ufeffid;legal_name\r\nc1;Acme\r\n", {
          headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="crm-companies-20261201-1005.csv"' },
        });
      }),
    );
    const { blob, filename } = await fetchExport("company", {
      state: { filters: { q: "acme", tag_ids: ["t1"] }, sort: "legal_name", columns: ["legal_name", "cnpj"] },
      format: "csv",
    });
    expect(asked?.searchParams.get("format")).toBe("csv");
    expect(asked?.searchParams.get("q")).toBe("acme");
    expect(asked?.searchParams.getAll("columns")).toEqual(["id", "legal_name", "cnpj"]);
    expect(asked?.searchParams.get("sort")).toBe("legal_name");
    expect(await blob.text()).toContain("c1;Acme");
    expect(filename).toBe("crm-companies-20261201-1005.csv");
  });

  it("fails with the backend's problem when the export is refused", async () => {
    signedInSession();
    server.use(
      http.get(`${BACKEND}/api/v1/crm/contacts/export`, () => problem(422, [{ field: "filters", message: "More than 100,000 rows: narrow the filters", type: "value_error" }])),
    );
    await expect(fetchExport("contact", { state: { filters: {}, sort: "-created_at", columns: [] }, format: "xlsx" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { filters: "More than 100,000 rows: narrow the filters" },
    });
  });
});

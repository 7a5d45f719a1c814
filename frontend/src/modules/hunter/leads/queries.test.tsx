import { act, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";

import { ApiError } from "@/api/problem";
import { renderQueryHook, signedInSession } from "@/test/render-hook";
import { BACKEND, server } from "@/test/server";

import { breakdownBars } from "./breakdown";
import { presetOf, readListParams, withPreset, writeListParams } from "./list-params";
import { leadKeys, useApproveLead, useApproveLeads, useDiscardLead, useLead, useLeads, useRescoreLead } from "./queries";
import { correctionsOf } from "./rescore-dialog";
import { lead, problem, SEARCH_ID } from "../test/fixtures";

describe("the leads list's address", () => {
  it("reads the filters a link carries and writes them back the same", () => {
    const params = new URLSearchParams(`search=${SEARCH_ID}&qualified=true&status=new&tier=hot&min_score=60&uf=sp&q=agência&sort=created_at&lead=l1&junk=1`);
    const state = readListParams(params);
    expect(state).toEqual({
      filters: { search_id: SEARCH_ID, status: "new", tier: "hot", qualified: true, min_score: 60, state: "SP", q: "agência" },
      sort: "created_at",
      lead: "l1",
    });
    expect(readListParams(writeListParams(state))).toEqual(state);
    expect(readListParams(new URLSearchParams("status=bogus&min_score=300&tier=x"))).toEqual({ filters: {}, sort: "score", lead: null });
  });

  it("has quick views over status and qualification that keep the other filters", () => {
    expect(presetOf({ status: "new", qualified: true, state: "SP" })).toBe("review");
    expect(presetOf({})).toBe("all");
    expect(presetOf({ status: "new" })).toBeNull();
    expect(withPreset({ status: "new", qualified: true, state: "SP" }, "approved")).toEqual({ state: "SP", status: "approved" });
  });
});

describe("a lead's breakdown", () => {
  it("fills each bar against the most that criterion could earn, similarity taking a fifth", () => {
    const bars = breakdownBars([
      { criterion: "industry", label: "Segmento", weight: 3, points: 24, matched: true, note: "" },
      { criterion: "location", label: "Localização", weight: 3, points: 0, matched: false, note: "Rio de Janeiro, RJ" },
      { criterion: "similarity", label: "Parecido", weight: 1.2, points: 10, matched: true, note: "" },
      { criterion: "disqualifier", label: "Desqualificação", weight: 0, points: 0, matched: true, note: "contém “falência”" },
    ]);
    expect(bars.map((b) => [b.item.criterion, b.max, b.fill])).toEqual([["industry", 40, 0.6], ["location", 40, 0], ["similarity", 20, 0.5]]);
  });
});

describe("useLeads", () => {
  it("sends the filters and sort, and loads the next page with the cursor", async () => {
    signedInSession();
    const requests: URL[] = [];
    server.use(
      http.get(`${BACKEND}/api/v1/hunter/leads`, ({ request }) => {
        const url = new URL(request.url);
        requests.push(url);
        return url.searchParams.get("cursor")
          ? HttpResponse.json({ items: [lead("l3")], next_cursor: null })
          : HttpResponse.json({ items: [lead("l1"), lead("l2")], next_cursor: "page-2" });
      }),
    );
    const { result } = renderQueryHook(() => {
      const list = useLeads({ search_id: SEARCH_ID, qualified: true, state: "SP", min_score: 70 }, "score");
      return { ...list, ids: list.data?.pages.flatMap((page) => page.items).map((l) => l.id), more: list.hasNextPage };
    });
    await waitFor(() => expect(result.current.ids).toEqual(["l1", "l2"]));
    expect(Object.fromEntries(requests[0]!.searchParams)).toEqual({ search_id: SEARCH_ID, qualified: "true", state: "SP", min_score: "70", sort: "score", limit: "50" });
    await act(() => result.current.fetchNextPage());
    expect(requests[1]!.searchParams.get("cursor")).toBe("page-2");
    await waitFor(() => expect(result.current.ids).toEqual(["l1", "l2", "l3"]));
    expect(result.current.more).toBe(false);
  });
});

describe("reviewing leads", () => {
  function serveList() {
    let served = 0;
    server.use(
      http.get(`${BACKEND}/api/v1/hunter/leads`, () => {
        served += 1;
        return HttpResponse.json({ items: [lead("l1"), lead("l2"), lead("l3")], next_cursor: null });
      }),
    );
    return () => served;
  }

  it("an approval shows in the list at once, in place (the row does not jump away)", async () => {
    signedInSession();
    const served = serveList();
    server.use(http.post(`${BACKEND}/api/v1/hunter/leads/l2/approve`, () => HttpResponse.json(lead("l2", { status: "approved", reviewed_at: "2026-12-01T11:00:00Z" }))));
    const filters = { status: "new" as const, qualified: true };
    const { result, queryClient } = renderQueryHook(() => {
      const list = useLeads(filters, "score");
      return { rows: list.data?.pages.flatMap((page) => page.items).map((l) => `${l.id}:${l.status}`), approve: useApproveLead() };
    });
    await waitFor(() => expect(result.current.rows).toHaveLength(3));
    await act(() => result.current.approve.mutateAsync("l2"));
    await waitFor(() => expect(result.current.rows).toEqual(["l1:new", "l2:approved", "l3:new"]));
    expect(queryClient.getQueryData(leadKeys.lead("l2"))).toMatchObject({ status: "approved" });
    // marked stale for the next visit, not fetched now
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(served()).toBe(1);
    expect(queryClient.getQueryState(leadKeys.list(filters, "score"))?.isInvalidated).toBe(true);
  });

  it("approves several in turn and goes on past a failure", async () => {
    signedInSession();
    const approved: string[] = [];
    server.use(
      http.post(`${BACKEND}/api/v1/hunter/leads/:id/approve`, ({ params }) => {
        if (params.id === "l2") return HttpResponse.json(problem(404, "not_found", [], "Lead not found"), { status: 404, headers: { "Content-Type": "application/problem+json" } });
        approved.push(String(params.id));
        return HttpResponse.json(lead(String(params.id), { status: "approved" }));
      }),
    );
    const progress: number[] = [];
    const { result } = renderQueryHook(() => useApproveLeads());
    const outcome = await act(() => result.current.mutateAsync({ ids: ["l1", "l2", "l3"], onProgress: (done) => progress.push(done) }));
    expect(approved).toEqual(["l1", "l3"]);
    expect(progress).toEqual([1, 2, 3]);
    expect(outcome.approved.map((l) => l.id)).toEqual(["l1", "l3"]);
    expect(outcome.failed).toHaveLength(1);
    expect(outcome.failed[0]!.error).toBeInstanceOf(ApiError);
    expect((outcome.failed[0]!.error as ApiError).status).toBe(404);
  });

  it("discards with the reason, and re-scores with the note and only the corrected facts", async () => {
    signedInSession();
    const bodies: Record<string, unknown> = {};
    server.use(
      http.get(`${BACKEND}/api/v1/hunter/leads/l1`, () => HttpResponse.json(lead("l1"))),
      http.post(`${BACKEND}/api/v1/hunter/leads/l1/discard`, async ({ request }) => {
        bodies.discard = await request.json();
        return HttpResponse.json(lead("l1", { status: "discarded", discard_reason: "Concorrente" }));
      }),
      http.post(`${BACKEND}/api/v1/hunter/leads/l1/rescore`, async ({ request }) => {
        bodies.rescore = await request.json();
        return HttpResponse.json(lead("l1", { score: 67, tier: "warm", qualified: false, state: "RJ", feedback: "A matriz é no Rio" }));
      }),
    );
    const { result } = renderQueryHook(() => {
      const one = useLead("l1");
      return { lead: one.data && { status: one.data.status, score: one.data.score, tier: one.data.tier }, discard: useDiscardLead(), rescore: useRescoreLead() };
    });
    await waitFor(() => expect(result.current.lead?.status).toBe("new"));

    await act(() => result.current.discard.mutateAsync({ id: "l1", reason: "Concorrente" }));
    expect(bodies.discard).toEqual({ reason: "Concorrente" });
    await waitFor(() => expect(result.current.lead?.status).toBe("discarded"));

    const corrections = correctionsOf(lead("l1"), { size: "small", employees: "20", state: "RJ", city: "Rio de Janeiro", cnae: "7311-4/00", industry: "Agências de publicidade" });
    await act(() => result.current.rescore.mutateAsync({ id: "l1", feedback: "A matriz é no Rio", corrections }));
    expect(bodies.rescore).toEqual({ feedback: "A matriz é no Rio", corrections: { state: "RJ", city: "Rio de Janeiro" } });
    await waitFor(() => expect(result.current.lead).toEqual({ status: "new", score: 67, tier: "warm" }));
  });
});

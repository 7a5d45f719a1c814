import type { QueryClient } from "@tanstack/react-query";
import { act, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";

import { dictionaryFor } from "@/i18n/dictionary";
import { renderQueryHook, signedInSession } from "@/test/render-hook";
import { BACKEND, server } from "@/test/server";

import { useLeads } from "../leads/queries";
import { hunterRealtimeHandlers } from "../realtime";
import { liveCounts, mergeProgress } from "./progress";
import { searchKeys, useSearch, useSearchTask, useStartSearch, type AgentTask } from "./queries";
import { sourcesOf } from "./sources-fields";
import { lead, RUN_ID, search, SEARCH_ID, task } from "../test/fixtures";

const t = dictionaryFor("pt-BR");
const context = (queryClient: QueryClient) => ({ queryClient, t, navigate: () => undefined });

describe("a search's counters", () => {
  it("never go back, and the stage only moves forward", () => {
    const merged = mergeProgress({ stage: "qualifying", leads_found: 40, scored: 20 }, { stage: "sources", leads_found: 12, scored: 30 });
    expect(merged).toEqual({ stage: "qualifying", leads_found: 40, scored: 30 });
  });

  it("come from the run's progress while it runs, and from the search once it ends", () => {
    const running = liveCounts(search(), task({ progress: { stage: "qualifying", leads_found: 40, duplicates: 3, in_crm: 2, scored: 10, qualified: 7 } }));
    expect(running).toMatchObject({ stage: "qualifying", found: 40, duplicates: 3, inCrm: 2, scored: 10, qualified: 7, toScore: 35 });
    expect(running.percent).toBeGreaterThan(10);
    expect(running.percent).toBeLessThan(95);
    expect(liveCounts(search({ status: "queued" }))).toMatchObject({ stage: "queued", percent: 0 });
    const done = liveCounts(search({ status: "finished", found: 40, duplicates: 3, in_crm: 2, scored: 35, qualified: 30 }), task({ progress: { scored: 10 } }));
    expect(done).toMatchObject({ stage: "finished", scored: 35, qualified: 30, percent: 100 });
    // the run ended badly before the search row says so
    expect(liveCounts(search(), task({ status: "timed_out" })).stage).toBe("failed");
  });
});

describe("hunter.search_progressed", () => {
  it("puts each stored batch's counters on the search shown, never going back", async () => {
    signedInSession();
    server.use(http.get(`${BACKEND}/api/v1/hunter/searches/${SEARCH_ID}`, () => HttpResponse.json(search())));
    const { result, queryClient } = renderQueryHook(() => useSearch(SEARCH_ID));
    await waitFor(() => expect(result.current.data?.status).toBe("running"));
    const progressed = hunterRealtimeHandlers["hunter.search_progressed"]!;
    const batch = (scored: number, qualified: number) => ({ search_id: SEARCH_ID, found: 200, duplicates: 4, in_crm: 1, scored, qualified });

    act(() => progressed(batch(100, 31), context(queryClient)));
    await waitFor(() => expect(result.current.data).toMatchObject({ found: 200, in_crm: 1, scored: 100, qualified: 31 }));
    act(() => progressed(batch(50, 10), context(queryClient)));  // a late, older batch
    expect(result.current.data).toMatchObject({ scored: 100, qualified: 31 });
    act(() => progressed({ ...batch(10, 1), search_id: "another" }, context(queryClient)));
    expect(queryClient.getQueryData(searchKeys.search("another"))).toBeUndefined();
  });
});

describe("useStartSearch", () => {
  it("sends the ICP, the sources in order and the limit; the demo directory only with every list", async () => {
    signedInSession();
    const bodies: unknown[] = [];
    server.use(
      http.post(`${BACKEND}/api/v1/hunter/search`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ search_id: SEARCH_ID, task_id: RUN_ID, status: "queued" }, { status: 202 });
      }),
    );
    const { sources, kinds } = sourcesOf({
      directory: true, listName: "Feira 2026", includeDemo: true,
      web: true, urls: "https://a.com.br\n\n https://b.com.br ",
      serpapi: true, query: "agência de publicidade", location: "", engine: "google_maps",
    });
    expect(kinds).toEqual(["directory", "web", "serpapi"]);
    const { result } = renderQueryHook(() => useStartSearch());
    const started = await act(() => result.current.mutateAsync({ icp_id: "icp-1", threshold: 70, sources, limit: 50, enrich_cnpj: false }));
    expect(started).toEqual({ search_id: SEARCH_ID, task_id: RUN_ID, status: "queued" });
    expect(bodies[0]).toEqual({
      icp_id: "icp-1",
      threshold: 70,
      limit: 50,
      enrich_cnpj: false,
      sources: [
        { type: "directory", list_name: "Feira 2026", include_demo: false },
        { type: "web", urls: ["https://a.com.br", "https://b.com.br"] },
        { type: "serpapi", query: "agência de publicidade", location: null, engine: "google_maps" },
      ],
    });
  });
});

describe("a running search, live", () => {
  it("shows the run's progress as the realtime events come, and refetches everything when it finishes", async () => {
    signedInSession();
    let finished = false;
    let searchServed = 0;
    let leadsServed = 0;
    server.use(
      http.get(`${BACKEND}/api/v1/hunter/searches/${SEARCH_ID}`, () => {
        searchServed += 1;
        return HttpResponse.json(finished ? search({ status: "finished", found: 33, scored: 33, qualified: 33, cost_usd: "0.0123", cost_per_qualified_usd: "0.000373" }) : search());
      }),
      http.get(`${BACKEND}/api/v1/agents/tasks/${RUN_ID}`, () => HttpResponse.json(task({ progress: { stage: "sources", leads_found: 0 } }))),
      http.get(`${BACKEND}/api/v1/hunter/leads`, () => {
        leadsServed += 1;
        return HttpResponse.json({ items: finished ? [lead("l1")] : [], next_cursor: null });
      }),
    );
    const { result, queryClient } = renderQueryHook(() => {
      const found = useSearch(SEARCH_ID);
      const run = useSearchTask(found.data?.run_id ?? null, true);
      const leads = useLeads({ search_id: SEARCH_ID }, "score");
      // what the progress panel and the list render
      return { search: found.data, counts: found.data && liveCounts(found.data, run.data), leads: leads.data?.pages[0]?.items, ready: run.isSuccess && leads.isSuccess };
    });
    await waitFor(() => expect(result.current.ready).toBe(true));
    const handlers = hunterRealtimeHandlers;

    act(() => handlers["ai.agent_run_progressed"]!({ run_id: RUN_ID, agent: "qualificador", status: "running", progress: { stage: "qualifying", leads_found: 33, duplicates: 0, in_crm: 0 } }, context(queryClient)));
    act(() => handlers["ai.agent_run_progressed"]!({ run_id: RUN_ID, agent: "qualificador", status: "running", progress: { stage: "qualifying", leads_found: 33, scored: 33, qualified: 33 } }, context(queryClient)));
    await waitFor(() => expect(result.current.counts).toMatchObject({ stage: "qualifying", found: 33, scored: 33, qualified: 33, toScore: 33 }));

    // an older event arriving late changes nothing
    act(() => handlers["ai.agent_run_progressed"]!({ run_id: RUN_ID, agent: "qualificador", status: "running", progress: { stage: "sources", leads_found: 10 } }, context(queryClient)));
    expect(queryClient.getQueryData<AgentTask>(searchKeys.task(RUN_ID))?.progress).toMatchObject({ stage: "qualifying", leads_found: 33, scored: 33 });

    // another run (not a search on screen) is left alone
    act(() => handlers["ai.agent_run_progressed"]!({ run_id: "other-run", agent: "sdr", status: "running", progress: { step: 1 } }, context(queryClient)));
    expect(queryClient.getQueryData(searchKeys.task("other-run"))).toBeUndefined();

    finished = true;
    const served = searchServed;
    act(() => handlers["hunter.search_finished"]!({ search_id: SEARCH_ID, status: "finished", found: 33, qualified: 33, started_by: null }, context(queryClient)));
    await waitFor(() => expect(result.current.search?.status).toBe("finished"));
    expect(searchServed).toBeGreaterThan(served);
    await waitFor(() => expect(result.current.leads).toHaveLength(1));
    expect(leadsServed).toBeGreaterThanOrEqual(2);
    expect(result.current.counts).toMatchObject({ stage: "finished", qualified: 33, percent: 100 });
    expect(result.current.search?.cost_per_qualified_usd).toBe("0.000373");
  });

  it("without realtime, polls the search until it ends", async () => {
    signedInSession();
    let polls = 0;
    server.use(
      http.get(`${BACKEND}/api/v1/hunter/searches/${SEARCH_ID}`, () => {
        polls += 1;
        return HttpResponse.json(polls < 2 ? search() : search({ status: "finished", found: 5, scored: 5, qualified: 2 }));
      }),
    );
    const { result } = renderQueryHook(() => useSearch(SEARCH_ID));
    await waitFor(() => expect(result.current.data?.status).toBe("running"));
    await waitFor(() => expect(result.current.data?.status).toBe("finished"), { timeout: 8000 });
    const settled = polls;
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect(polls).toBe(settled);
  }, 15_000);
});

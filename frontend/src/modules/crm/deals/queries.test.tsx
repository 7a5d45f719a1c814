import { act, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";

import { ApiError } from "@/api/problem";
import { dictionaryFor } from "@/i18n/dictionary";
import { renderQueryHook, signedInSession } from "@/test/render-hook";
import { BACKEND, server } from "@/test/server";

import type { Board, DealCard, DealRead, Stage } from "./board-cache";
import { useBoard, useLoadMoreColumn, useMoveDeal } from "./queries";
import { dealsRealtimeHandlers } from "./realtime";
import { crmKeys } from "../shared/keys";

const PIPELINE = "pipeline-1";
const stage = (id: string, position: number, probability: number, flags: Partial<Stage> = {}): Stage => ({
  id,
  pipeline_id: PIPELINE,
  name: `Stage ${id}`,
  position,
  probability,
  is_won: false,
  is_lost: false,
  ...flags,
});
const STAGES = [stage("s1", 0, 10), stage("s2", 1, 40), stage("won", 2, 100, { is_won: true })];
const pipeline = { id: PIPELINE, name: "Funil comercial", is_default: true, position: 0, stages: STAGES };

const card = (id: string, stageId: string, position: number, value = "1000.00", probability = 10, version = 1): DealCard => ({
  id,
  title: `Deal ${id}`,
  value,
  stage_id: stageId,
  position,
  version,
  status: "open",
  probability,
  probability_override: null,
  owner_id: "owner-1",
  company_id: null,
  expected_close_date: null,
  tag_ids: [],
  updated_at: "2026-12-01T10:00:00Z",
});

const read = (deal: DealCard, changes: Partial<DealRead> = {}): DealRead => ({
  ...deal,
  status: deal.status as DealRead["status"],
  pipeline_id: PIPELINE,
  custom_fields: {},
  created_at: "2026-12-01T09:00:00Z",
  contact_ids: [],
  probability_override: null,
  weighted_value: "0.00",
  source: "manual",
  lost_reason: null,
  won_at: null,
  lost_at: null,
  ...changes,
});

/** s1: d1, d2 (one more page: d3); s2: d4; won: empty. */
function boardFixture(): Board {
  return {
    pipeline,
    columns: [
      { stage: STAGES[0]!, count: 3, total_value: "3000.00", weighted_value: "300.00", deals: [card("d1", "s1", 0), card("d2", "s1", 1)], next_cursor: "s1-page-2" },
      { stage: STAGES[1]!, count: 1, total_value: "5000.00", weighted_value: "2000.00", deals: [card("d4", "s2", 0, "5000.00", 40)], next_cursor: null },
      { stage: STAGES[2]!, count: 0, total_value: "0.00", weighted_value: "0.00", deals: [], next_cursor: null },
    ],
    total_value: "8000.00",
    weighted_value: "2300.00",
  };
}

const columnIds = (board: Board | undefined) =>
  Object.fromEntries((board?.columns ?? []).map((column) => [column.stage.id, column.deals.map((deal) => deal.id)]));

function serveBoard(board: () => Board = boardFixture) {
  const requests: URL[] = [];
  server.use(
    http.get(`${BACKEND}/api/v1/crm/pipelines/${PIPELINE}/board`, ({ request }) => {
      requests.push(new URL(request.url));
      return HttpResponse.json(board());
    }),
  );
  return requests;
}

describe("useBoard and useLoadMoreColumn", () => {
  it("loads the board for an owner and appends a column's next page, also after a refresh", async () => {
    signedInSession("token-1");
    const boards = serveBoard();
    const pages: URL[] = [];
    server.use(
      http.get(`${BACKEND}/api/v1/crm/deals`, ({ request }) => {
        expect(request.headers.get("Authorization")).toBe("Bearer token-1");
        pages.push(new URL(request.url));
        return HttpResponse.json({ items: [read(card("d3", "s1", 2))], next_cursor: null });
      }),
    );
    const filters = { ownerId: "owner-1" };
    const { result, queryClient } = renderQueryHook(() => ({ board: useBoard(PIPELINE, filters), more: useLoadMoreColumn(PIPELINE, filters) }));
    await waitFor(() => expect(result.current.board.isSuccess).toBe(true));
    expect(Object.fromEntries(boards[0]!.searchParams)).toEqual({ owner_id: "owner-1", per_stage: "20" });

    await act(() => result.current.more.mutateAsync({ stageId: "s1", cursor: "s1-page-2" }));
    expect(Object.fromEntries(pages[0]!.searchParams)).toEqual({ stage_id: "s1", owner_id: "owner-1", sort: "position", cursor: "s1-page-2", limit: "20" });
    expect(columnIds(result.current.board.data).s1).toEqual(["d1", "d2", "d3"]);
    expect(result.current.board.data?.columns[0]?.next_cursor).toBeNull();

    // someone else's change refetches the board; the column keeps the page that was loaded
    await act(() => queryClient.invalidateQueries({ queryKey: crmKeys.boardsOf(PIPELINE) }));
    await waitFor(() => expect(boards).toHaveLength(2));
    await waitFor(() => expect(pages).toHaveLength(2));
    expect(columnIds(result.current.board.data).s1).toEqual(["d1", "d2", "d3"]);
  });

  it("with a text search asks the board for the matching deals and their totals, and pages a column with the same search", async () => {
    signedInSession();
    // the backend's board of the deals matching "vídeo": its totals are theirs
    const boards = serveBoard(() => {
      const board = boardFixture();
      board.columns[0] = { ...board.columns[0]!, count: 3, total_value: "3000.50", weighted_value: "300.05" };
      return { ...board, total_value: "8000.50", weighted_value: "2300.05" };
    });
    const pages: URL[] = [];
    server.use(
      http.get(`${BACKEND}/api/v1/crm/deals`, ({ request }) => {
        pages.push(new URL(request.url));
        return HttpResponse.json({ items: [read(card("d3", "s1", 2))], next_cursor: null });
      }),
    );
    const filters = { q: "vídeo" };
    const { result } = renderQueryHook(() => ({ board: useBoard(PIPELINE, filters), more: useLoadMoreColumn(PIPELINE, filters) }));
    await waitFor(() => expect(result.current.board.isSuccess).toBe(true));
    expect(Object.fromEntries(boards[0]!.searchParams)).toEqual({ q: "vídeo", per_stage: "20" });
    const [s1] = result.current.board.data!.columns;
    expect([s1!.count, s1!.total_value, s1!.weighted_value]).toEqual([3, "3000.50", "300.05"]);
    expect(result.current.board.data?.total_value).toBe("8000.50");

    await act(() => result.current.more.mutateAsync({ stageId: "s1", cursor: "s1-page-2" }));
    expect(Object.fromEntries(pages[0]!.searchParams)).toEqual({ stage_id: "s1", q: "vídeo", sort: "position", cursor: "s1-page-2", limit: "20" });
    expect(columnIds(result.current.board.data).s1).toEqual(["d1", "d2", "d3"]);
  });
});

describe("useMoveDeal", () => {
  it("shows the move at once, sends the version the card had, and keeps the server's new version", async () => {
    signedInSession();
    // once the move is done the server's board has it
    let done = false;
    const afterMove = (): Board => {
      const board = boardFixture();
      board.columns[0]!.deals = [card("d2", "s1", 0)];
      board.columns[1]!.deals = [card("d4", "s2", 0, "5000.00", 40), card("d1", "s2", 1, "1000.00", 40, 2)];
      return board;
    };
    const boards = serveBoard(() => (done ? afterMove() : boardFixture()));
    let release!: () => void;
    const answered = new Promise<void>((resolve) => (release = resolve));
    const bodies: unknown[] = [];
    server.use(
      http.post(`${BACKEND}/api/v1/crm/deals/d1/move`, async ({ request }) => {
        bodies.push(await request.json());
        await answered;
        done = true;
        return HttpResponse.json(read(card("d1", "s2", 1, "1000.00", 40, 2)));
      }),
    );
    const { result, queryClient } = renderQueryHook(() => ({ board: useBoard(PIPELINE, {}), move: useMoveDeal(PIPELINE, {}) }));
    await waitFor(() => expect(result.current.board.isSuccess).toBe(true));
    const moving = card("d1", "s1", 0);

    act(() => result.current.move.mutate({ card: moving, toStageId: "s2", index: 1, position: 1 }));
    await waitFor(() => expect(columnIds(result.current.board.data)).toEqual({ s1: ["d2"], s2: ["d4", "d1"], won: [] }));
    const [s1, s2] = result.current.board.data!.columns;
    // counts and totals follow the card; its probability becomes the new stage's
    expect([s1!.count, s1!.total_value, s1!.weighted_value]).toEqual([2, "2000.00", "200.00"]);
    expect([s2!.count, s2!.total_value, s2!.weighted_value]).toEqual([2, "6000.00", "2400.00"]);
    expect(result.current.board.data?.weighted_value).toBe("2600.00");
    expect(bodies).toEqual([{ stage_id: "s2", position: 1, version: 1, lost_reason: null }]);

    release();
    await waitFor(() => expect(result.current.move.isSuccess).toBe(true));
    await waitFor(() => expect(boards).toHaveLength(2));
    expect(columnIds(result.current.board.data)).toEqual({ s1: ["d2"], s2: ["d4", "d1"], won: [] });
    const moved = result.current.board.data!.columns[1]!.deals.find((deal) => deal.id === "d1");
    expect(moved?.version).toBe(2);
    expect(queryClient.getQueryData<DealRead>(crmKeys.deal("d1"))?.version).toBe(2);
  });

  it("on a stale version (409) puts the card back and fetches the board again", async () => {
    signedInSession();
    const boards = serveBoard();
    server.use(
      http.post(`${BACKEND}/api/v1/crm/deals/d1/move`, () =>
        HttpResponse.json(
          {
            type: "https://docs.somos.local/problems/stale_version",
            title: "The deal changed since you read it",
            status: 409,
            detail: "Version 2 is current; reload and try again",
            code: "stale_version",
            request_id: "r1",
            current: read(card("d1", "s1", 0, "1000.00", 10, 2), { title: "Renamed elsewhere" }),
          },
          { status: 409, headers: { "Content-Type": "application/problem+json" } },
        ),
      ),
    );
    const { result, queryClient } = renderQueryHook(() => ({ board: useBoard(PIPELINE, {}), move: useMoveDeal(PIPELINE, {}) }));
    await waitFor(() => expect(result.current.board.isSuccess).toBe(true));

    await act(async () => {
      await result.current.move.mutateAsync({ card: card("d1", "s1", 0), toStageId: "won", index: 0, position: 0 }).catch(() => undefined);
    });
    expect(result.current.move.error).toBeInstanceOf(ApiError);
    expect((result.current.move.error as ApiError).status).toBe(409);
    expect(columnIds(result.current.board.data)).toEqual({ s1: ["d1", "d2"], s2: ["d4"], won: [] });
    expect(result.current.board.data?.columns[2]?.count).toBe(0);
    // the deal as it is now, for its page
    expect(queryClient.getQueryData<DealRead>(crmKeys.deal("d1"))?.title).toBe("Renamed elsewhere");
    await waitFor(() => expect(boards).toHaveLength(2));
  });
});

describe("crm.board_changed", () => {
  const t = dictionaryFor("pt-BR");
  const handle = dealsRealtimeHandlers["crm.board_changed"]!;

  it("refetches the board for someone else's change, and not for the echo of ours", async () => {
    signedInSession();
    const boards = serveBoard();
    const { result, queryClient } = renderQueryHook(() => useBoard(PIPELINE, {}));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const context = { queryClient, t, navigate: () => undefined };

    // our own move came back with version 1 already on the card: nothing to fetch
    handle({ pipeline_id: PIPELINE, deal_id: "d1", change: "moved", stage_id: "s1", position: 0, version: 1 }, context);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(boards).toHaveLength(1);

    // another user moved d4 (version 2): the board is fetched again
    handle({ pipeline_id: PIPELINE, deal_id: "d4", change: "moved", stage_id: "won", position: 0, version: 2 }, context);
    await waitFor(() => expect(boards).toHaveLength(2));

    // a deal this board has never shown (created elsewhere)
    handle({ pipeline_id: PIPELINE, deal_id: "new", change: "created", stage_id: "s1", position: 3, version: 1 }, context);
    await waitFor(() => expect(boards).toHaveLength(3));

    // another pipeline's board is not this one
    handle({ pipeline_id: "pipeline-2", deal_id: "x", change: "created", stage_id: "x1", position: 0, version: 1 }, context);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(boards).toHaveLength(3);
  });
});

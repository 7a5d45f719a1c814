/** Query hooks over the CRM's deals: the board (moves, load more) and a deal (edit, stage). */
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { ApiError, unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

import { appendToColumn, applyMove, confirmDeal, findCard, toCard, type Board, type DealCard, type DealRead, type Move } from "./board-cache";
import { crmKeys, type BoardFilters } from "../shared/keys";

type Schemas = components["schemas"];
export type Deal = DealRead;
export type DealCreate = Schemas["DealCreate"];
export type DealUpdate = Schemas["DealUpdate"];
export type StaleDealProblem = Schemas["StaleDealProblem"];
export type { BoardFilters };

/** Cards per column on the board's first load, and per "load more". */
export const BOARD_PAGE = 20;

/** The deal as the server has it now, from the 409 of a stale version. */
export function staleCurrent(error: unknown): Deal | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  return (error.problem as unknown as Partial<StaleDealProblem>).current ?? null;
}

export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}

/** A column's next page (the board's cursor), with the board's filters. */
function fetchColumnPage(stageId: string, filters: BoardFilters, cursor: string, signal?: AbortSignal) {
  return unwrap(api.GET("/api/v1/crm/deals", {
    params: { query: { stage_id: stageId, owner_id: filters.ownerId, q: filters.q, sort: "position", cursor, limit: BOARD_PAGE } },
    signal,
  }));
}

/**
 * The board's first page of every column (with a text search: the matching deals, and their
 * totals); columns that had more loaded (load more) get as many again, so a refresh after
 * someone else's move keeps what was on screen.
 */
async function fetchBoard(pipelineId: string, filters: BoardFilters, previous: Board | undefined, signal: AbortSignal): Promise<Board> {
  const board = await unwrap(api.GET("/api/v1/crm/pipelines/{pipeline_id}/board", {
    params: { path: { pipeline_id: pipelineId }, query: { owner_id: filters.ownerId, q: filters.q, per_stage: BOARD_PAGE } },
    signal,
  }));
  const columns = await Promise.all(board.columns.map(async (column) => {
    const shown = previous?.columns.find((c) => c.stage.id === column.stage.id)?.deals.length ?? 0;
    let refreshed: Board = { ...board, columns: [column] };
    let cursor = column.next_cursor;
    while (cursor && refreshed.columns[0]!.deals.length < shown) {
      const page = await fetchColumnPage(column.stage.id, filters, cursor, signal);
      cursor = page.next_cursor ?? null;
      refreshed = appendToColumn(refreshed, column.stage.id, page.items.map(toCard), cursor);
    }
    return refreshed.columns[0]!;
  }));
  return { ...board, columns };
}

export function useBoard(pipelineId: string | undefined, filters: BoardFilters) {
  const key = crmKeys.board(pipelineId ?? "", filters);
  return useQuery({
    queryKey: key,
    queryFn: ({ signal, client }) => fetchBoard(pipelineId!, filters, client.getQueryData<Board>(key), signal),
    enabled: Boolean(pipelineId),
    // a new filter keeps the cards on screen until its board arrives; another pipeline does not
    placeholderData: (previous, query) => (query?.queryKey[2] === pipelineId ? keepPreviousData(previous) : undefined),
  });
}

/** The next page of one column ("load more"), appended to the board on screen. */
export function useLoadMoreColumn(pipelineId: string, filters: BoardFilters) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ stageId, cursor }: { stageId: string; cursor: string }) => fetchColumnPage(stageId, filters, cursor),
    onSuccess: (page, { stageId }) => {
      queryClient.setQueryData<Board>(crmKeys.board(pipelineId, filters), (board) =>
        board && appendToColumn(board, stageId, page.items.map(toCard), page.next_cursor ?? null),
      );
    },
  });
}

function refreshDeal(queryClient: QueryClient, deal: Deal): void {
  queryClient.setQueryData(crmKeys.deal(deal.id), deal);
  void queryClient.invalidateQueries({ queryKey: crmKeys.timeline({ type: "deal", id: deal.id }) });
}

/**
 * A card dropped on the board: shown there at once, sent with the version the card had; if the
 * backend refuses (409: someone changed the deal first), the board goes back as it was and is
 * fetched again. The caller tells the person why.
 */
export function useMoveDeal(pipelineId: string, filters: BoardFilters) {
  const queryClient = useQueryClient();
  const key = crmKeys.board(pipelineId, filters);
  return useMutation({
    mutationKey: crmKeys.move,
    mutationFn: (move: Move) =>
      unwrap(api.POST("/api/v1/crm/deals/{deal_id}/move", {
        params: { path: { deal_id: move.card.id } },
        body: { stage_id: move.toStageId, position: move.position, version: move.card.version, lost_reason: move.lostReason || null },
      })),
    onMutate: async (move) => {
      await queryClient.cancelQueries({ queryKey: crmKeys.boardsOf(pipelineId) });
      const previous = queryClient.getQueryData<Board>(key);
      if (previous) queryClient.setQueryData<Board>(key, applyMove(previous, move));
      return { previous };
    },
    onSuccess: (deal) => {
      queryClient.setQueryData<Board>(key, (board) => board && confirmDeal(board, deal));
      refreshDeal(queryClient, deal);
    },
    onError: (error, _move, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      const current = staleCurrent(error);
      if (current) queryClient.setQueryData(crmKeys.deal(current.id), current);
    },
    onSettled: () => {
      // the last of several quick moves refetches: an earlier one would undo the later ones on screen
      if (queryClient.isMutating({ mutationKey: crmKeys.move }) <= 1) {
        return queryClient.invalidateQueries({ queryKey: crmKeys.boardsOf(pipelineId) });
      }
    },
  });
}

export function useCreateDeal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DealCreate) => unwrap(api.POST("/api/v1/crm/deals", { body })),
    onSuccess: (deal) => {
      queryClient.setQueryData(crmKeys.deal(deal.id), deal);
      return queryClient.invalidateQueries({ queryKey: crmKeys.boardsOf(deal.pipeline_id) });
    },
  });
}

export function useDeal(dealId: string) {
  return useQuery({
    queryKey: crmKeys.deal(dealId),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/crm/deals/{deal_id}", { params: { path: { deal_id: dealId } }, signal })),
  });
}

/** Saves fields of a deal with the version they were read at (409 when someone saved first). */
export function useUpdateDeal(dealId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DealUpdate) =>
      unwrap(api.PATCH("/api/v1/crm/deals/{deal_id}", { params: { path: { deal_id: dealId } }, body })),
    onSuccess: (deal) => {
      refreshDeal(queryClient, deal);
      return queryClient.invalidateQueries({ queryKey: crmKeys.boardsOf(deal.pipeline_id) });
    },
  });
}

/** Another stage for the deal (won, lost, reopened), from its own page: to the top of that column. */
export function useChangeStage(deal: Deal) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: crmKeys.move,
    mutationFn: ({ stageId, lostReason }: { stageId: string; lostReason?: string | null }) =>
      unwrap(api.POST("/api/v1/crm/deals/{deal_id}/move", {
        params: { path: { deal_id: deal.id } },
        body: { stage_id: stageId, position: 0, version: deal.version, lost_reason: lostReason || null },
      })),
    onSuccess: (moved) => refreshDeal(queryClient, moved),
    onError: (error) => {
      const current = staleCurrent(error);
      if (current) queryClient.setQueryData(crmKeys.deal(current.id), current);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: crmKeys.boardsOf(deal.pipeline_id) }),
  });
}

/** Whether this change of the board is already on screen (the echo of our own move or edit). */
export function isKnownChange(
  queryClient: QueryClient,
  change: { pipeline_id: string; deal_id: string; change: string; version: number; stage_id: string },
): boolean {
  if (change.change === "deleted") return false;
  const boards = queryClient.getQueriesData<Board>({ queryKey: crmKeys.boardsOf(change.pipeline_id) });
  const cards = boards.map(([, board]) => board && findCard(board, change.deal_id)).filter((card): card is DealCard => Boolean(card));
  const detail = queryClient.getQueryData<Deal>(crmKeys.deal(change.deal_id));
  const seen = [...cards, ...(detail ? [detail] : [])];
  return seen.length > 0 && seen.every((deal) => deal.version >= change.version && (deal.version > change.version || deal.stage_id === change.stage_id));
}

/**
 * The board as the dashboard keeps it (the backend's BoardRead), and the pure changes made to
 * it: a move applied before the server answers (and undone if it refuses), the server's answer
 * folded in, a column's next page appended.
 */
import type { components } from "@/api/schema";

import { fromCents, toCents, weightedCents } from "./money";

type Schemas = components["schemas"];
export type DealCard = Schemas["DealCard"];
export type DealRead = Schemas["DealRead"];
export type Stage = Schemas["StageRead"];
export type Pipeline = Schemas["PipelineRead"];
export type BoardColumn = Schemas["BoardColumn"];

export type Board = Schemas["BoardRead"];

/** A deal dropped somewhere on the board. */
export interface Move {
  card: DealCard;
  toStageId: string;
  /** Its index in the target column as shown, once it is there. */
  index: number;
  /** The place sent to the backend (see dropPosition). */
  position: number;
  lostReason?: string | null;
}

/** A deal as a board card. */
export function toCard(deal: DealRead): DealCard {
  return {
    id: deal.id,
    title: deal.title,
    value: deal.value,
    stage_id: deal.stage_id,
    position: deal.position,
    version: deal.version,
    status: deal.status,
    probability: deal.probability,
    probability_override: deal.probability_override,
    owner_id: deal.owner_id,
    company_id: deal.company_id,
    expected_close_date: deal.expected_close_date,
    tag_ids: deal.tag_ids,
    updated_at: deal.updated_at,
  };
}

export function findCard(board: Board, dealId: string): DealCard | undefined {
  for (const column of board.columns) {
    const card = column.deals.find((deal) => deal.id === dealId);
    if (card) return card;
  }
  return undefined;
}

function statusIn(stage: Stage): DealCard["status"] {
  return stage.is_won ? "won" : stage.is_lost ? "lost" : "open";
}

/**
 * The deal's probability once in `to`, as the backend will price it: 100 when won, 0 when
 * lost, else its own override or the new stage's.
 */
export function probabilityIn(card: DealCard, to: Stage): number {
  if (to.is_won) return 100;
  if (to.is_lost) return 0;
  return card.probability_override ?? to.probability;
}

function withTotals(column: BoardColumn, countDelta: number, valueCents: number, weightedDelta: number): BoardColumn {
  return {
    ...column,
    count: Math.max(0, column.count + countDelta),
    total_value: fromCents(toCents(column.total_value) + valueCents),
    weighted_value: fromCents(toCents(column.weighted_value) + weightedDelta),
  };
}

/** The board with the deal already where it was dropped: counts, totals and places updated. */
export function applyMove(board: Board, move: Move): Board {
  const { card } = move;
  const from = board.columns.find((column) => column.deals.some((deal) => deal.id === card.id));
  const to = board.columns.find((column) => column.stage.id === move.toStageId);
  if (!to) return board;
  const probability = probabilityIn(card, to.stage);
  const moved: DealCard = { ...card, stage_id: to.stage.id, position: move.position, status: statusIn(to.stage), probability };
  const oldWeighted = weightedCents(card.value, card.probability);
  const newWeighted = weightedCents(card.value, probability);
  const value = toCents(card.value);

  const columns = board.columns.map((column) => {
    let deals = column.deals;
    let next = column;
    if (column === from) {
      // the backend closes the gap the deal leaves
      deals = deals.filter((deal) => deal.id !== card.id).map((deal) => (deal.position > card.position ? { ...deal, position: deal.position - 1 } : deal));
      if (column !== to) next = withTotals(column, -1, -value, -oldWeighted);
    }
    if (column === to) {
      // and opens one where it lands
      deals = deals.map((deal) => (deal.position >= move.position ? { ...deal, position: deal.position + 1 } : deal));
      const index = Math.max(0, Math.min(move.index, deals.length));
      deals = [...deals.slice(0, index), moved, ...deals.slice(index)];
      next = column === from ? withTotals(column, 0, 0, newWeighted - oldWeighted) : withTotals(column, 1, value, newWeighted);
    }
    return deals === column.deals ? next : { ...next, deals };
  });
  return { ...board, columns, weighted_value: fromCents(toCents(board.weighted_value) + newWeighted - oldWeighted) };
}

/** The server's answer to a move or an edit: the card takes its version, place and price. */
export function confirmDeal(board: Board, deal: DealRead): Board {
  let changed = false;
  const columns = board.columns.map((column) => {
    if (!column.deals.some((card) => card.id === deal.id)) return column;
    changed = true;
    return { ...column, deals: column.deals.map((card) => (card.id === deal.id ? { ...card, ...toCard(deal) } : card)) };
  });
  return changed ? { ...board, columns } : board;
}

/** The next page of one column appended (a card already shown is not repeated). */
export function appendToColumn(board: Board, stageId: string, cards: DealCard[], nextCursor: string | null): Board {
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column.stage.id !== stageId) return column;
      const shown = new Set(column.deals.map((deal) => deal.id));
      return { ...column, deals: [...column.deals, ...cards.filter((card) => !shown.has(card.id))], next_cursor: nextCursor };
    }),
  };
}

/** Placing a deal far down a column: the backend puts it last. */
export const LAST_POSITION = 1_000_000;

/**
 * The `position` a move sends. The backend counts it among the deals the caller may see in the
 * target stage (all of them for most roles, their own for owner-scoped ones), the moved deal
 * left out. When the board shows exactly those, that is the index shown. When a filter hides
 * some (owner "mine", text search) the index shown is not theirs, so the place is taken from the
 * neighbours' own places: just before the card below, or just after the one above. An
 * owner-scoped caller's places count deals they cannot see, so for them the index shown is the
 * best there is.
 */
export function dropPosition(args: {
  /** The target column's cards as shown once the deal is there (the moved one included). */
  column: DealCard[];
  card: DealCard;
  toStageId: string;
  filtered: boolean;
  ownerScoped: boolean;
}): number {
  const { column, card, toStageId, filtered, ownerScoped } = args;
  const index = column.findIndex((deal) => deal.id === card.id);
  if (!filtered || ownerScoped) return Math.max(0, index);
  const sameStage = card.stage_id === toStageId;
  // a place once the moved deal has left its own (the backend closes that gap first)
  const closed = (position: number) => (sameStage && card.position < position ? position - 1 : position);
  const below = column[index + 1];
  if (below) return closed(below.position);
  const above = column[index - 1];
  if (above) return closed(above.position) + 1;
  return LAST_POSITION;
}

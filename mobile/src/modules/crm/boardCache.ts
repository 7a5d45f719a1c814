import type { Schema } from '@/api/client';

type Board = Schema<'BoardRead'>;
type Column = Schema<'BoardColumn'>;
type Card = Schema<'DealCard'>;
type Stage = Schema<'StageRead'>;

/** What a list of deals shows: a card of the board or a deal of the list endpoint. */
export type DealSummary = Pick<
  Card,
  | 'id'
  | 'title'
  | 'value'
  | 'stage_id'
  | 'position'
  | 'version'
  | 'status'
  | 'probability'
  | 'probability_override'
  | 'owner_id'
  | 'company_id'
  | 'expected_close_date'
  | 'tag_ids'
  | 'updated_at'
>;

const money = (amount: number) => amount.toFixed(2);

function toCard(deal: DealSummary): Card {
  const { id, title, value, stage_id, position, version, status, probability } = deal;
  const { probability_override } = deal;
  const { owner_id, company_id, expected_close_date, tag_ids, updated_at } = deal;
  return {
    id,
    title,
    value,
    stage_id,
    position,
    version,
    status,
    probability,
    probability_override,
    owner_id,
    company_id,
    expected_close_date,
    tag_ids,
    updated_at,
  };
}

function adjust(column: Column, deals: Card[], count: number, value: number, weighted: number) {
  return {
    ...column,
    deals,
    count: Math.max(0, column.count + count),
    total_value: money(Math.max(0, Number(column.total_value) + value)),
    weighted_value: money(Math.max(0, Number(column.weighted_value) + weighted)),
  };
}

/** The status a deal takes in a stage. */
export function statusIn(stage: Stage): Schema<'DealStatus'> {
  if (stage.is_won) return 'won';
  return stage.is_lost ? 'lost' : 'open';
}

/**
 * The board as it will be once `deal` sits at the top of `to`: out of its column, into the
 * other one, counts and totals moved along (the refetch afterwards brings the exact figures).
 */
export function placeInBoard(board: Board, deal: DealSummary, to: Stage): Board {
  const from = board.columns.find((c) => c.deals.some((d) => d.id === deal.id))?.stage.id;
  const fromStage = from ?? deal.stage_id;
  if (fromStage === to.id) return board;
  const value = Number(deal.value);
  const moved: Card = {
    ...toCard(deal),
    stage_id: to.id,
    position: 0,
    status: statusIn(to),
    probability: to.probability,
  };
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column.stage.id === fromStage) {
        const deals = column.deals.filter((d) => d.id !== deal.id);
        return adjust(column, deals, -1, -value, (-value * deal.probability) / 100);
      }
      if (column.stage.id === to.id) {
        const deals = [moved, ...column.deals.filter((d) => d.id !== deal.id)];
        return adjust(column, deals, 1, value, (value * to.probability) / 100);
      }
      return column;
    }),
  };
}

/** The card of `deal` as the server answered it (new version and place). */
export function refreshCard(board: Board, deal: DealSummary): Board {
  return {
    ...board,
    columns: board.columns.map((column) => ({
      ...column,
      deals: column.deals.map((card) => (card.id === deal.id ? toCard(deal) : card)),
    })),
  };
}

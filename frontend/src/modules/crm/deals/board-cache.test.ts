import { describe, expect, it } from "vitest";

import { applyMove, dropPosition, LAST_POSITION, probabilityIn, type Board, type DealCard, type Stage } from "./board-cache";
import { parseMoney } from "./money";

const stage = (id: string, probability: number, flags: Partial<Stage> = {}): Stage => ({
  id, pipeline_id: "p", name: id, position: 0, probability, is_won: false, is_lost: false, ...flags,
});
const card = (id: string, stageId: string, position: number, probability = 10): DealCard => ({
  id, title: id, value: "100.00", stage_id: stageId, position, version: 1, status: "open", probability, probability_override: null,
  owner_id: null, company_id: null, expected_close_date: null, tag_ids: [], updated_at: "2026-12-01T10:00:00Z",
});

describe("dropPosition", () => {
  const column = [card("a", "s", 0), card("moved", "s", 5), card("b", "s", 7)];

  it("is the index shown when the board shows every deal the caller may see", () => {
    expect(dropPosition({ column, card: card("moved", "t", 2), toStageId: "s", filtered: false, ownerScoped: false })).toBe(1);
    // owner-scoped callers count their own deals only, which is what their board shows
    expect(dropPosition({ column, card: card("moved", "t", 2), toStageId: "s", filtered: true, ownerScoped: true })).toBe(1);
  });

  it("with a filter, lands just before the card below it (counted once the deal left its place)", () => {
    expect(dropPosition({ column, card: card("moved", "t", 2), toStageId: "s", filtered: true, ownerScoped: false })).toBe(7);
    expect(dropPosition({ column, card: card("moved", "s", 2), toStageId: "s", filtered: true, ownerScoped: false })).toBe(6);
  });

  it("with a filter and nothing below, lands just after the card above; in an empty column, last", () => {
    const last = [card("a", "s", 4), card("moved", "s", 9)];
    expect(dropPosition({ column: last, card: card("moved", "t", 0), toStageId: "s", filtered: true, ownerScoped: false })).toBe(5);
    expect(dropPosition({ column: [card("moved", "s", 9)], card: card("moved", "t", 0), toStageId: "s", filtered: true, ownerScoped: false })).toBe(LAST_POSITION);
  });
});

describe("applyMove", () => {
  const board = (): Board => ({
    pipeline: { id: "p", name: "p", is_default: true, position: 0, stages: [stage("s", 10), stage("t", 50)] },
    columns: [
      { stage: stage("s", 10), count: 3, total_value: "300.00", weighted_value: "30.00", deals: [card("a", "s", 0), card("b", "s", 1), card("c", "s", 2)], next_cursor: null },
      { stage: stage("t", 50), count: 0, total_value: "0.00", weighted_value: "0.00", deals: [], next_cursor: null },
    ],
    total_value: "300.00",
    weighted_value: "30.00",
  });

  it("reorders within a stage, renumbering places the way the backend does", () => {
    const moved = applyMove(board(), { card: card("a", "s", 0), toStageId: "s", index: 2, position: 2 });
    expect(moved.columns[0]!.deals.map((d) => [d.id, d.position])).toEqual([["b", 0], ["c", 1], ["a", 2]]);
    expect(moved.columns[0]!.count).toBe(3);
    expect(moved.columns[0]!.total_value).toBe("300.00");
  });

  it("prices the moved deal with its own probability (the override) or the new stage's; 100 won, 0 lost", () => {
    const overridden: DealCard = { ...card("a", "s", 0, 33), probability_override: 33 };
    expect(probabilityIn(overridden, stage("t", 50))).toBe(33);
    expect(probabilityIn(card("a", "s", 0, 10), stage("t", 50))).toBe(50);
    // no override: the new stage's, even when the card's differs (its stage's probability changed since)
    expect(probabilityIn(card("a", "s", 0, 33), stage("t", 50))).toBe(50);
    expect(probabilityIn(overridden, stage("w", 100, { is_won: true }))).toBe(100);
    expect(probabilityIn(overridden, stage("l", 0, { is_lost: true }))).toBe(0);

    const moved = applyMove(board(), { card: card("b", "s", 1), toStageId: "t", index: 0, position: 0 });
    expect(moved.columns[1]!.deals[0]).toMatchObject({ id: "b", stage_id: "t", probability: 50 });
    expect(moved.columns[1]!.weighted_value).toBe("50.00");
    expect(moved.columns[0]!.deals.map((d) => [d.id, d.position])).toEqual([["a", 0], ["c", 1]]);

    // a deal with its own 33% keeps weighing 33% in the new column (the board's total stays)
    const c: DealCard = { ...card("c", "s", 2, 33), probability_override: 33 };
    const start = board();
    start.columns[0] = { ...start.columns[0]!, deals: [card("a", "s", 0), card("b", "s", 1), c], weighted_value: "53.00" };
    start.weighted_value = "53.00";
    const own = applyMove(start, { card: c, toStageId: "t", index: 0, position: 0 });
    expect(own.columns[1]!.deals[0]).toMatchObject({ id: "c", probability: 33 });
    expect([own.columns[0]!.weighted_value, own.columns[1]!.weighted_value, own.weighted_value]).toEqual(["20.00", "33.00", "53.00"]);
  });
});

describe("parseMoney", () => {
  it("reads amounts typed the Brazilian way or plainly", () => {
    expect(parseMoney("15.000,00")).toBe("15000.00");
    expect(parseMoney("R$ 1.200,5")).toBe("1200.50");
    expect(parseMoney("48.000")).toBe("48000.00");
    expect(parseMoney("48000.5")).toBe("48000.50");
    expect(parseMoney("abc")).toBeNull();
    expect(parseMoney("1,2,3")).toBeNull();
  });
});

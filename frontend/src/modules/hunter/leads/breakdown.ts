/**
 * A lead's score breakdown as bars: each criterion's points against the most it could have
 * earned (its weight's share of the 100 points; 20% go to the similarity with won customers
 * when the organization has any), as app/modules/hunter/scoring.py computes them.
 */
import type { BreakdownItem } from "./queries";

export const SIMILARITY_SHARE = 0.2;
const SPECIAL = new Set(["similarity", "disqualifier"]);

export interface BreakdownBar {
  item: BreakdownItem;
  /** The most this criterion could add (0-100 scale). */
  max: number;
  /** points / max, 0-1. */
  fill: number;
}

export function breakdownBars(breakdown: BreakdownItem[]): BreakdownBar[] {
  const blended = breakdown.some((item) => item.criterion === "similarity");
  const ruleShare = 1 - (blended ? SIMILARITY_SHARE : 0);
  const total = breakdown.filter((item) => !SPECIAL.has(item.criterion)).reduce((sum, item) => sum + item.weight, 0) || 1;
  return breakdown
    .filter((item) => item.criterion !== "disqualifier")
    .map((item) => {
      const max = item.criterion === "similarity" ? 100 * SIMILARITY_SHARE : (100 * ruleShare * item.weight) / total;
      return { item, max, fill: max > 0 ? Math.min(item.points / max, 1) : 0 };
    });
}

/** The disqualifying word's line of the breakdown, if a word put the score at 0. */
export function disqualification(breakdown: BreakdownItem[]): BreakdownItem | undefined {
  return breakdown.find((item) => item.criterion === "disqualifier");
}

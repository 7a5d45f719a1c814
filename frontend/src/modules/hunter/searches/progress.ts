/**
 * A running search's counters, from two places: the search row (its final counts once it
 * ends, the sources' report) and its agent run's progress (`leads_found`, `scored`,
 * `qualified`, ... while it runs), which the realtime events and the polling keep fresh.
 */
import type { components } from "@/api/schema";

type Schemas = components["schemas"];
export type Search = Schemas["SearchRead"];
export type AgentTask = Schemas["AgentTaskRead"];
export type RunStatus = Schemas["RunStatus"];

export type Stage = "queued" | "sources" | "qualifying" | "finished" | "failed";

const STAGE_ORDER: Stage[] = ["queued", "sources", "qualifying", "finished", "failed"];
const COUNTERS = ["leads_found", "duplicates", "in_crm", "scored", "qualified"] as const;
/** Runs that ended without finishing the search (the search row may not say so yet). */
const FAILED_RUNS: RunStatus[] = ["failed", "cancelled", "timed_out", "awaiting_manual_retry"];

export function isActive(status: string): boolean {
  return status === "queued" || status === "running";
}

function num(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

function stageOf(value: unknown): Stage | null {
  return typeof value === "string" && (STAGE_ORDER as string[]).includes(value) ? (value as Stage) : null;
}

/**
 * Progress as the run reported it, merged with what came before: counters never go back and
 * the stage only moves forward (events may arrive out of order, or after a poll's answer).
 */
export function mergeProgress(previous: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...previous, ...next };
  for (const key of COUNTERS) {
    if (key in previous || key in next) merged[key] = Math.max(num(previous[key]), num(next[key]));
  }
  const before = stageOf(previous.stage);
  const after = stageOf(next.stage);
  if (before && after) merged.stage = STAGE_ORDER.indexOf(after) >= STAGE_ORDER.indexOf(before) ? after : before;
  return merged;
}

export interface LiveCounts {
  stage: Stage;
  found: number;
  duplicates: number;
  inCrm: number;
  scored: number;
  qualified: number;
  /** How many are left after the known ones are set aside (the qualifier's work), once known. */
  toScore: number | null;
  /** 0-100, for the progress bar. */
  percent: number;
}

/** What the progress panel shows for a search, with or without its run's progress. */
export function liveCounts(search: Search, task?: AgentTask | null): LiveCounts {
  if (!isActive(search.status)) {
    const toScore = Math.max(search.found - search.duplicates - search.in_crm, 0);
    return {
      stage: search.status === "failed" ? "failed" : "finished",
      found: search.found,
      duplicates: search.duplicates,
      inCrm: search.in_crm,
      scored: search.scored,
      qualified: search.qualified,
      toScore,
      percent: search.status === "failed" && toScore > 0 ? Math.round((100 * search.scored) / toScore) : 100,
    };
  }
  const progress = task?.progress ?? {};
  const reported = stageOf(progress.stage);
  let stage: Stage = reported ?? (search.status === "running" || task?.status === "running" ? "sources" : "queued");
  if (task && FAILED_RUNS.includes(task.status)) stage = "failed";
  const found = Math.max(num(progress.leads_found), search.found);
  const duplicates = num(progress.duplicates);
  const inCrm = num(progress.in_crm);
  const scored = num(progress.scored);
  const toScore = reported === "qualifying" ? Math.max(found - duplicates - inCrm, 0) : null;
  // the sources take the first tenth of the bar, the qualifier the rest
  const percent = stage === "queued" ? 0 : toScore === null ? 5 : toScore === 0 ? 95 : Math.min(10 + Math.round((85 * scored) / toScore), 95);
  return { stage, found, duplicates, inCrm, scored, qualified: num(progress.qualified), toScore, percent };
}


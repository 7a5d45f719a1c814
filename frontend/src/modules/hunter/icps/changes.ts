/** What changed from one version of an ICP to the next, for the version history. */
import { CRITERIA, weightOf, type Criterion, type IcpCriteria } from "./criteria";

export const LIST_FIELDS = ["industries", "cnae_codes", "sizes", "states", "cities", "keywords", "required", "disqualifiers"] as const;
export type ListField = (typeof LIST_FIELDS)[number];

export type Change =
  | { kind: "list"; field: ListField; added: string[]; removed: string[] }
  | { kind: "value"; field: "employees_min" | "employees_max" | "threshold"; from: number | null; to: number | null }
  | { kind: "weight"; criterion: Criterion; from: number; to: number };

interface Versioned {
  criteria: IcpCriteria;
  threshold: number;
}

/** The differences of `next` from `previous`, in the editor's order (lists, numbers, weights). */
export function versionChanges(previous: Versioned, next: Versioned): Change[] {
  const changes: Change[] = [];
  for (const field of LIST_FIELDS) {
    const before: string[] = previous.criteria[field] ?? [];
    const after: string[] = next.criteria[field] ?? [];
    const added = after.filter((item) => !before.includes(item));
    const removed = before.filter((item) => !after.includes(item));
    if (added.length > 0 || removed.length > 0) changes.push({ kind: "list", field, added, removed });
  }
  for (const field of ["employees_min", "employees_max"] as const) {
    const from = previous.criteria[field] ?? null;
    const to = next.criteria[field] ?? null;
    if (from !== to) changes.push({ kind: "value", field, from, to });
  }
  if (previous.threshold !== next.threshold) changes.push({ kind: "value", field: "threshold", from: previous.threshold, to: next.threshold });
  for (const criterion of CRITERIA) {
    const from = weightOf(previous.criteria, criterion);
    const to = weightOf(next.criteria, criterion);
    if (from !== to) changes.push({ kind: "weight", criterion, from, to });
  }
  return changes;
}

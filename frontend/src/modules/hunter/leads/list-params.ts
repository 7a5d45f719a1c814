/**
 * The leads list's filters and sort in the address (`?search=…&qualified=true&lead=…`), so a
 * link from a search, a reload or a shared URL shows the same leads (and the same open lead).
 */
import type { LeadFilters, LeadSort, LeadStatus, Tier } from "./queries";

const STATUSES: LeadStatus[] = ["new", "approved", "discarded"];
const TIERS: Tier[] = ["hot", "warm", "cold"];

export interface LeadListParams {
  filters: LeadFilters;
  sort: LeadSort;
  /** The lead open in the drawer. */
  lead: string | null;
}

function oneOf<T extends string>(value: string | null, options: readonly T[]): T | undefined {
  return options.find((option) => option === value);
}

export function readListParams(params: URLSearchParams): LeadListParams {
  const filters: LeadFilters = {};
  const search = params.get("search");
  if (search) filters.search_id = search;
  const status = oneOf(params.get("status"), STATUSES);
  if (status) filters.status = status;
  const tier = oneOf(params.get("tier"), TIERS);
  if (tier) filters.tier = tier;
  const qualified = params.get("qualified");
  if (qualified === "true" || qualified === "false") filters.qualified = qualified === "true";
  const minScore = Number(params.get("min_score"));
  if (params.get("min_score") && Number.isInteger(minScore) && minScore >= 0 && minScore <= 100) filters.min_score = minScore;
  const state = params.get("uf");
  if (state && /^[A-Za-z]{2}$/.test(state)) filters.state = state.toUpperCase();
  const q = params.get("q")?.trim();
  if (q) filters.q = q.slice(0, 100);
  return { filters, sort: params.get("sort") === "created_at" ? "created_at" : "score", lead: params.get("lead") };
}

export function writeListParams({ filters, sort, lead }: LeadListParams): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search_id) params.set("search", filters.search_id);
  if (filters.status) params.set("status", filters.status);
  if (filters.tier) params.set("tier", filters.tier);
  if (filters.qualified !== undefined) params.set("qualified", String(filters.qualified));
  if (filters.min_score !== undefined) params.set("min_score", String(filters.min_score));
  if (filters.state) params.set("uf", filters.state);
  if (filters.q) params.set("q", filters.q);
  if (sort !== "score") params.set("sort", sort);
  if (lead) params.set("lead", lead);
  return params;
}

/** Quick views over the filters: to review (new and qualified), all, approved, discarded. */
export const PRESETS = {
  review: { status: "new", qualified: true },
  all: {},
  approved: { status: "approved" },
  discarded: { status: "discarded" },
} satisfies Record<string, Pick<LeadFilters, "status" | "qualified">>;

export type Preset = keyof typeof PRESETS;

export function presetOf(filters: LeadFilters): Preset | null {
  for (const [name, preset] of Object.entries(PRESETS) as [Preset, Pick<LeadFilters, "status" | "qualified">][]) {
    if (filters.status === preset.status && filters.qualified === preset.qualified) return name;
  }
  return null;
}

export function withPreset(filters: LeadFilters, preset: Preset): LeadFilters {
  const { status: _status, qualified: _qualified, ...rest } = filters;
  return { ...rest, ...PRESETS[preset] };
}

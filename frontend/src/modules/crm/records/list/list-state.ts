/**
 * What a list shows: its filters (as the list endpoint takes them, which is also what a
 * saved view stores), its sort and its columns. Pure functions, shared by the list screens,
 * the saved views and the export.
 */
import { TIME_ZONE } from "@/i18n/format";

import type { CompanyFilters, ContactFilters, RecordEntity } from "../queries";

/** Every filter either list takes; each screen sets only its own. */
export type RecordFilters = CompanyFilters & ContactFilters;
export type ExportFormat = "csv" | "xlsx";

export interface ListState {
  filters: RecordFilters;
  /** A sort key, `-` first for descending (`-created_at`). */
  sort: string;
  /** Column keys as the export names them, the record's name first. */
  columns: string[];
}

export const DEFAULT_SORT = "-created_at";

interface ColumnSet {
  /** The record's name: always shown, first. */
  name: string;
  /** Columns a user may show or hide, in their order. */
  optional: readonly string[];
  defaults: readonly string[];
  /** Columns the list endpoint can sort by. */
  sortable: readonly string[];
}

export const COLUMNS: Record<RecordEntity, ColumnSet> = {
  company: {
    name: "legal_name",
    optional: ["trade_name", "cnpj", "industry", "size", "website", "phones", "address", "tags", "owner_id", "created_at"],
    defaults: ["cnpj", "industry", "address", "tags", "created_at"],
    sortable: ["legal_name", "created_at"],
  },
  contact: {
    name: "name",
    optional: ["emails", "phones", "job_title", "company_id", "lead_source", "legal_basis", "opted_out_at", "tags", "owner_id", "created_at"],
    defaults: ["emails", "phones", "company_id", "tags", "created_at"],
    sortable: ["name", "created_at"],
  },
};

export function defaultState(entity: RecordEntity): ListState {
  const set = COLUMNS[entity];
  return { filters: {}, sort: DEFAULT_SORT, columns: [set.name, ...set.defaults] };
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
}

/**
 * The filters worth sending: no empty values, the text search trimmed and left out below two
 * characters (the API's minimum), arrays without repeats.
 */
export function cleanFilters(filters: Record<string, unknown>): RecordFilters {
  const clean: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(filters)) {
    let value = raw;
    if (key === "q" && typeof value === "string") value = value.trim().length >= 2 ? value.trim() : undefined;
    if (Array.isArray(value)) value = [...new Set(value)];
    if (!isEmpty(value)) clean[key] = value;
  }
  return clean as RecordFilters;
}

/** The columns kept from a list of keys: the known ones, in the list's order, name first. */
export function knownColumns(entity: RecordEntity, columns: readonly string[]): string[] {
  const set = COLUMNS[entity];
  return [set.name, ...set.optional.filter((column) => columns.includes(column))];
}

/** A saved view (or anything shaped like one) as the list's state. */
export function stateOf(entity: RecordEntity, view: { filters: Record<string, unknown>; sort?: string | null; columns: string[] }): ListState {
  return {
    filters: cleanFilters(view.filters),
    sort: view.sort || DEFAULT_SORT,
    columns: view.columns.length > 0 ? knownColumns(entity, view.columns) : defaultState(entity).columns,
  };
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Whether two states show the same list (a view with unsaved changes differs). */
export function sameState(a: ListState, b: ListState): boolean {
  return (
    canonical(cleanFilters(a.filters)) === canonical(cleanFilters(b.filters)) &&
    a.sort === b.sort &&
    canonical(a.columns) === canonical(b.columns)
  );
}

export function sortOf(sort: string): { key: string; descending: boolean } {
  return sort.startsWith("-") ? { key: sort.slice(1), descending: true } : { key: sort, descending: false };
}

/** A click on a column header: the other direction of that column, or its natural one (names A-Z, dates newest first). */
export function nextSort(current: string, key: string): string {
  const { key: currentKey, descending } = sortOf(current);
  if (currentKey === key) return descending ? key : `-${key}`;
  return key.endsWith("_at") ? `-${key}` : key;
}

/** How many filters are set (the text search aside), for the "Filters (2)" button. */
export function activeFilterCount(filters: RecordFilters): number {
  return Object.keys(cleanFilters(filters)).filter((key) => key !== "q").reduce(
    (count, key) => count + (key === "custom" ? (filters.custom?.length ?? 0) : key === "created_to" && filters.created_from ? 0 : 1),
    0,
  );
}

/** The value a `key=value` custom field condition sets, if any. */
export function customCondition(custom: readonly string[] | undefined, key: string): string | undefined {
  const prefix = `${key}=`;
  return custom?.find((condition) => condition.startsWith(prefix))?.slice(prefix.length);
}

/** The conditions with `key=value` set (or removed, for an empty value). */
export function withCustomCondition(custom: readonly string[] | undefined, key: string, value: string): string[] {
  const others = (custom ?? []).filter((condition) => !condition.startsWith(`${key}=`));
  return value === "" ? others : [...others, `${key}=${value}`];
}

const stampFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The name the backend gives an export, when its header is out of reach. */
export function exportFilename(entity: RecordEntity, format: ExportFormat, now: Date = new Date()): string {
  const parts = Object.fromEntries(stampFormat.formatToParts(now).map((part) => [part.type, part.value]));
  return `crm-${entity === "company" ? "companies" : "contacts"}-${parts.year}${parts.month}${parts.day}-${parts.hour}${parts.minute}.${format}`;
}

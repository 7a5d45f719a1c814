/**
 * What every CRM screen looks up about companies and contacts: the ones a page or board
 * names, fetched by id in one request (`?ids=`), and the searches of the pickers.
 */
import { keepPreviousData, useQuery, type QueryKey } from "@tanstack/react-query";

import { api } from "@/api/client";
import type { CursorPage } from "@/api/pagination";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

import { crmKeys } from "./keys";

type Schemas = components["schemas"];
export type Company = Schemas["CompanyRead"];
export type Contact = Schemas["ContactRead"];

/** The API takes up to this many ids per list request. */
export const IDS_PER_REQUEST = 200;
/** Names change rarely: fetched again after a while, or when a record is saved. */
const NAME_STALE_MS = 5 * 60_000;
const PICKER_LIMIT = 10;

/** Records by id: undefined while loading, null when the user may not see it (or it is gone). */
export interface RecordsById<T> {
  get: (id: string) => T | null | undefined;
}

/** Sorted unique ids, so the same set is the same query. */
function idSet(ids: readonly (string | null | undefined)[]): string[] {
  return [...new Set(ids.filter((id): id is string => Boolean(id)))].sort();
}

async function fetchByIds<T extends { id: string }>(
  ids: string[],
  fetchPage: (ids: string[]) => Promise<CursorPage<T>>,
): Promise<Map<string, T>> {
  const chunks: string[][] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_REQUEST) chunks.push(ids.slice(start, start + IDS_PER_REQUEST));
  const pages = await Promise.all(chunks.map(fetchPage));
  return new Map(pages.flatMap((page) => page.items).map((record) => [record.id, record]));
}

function useByIds<T extends { id: string }>(
  key: (ids: string[]) => QueryKey,
  ids: readonly (string | null | undefined)[],
  fetchPage: (ids: string[], signal: AbortSignal) => Promise<CursorPage<T>>,
): RecordsById<T> {
  const unique = idSet(ids);
  const query = useQuery({
    queryKey: key(unique),
    queryFn: ({ signal }) => fetchByIds(unique, (chunk) => fetchPage(chunk, signal)),
    enabled: unique.length > 0,
    staleTime: NAME_STALE_MS,
    // more ids (a column's next page, a contact added) keep the names already shown
    placeholderData: keepPreviousData,
  });
  const settled = (query.isSuccess && !query.isPlaceholderData) || query.isError;
  return { get: (id) => query.data?.get(id) ?? (settled ? null : undefined) };
}

/** The companies a page names (a board's cards, a contact list's company column), in one request. */
export function useCompaniesByIds(ids: readonly (string | null | undefined)[]): RecordsById<Company> {
  return useByIds(crmKeys.companiesByIds, ids, (chunk, signal) =>
    unwrap(api.GET("/api/v1/crm/companies", { params: { query: { ids: chunk, limit: chunk.length } }, signal })),
  );
}

/** The contacts a page names (a deal's contacts), in one request. */
export function useContactsByIds(ids: readonly (string | null | undefined)[]): RecordsById<Contact> {
  return useByIds(crmKeys.contactsByIds, ids, (chunk, signal) =>
    unwrap(api.GET("/api/v1/crm/contacts", { params: { query: { ids: chunk, limit: chunk.length } }, signal })),
  );
}

/** What a picker searches for: nothing below the API's two characters. */
function searchTerm(q: string): string | undefined {
  return q.length >= 2 ? q : undefined;
}

/** Companies for a picker: by name, CNPJ or phone; the first ones by name without a search. */
export function useCompanySearch(q: string, enabled: boolean) {
  const term = searchTerm(q);
  return useQuery({
    queryKey: crmKeys.companySearch(term ?? ""),
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/crm/companies", {
        params: { query: { q: term, sort: "legal_name", limit: PICKER_LIMIT } },
        signal,
      })),
    enabled,
    select: (page) => page.items,
  });
}

/** Contacts for a picker, of one company when given. */
export function useContactSearch(q: string, companyId: string | null, enabled: boolean) {
  const term = searchTerm(q);
  return useQuery({
    queryKey: crmKeys.contactSearch(term ?? "", companyId),
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/crm/contacts", {
        params: { query: { q: term, company_id: companyId ?? undefined, sort: "name", limit: PICKER_LIMIT } },
        signal,
      })),
    enabled,
    select: (page) => page.items,
  });
}

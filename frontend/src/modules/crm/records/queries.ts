/**
 * Query hooks over the CRM's records: companies and contacts (lists, detail, writes, merge,
 * bulk tags), their timelines and activities, and the deals related to them. Tags, custom
 * fields, saved views and exports are in `list/queries.ts`; imports in `import/queries.ts`.
 */
import { useInfiniteQuery, useMutation, useQueries, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { cursorQuery, PAGE_SIZE } from "@/api/pagination";
import { unwrap } from "@/api/problem";
import type { components, operations } from "@/api/schema";

type Schemas = components["schemas"];
export type Company = Schemas["CompanyRead"];
export type Contact = Schemas["ContactRead"];
export type CompanyInput = Schemas["CompanyCreate"];
export type ContactInput = Schemas["ContactCreate"];
export type Deal = Schemas["DealRead"];
export type TimelineEntry = Schemas["TimelineEntry"];
export type Activity = Schemas["ActivityRead"];
export type ActivityKind = Schemas["ActivityKind"];
export type ActivityInput = Schemas["ActivityCreate"];
export type LegalBasis = Schemas["LegalBasis"];
export type LeadSource = Schemas["LeadSource"];
export type CompanySize = Schemas["CompanySize"];
export type SearchResults = Schemas["SearchResults"];
/** The two kinds of records these screens list (deals have their own screens). */
export type RecordEntity = "company" | "contact";

type ListFilters<Op extends keyof operations> = Omit<
  NonNullable<NonNullable<operations[Op]["parameters"]["query"]>>,
  "cursor" | "limit" | "sort"
>;
export type CompanyFilters = ListFilters<"crm:list_companies">;
export type ContactFilters = ListFilters<"crm:list_contacts">;
export type DealFilters = ListFilters<"crm:list_deals">;

export const crmRecordKeys = {
  companies: ["crm", "companies"] as const,
  companyList: (filters: CompanyFilters, sort: string) => ["crm", "companies", "list", filters, sort] as const,
  company: (id: string) => ["crm", "companies", "detail", id] as const,
  contacts: ["crm", "contacts"] as const,
  contactList: (filters: ContactFilters, sort: string) => ["crm", "contacts", "list", filters, sort] as const,
  contact: (id: string) => ["crm", "contacts", "detail", id] as const,
  timelines: ["crm", "timeline"] as const,
  timeline: (entity: RecordEntity, id: string) => ["crm", "timeline", entity, id] as const,
  relatedDeals: (filters: DealFilters) => ["crm", "related-deals", filters] as const,
  search: (q: string) => ["crm", "search", q] as const,
};

/** The collection of this kind of record (lists and details), for invalidation. */
export function recordsKey(entity: RecordEntity) {
  return entity === "company" ? crmRecordKeys.companies : crmRecordKeys.contacts;
}

// -- companies -------------------------------------------------------------------------

export function useCompanies(filters: CompanyFilters, sort: string, { enabled = true } = {}) {
  return useInfiniteQuery({
    ...cursorQuery(crmRecordKeys.companyList(filters, sort), (cursor, signal) =>
      unwrap(api.GET("/api/v1/crm/companies", { params: { query: { ...filters, sort, cursor, limit: PAGE_SIZE } }, signal })),
    ),
    enabled,
  });
}

export function useCompany(id: string) {
  return useQuery({
    queryKey: crmRecordKeys.company(id),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/crm/companies/{company_id}", { params: { path: { company_id: id } }, signal })),
  });
}

/**
 * Names of several companies by id (a contact list's company column): each one's detail
 * query, shared with the company pages. The API has no "companies by ids" (see the report).
 */
export function useCompanyNames(ids: string[]): { data: Record<string, string | null> } {
  const unique = [...new Set(ids)];
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: crmRecordKeys.company(id),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        unwrap(api.GET("/api/v1/crm/companies/{company_id}", { params: { path: { company_id: id } }, signal })),
      staleTime: 5 * 60_000,
    })),
  });
  const data: Record<string, string | null> = {};
  unique.forEach((id, index) => {
    const company = results[index]?.data;
    if (company) data[id] = company.trade_name || company.legal_name;
    else if (results[index]?.isError) data[id] = null;
  });
  return { data };
}

function onRecordSaved<T extends { id: string }>(queryClient: QueryClient, entity: RecordEntity, record: T) {
  queryClient.setQueryData(entity === "company" ? crmRecordKeys.company(record.id) : crmRecordKeys.contact(record.id), record);
  return queryClient.invalidateQueries({ queryKey: recordsKey(entity), predicate: (query) => query.queryKey[2] !== "detail" });
}

export function useCreateCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CompanyInput) => unwrap(api.POST("/api/v1/crm/companies", { body })),
    onSuccess: (company) => onRecordSaved(queryClient, "company", company),
  });
}

export function useUpdateCompany(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas["CompanyUpdate"]) =>
      unwrap(api.PATCH("/api/v1/crm/companies/{company_id}", { params: { path: { company_id: id } }, body })),
    onSuccess: (company) => onRecordSaved(queryClient, "company", company),
  });
}

export function useDeleteCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE("/api/v1/crm/companies/{company_id}", { params: { path: { company_id: id } } })),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: crmRecordKeys.company(id) });
      return queryClient.invalidateQueries({ queryKey: crmRecordKeys.companies });
    },
  });
}

/** Merges the duplicates into the company (they are deleted); contacts and deals follow. */
export function useMergeCompanies(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (duplicateIds: string[]) =>
      unwrap(api.POST("/api/v1/crm/companies/{company_id}/merge", {
        params: { path: { company_id: id } },
        body: { duplicate_ids: duplicateIds },
      })),
    onSuccess: (company, duplicateIds) => {
      for (const duplicate of duplicateIds) queryClient.removeQueries({ queryKey: crmRecordKeys.company(duplicate) });
      void queryClient.invalidateQueries({ queryKey: crmRecordKeys.timeline("company", id) });
      void queryClient.invalidateQueries({ queryKey: crmRecordKeys.contacts });
      void queryClient.invalidateQueries({ queryKey: ["crm", "related-deals"] });
      return onRecordSaved(queryClient, "company", company);
    },
  });
}

// -- contacts --------------------------------------------------------------------------

export function useContacts(filters: ContactFilters, sort: string, { enabled = true } = {}) {
  return useInfiniteQuery({
    ...cursorQuery(crmRecordKeys.contactList(filters, sort), (cursor, signal) =>
      unwrap(api.GET("/api/v1/crm/contacts", { params: { query: { ...filters, sort, cursor, limit: PAGE_SIZE } }, signal })),
    ),
    enabled,
  });
}

export function useContact(id: string) {
  return useQuery({
    queryKey: crmRecordKeys.contact(id),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/crm/contacts/{contact_id}", { params: { path: { contact_id: id } }, signal })),
  });
}

export function useCreateContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ContactInput) => unwrap(api.POST("/api/v1/crm/contacts", { body })),
    onSuccess: (contact) => onRecordSaved(queryClient, "contact", contact),
  });
}

export function useUpdateContact(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas["ContactUpdate"]) =>
      unwrap(api.PATCH("/api/v1/crm/contacts/{contact_id}", { params: { path: { contact_id: id } }, body })),
    onSuccess: (contact) => onRecordSaved(queryClient, "contact", contact),
  });
}

export function useDeleteContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE("/api/v1/crm/contacts/{contact_id}", { params: { path: { contact_id: id } } })),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: crmRecordKeys.contact(id) });
      return queryClient.invalidateQueries({ queryKey: crmRecordKeys.contacts });
    },
  });
}

export function useMergeContacts(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (duplicateIds: string[]) =>
      unwrap(api.POST("/api/v1/crm/contacts/{contact_id}/merge", {
        params: { path: { contact_id: id } },
        body: { duplicate_ids: duplicateIds },
      })),
    onSuccess: (contact, duplicateIds) => {
      for (const duplicate of duplicateIds) queryClient.removeQueries({ queryKey: crmRecordKeys.contact(duplicate) });
      void queryClient.invalidateQueries({ queryKey: crmRecordKeys.timeline("contact", id) });
      void queryClient.invalidateQueries({ queryKey: ["crm", "related-deals"] });
      return onRecordSaved(queryClient, "contact", contact);
    },
  });
}

// -- both ------------------------------------------------------------------------------

export interface BulkTagChange {
  ids: string[];
  add?: string[];
  remove?: string[];
}

/** Adds and removes tags on many records at once; answers how many changed. */
export function useBulkTag(entity: RecordEntity) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkTagChange) =>
      unwrap(entity === "company"
        ? api.POST("/api/v1/crm/companies/bulk-tags", { body })
        : api.POST("/api/v1/crm/contacts/bulk-tags", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recordsKey(entity) }),
  });
}

export function useTimeline(entity: RecordEntity, id: string) {
  return useInfiniteQuery(
    cursorQuery(crmRecordKeys.timeline(entity, id), (cursor, signal) => {
      const query = { cursor, limit: 20 };
      return unwrap(entity === "company"
        ? api.GET("/api/v1/crm/companies/{company_id}/timeline", { params: { path: { company_id: id }, query }, signal })
        : api.GET("/api/v1/crm/contacts/{contact_id}/timeline", { params: { path: { contact_id: id }, query }, signal }));
    }),
  );
}

/** Logs a note, call, meeting or task; every timeline it shows on is refreshed. */
export function useLogActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ActivityInput) => unwrap(api.POST("/api/v1/crm/activities", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: crmRecordKeys.timelines }),
  });
}

/** Marks a task done (or open again). */
export function useCompleteTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, done }: { id: string; done: boolean }) =>
      unwrap(api.PATCH("/api/v1/crm/activities/{activity_id}", { params: { path: { activity_id: id } }, body: { done } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: crmRecordKeys.timelines }),
  });
}

/** Deals of a company or of a contact (newest first), for the detail pages. */
export function useRelatedDeals(filters: DealFilters) {
  return useInfiniteQuery(
    cursorQuery(crmRecordKeys.relatedDeals(filters), (cursor, signal) =>
      unwrap(api.GET("/api/v1/crm/deals", { params: { query: { ...filters, cursor, limit: 20 } }, signal })),
    ),
  );
}

/** Companies, contacts and deals matching `q` (two characters at least). */
export function useCrmSearch(q: string, limit = 10) {
  return useQuery({
    queryKey: [...crmRecordKeys.search(q), limit] as const,
    enabled: q.length >= 2,
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/crm/search", { params: { query: { q, limit } }, signal })),
  });
}

/**
 * Query hooks over the CRM's records: companies and contacts (lists, detail, writes, merge,
 * bulk tags) and the deals related to them. Tags, custom fields, saved views and exports are
 * in `list/queries.ts`; imports in `import/queries.ts`; timelines and lookups by id in `shared/`.
 */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { cursorQuery, PAGE_SIZE } from "@/api/pagination";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

import { crmKeys, recordKey, recordsKey, type CompanyFilters, type ContactFilters, type DealFilters, type RecordEntity } from "../shared/keys";
import type { Company, Contact } from "../shared/queries";

type Schemas = components["schemas"];
export type { Company, CompanyFilters, Contact, ContactFilters, DealFilters, RecordEntity };
export type CompanyInput = Schemas["CompanyCreate"];
export type ContactInput = Schemas["ContactCreate"];
export type Deal = Schemas["DealRead"];
export type LegalBasis = Schemas["LegalBasis"];
export type LeadSource = Schemas["LeadSource"];
export type CompanySize = Schemas["CompanySize"];
export type SearchResults = Schemas["SearchResults"];

// -- companies -------------------------------------------------------------------------

export function useCompanies(filters: CompanyFilters, sort: string, { enabled = true } = {}) {
  return useInfiniteQuery({
    ...cursorQuery(crmKeys.companyList(filters, sort), (cursor, signal) =>
      unwrap(api.GET("/api/v1/crm/companies", { params: { query: { ...filters, sort, cursor, limit: PAGE_SIZE } }, signal })),
    ),
    enabled,
  });
}

export function useCompany(id: string) {
  return useQuery({
    queryKey: crmKeys.company(id),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/crm/companies/{company_id}", { params: { path: { company_id: id } }, signal })),
  });
}

function onRecordSaved<T extends { id: string }>(queryClient: QueryClient, entity: RecordEntity, record: T) {
  queryClient.setQueryData(recordKey(entity, record.id), record);
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

// -- contacts --------------------------------------------------------------------------

export function useContacts(filters: ContactFilters, sort: string, { enabled = true } = {}) {
  return useInfiniteQuery({
    ...cursorQuery(crmKeys.contactList(filters, sort), (cursor, signal) =>
      unwrap(api.GET("/api/v1/crm/contacts", { params: { query: { ...filters, sort, cursor, limit: PAGE_SIZE } }, signal })),
    ),
    enabled,
  });
}

export function useContact(id: string) {
  return useQuery({
    queryKey: crmKeys.contact(id),
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

// -- both ------------------------------------------------------------------------------

export function useDeleteRecord(entity: RecordEntity) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(entity === "company"
        ? api.DELETE("/api/v1/crm/companies/{company_id}", { params: { path: { company_id: id } } })
        : api.DELETE("/api/v1/crm/contacts/{contact_id}", { params: { path: { contact_id: id } } })),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: recordKey(entity, id) });
      return queryClient.invalidateQueries({ queryKey: recordsKey(entity) });
    },
  });
}

/**
 * Merges the duplicates into the record (they are deleted); what was theirs (a company's
 * contacts, deals, history) follows, so those are fetched again.
 */
export function useMergeRecords(entity: RecordEntity, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (duplicateIds: string[]): Promise<Company | Contact> => {
      const body = { duplicate_ids: duplicateIds };
      return entity === "company"
        ? unwrap(api.POST("/api/v1/crm/companies/{company_id}/merge", { params: { path: { company_id: id } }, body }))
        : unwrap(api.POST("/api/v1/crm/contacts/{contact_id}/merge", { params: { path: { contact_id: id } }, body }));
    },
    onSuccess: (record, duplicateIds) => {
      for (const duplicate of duplicateIds) queryClient.removeQueries({ queryKey: recordKey(entity, duplicate) });
      void queryClient.invalidateQueries({ queryKey: crmKeys.timeline({ type: entity, id }) });
      if (entity === "company") void queryClient.invalidateQueries({ queryKey: crmKeys.contacts });
      void queryClient.invalidateQueries({ queryKey: crmKeys.relatedDeals });
      return onRecordSaved(queryClient, entity, record);
    },
  });
}

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

/** Deals of a company or of a contact (newest first), for the detail pages. */
export function useRelatedDeals(filters: DealFilters) {
  return useInfiniteQuery(
    cursorQuery(crmKeys.relatedDealList(filters), (cursor, signal) =>
      unwrap(api.GET("/api/v1/crm/deals", { params: { query: { ...filters, cursor, limit: 20 } }, signal })),
    ),
  );
}

/** Companies, contacts and deals matching `q` (two characters at least). */
export function useCrmSearch(q: string, limit = 10) {
  return useQuery({
    queryKey: crmKeys.search(q, limit),
    enabled: q.length >= 2,
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/crm/search", { params: { query: { q, limit } }, signal })),
  });
}

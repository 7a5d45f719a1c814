/**
 * What the deals screens show about other records: a company's or contact's name (the board's
 * cards carry ids only), searching them for a picker, and who may own a deal.
 */
import { useQuery } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

type Schemas = components["schemas"];
export type Company = Schemas["CompanyRead"];
export type Contact = Schemas["ContactRead"];
export type Member = Schemas["MemberRead"];

/** Names change rarely: one fetch per company or contact in a while is enough. */
const NAME_STALE_MS = 5 * 60_000;
const PICKER_LIMIT = 10;
/** Roles that may own CRM records (crm:write). */
const OWNER_ROLES = new Set<Member["role"]>(["Admin", "Diretor", "Comercial"]);

export const lookupKeys = {
  company: (id: string) => ["crm", "lookup", "company", id] as const,
  contact: (id: string) => ["crm", "lookup", "contact", id] as const,
  companies: (q: string) => ["crm", "lookup", "companies", q] as const,
  contacts: (q: string, companyId: string | null) => ["crm", "lookup", "contacts", q, companyId] as const,
  owners: ["crm", "lookup", "owners"] as const,
};

export function companyName(company: Pick<Company, "legal_name" | "trade_name">): string {
  return company.trade_name || company.legal_name;
}

export function useCompany(companyId: string | null | undefined) {
  return useQuery({
    queryKey: lookupKeys.company(companyId ?? ""),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/crm/companies/{company_id}", { params: { path: { company_id: companyId! } }, signal })),
    enabled: Boolean(companyId),
    staleTime: NAME_STALE_MS,
  });
}

export function useContact(contactId: string) {
  return useQuery({
    queryKey: lookupKeys.contact(contactId),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/crm/contacts/{contact_id}", { params: { path: { contact_id: contactId } }, signal })),
    staleTime: NAME_STALE_MS,
  });
}

/** Companies for a picker: by name, CNPJ or phone; the first ones by name without a search. */
export function useCompanySearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: lookupKeys.companies(q),
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/crm/companies", {
        params: { query: { q: q.length >= 2 ? q : undefined, sort: "legal_name", limit: PICKER_LIMIT } },
        signal,
      })),
    enabled,
    select: (page) => page.items,
  });
}

/** Contacts for a picker, of one company when given. */
export function useContactSearch(q: string, companyId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: lookupKeys.contacts(q, companyId),
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/crm/contacts", {
        params: { query: { q: q.length >= 2 ? q : undefined, company_id: companyId ?? undefined, sort: "name", limit: PICKER_LIMIT } },
        signal,
      })),
    enabled,
    select: (page) => page.items,
  });
}

/**
 * The members who may own a deal, by id. Only the user list of the admin area has them, so only
 * people holding admin:read get names; everyone else sees "you" or nothing.
 */
export function useOwners(enabled: boolean) {
  return useQuery({
    queryKey: lookupKeys.owners,
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/admin/users", { params: { query: { active: true, limit: 200 } }, signal })),
    enabled,
    staleTime: NAME_STALE_MS,
    select: (page) => page.items.filter((member) => OWNER_ROLES.has(member.role)),
  });
}

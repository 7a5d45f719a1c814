/**
 * Every query key of the CRM, in one place: which prefix a change invalidates is read here.
 * Everything about companies sits under `["crm", "companies"]` (lists, details, the names a
 * page looks up by id, a picker's search), so saving one refreshes them all; likewise contacts.
 */
import type { operations } from "@/api/schema";

/** The two kinds of records with list screens of their own (deals have the board). */
export type RecordEntity = "company" | "contact";

/** What a timeline belongs to. */
export interface TimelineSubject {
  type: RecordEntity | "deal";
  id: string;
}

type ListFilters<Op extends keyof operations> = Omit<
  NonNullable<NonNullable<operations[Op]["parameters"]["query"]>>,
  "cursor" | "limit" | "sort"
>;
export type CompanyFilters = ListFilters<"crm:list_companies">;
export type ContactFilters = ListFilters<"crm:list_contacts">;
export type DealFilters = ListFilters<"crm:list_deals">;

export interface BoardFilters {
  /** Only this owner's deals. */
  ownerId?: string;
  /** Text search (2 characters or more); the board's totals are then the matching deals'. */
  q?: string;
}

const companies = ["crm", "companies"] as const;
const contacts = ["crm", "contacts"] as const;

export const crmKeys = {
  companies,
  companyList: (filters: CompanyFilters, sort: string) => [...companies, "list", filters, sort] as const,
  company: (id: string) => [...companies, "detail", id] as const,
  /** Sorted, unique ids. */
  companiesByIds: (ids: readonly string[]) => [...companies, "by-ids", ids] as const,
  companySearch: (q: string) => [...companies, "search", q] as const,

  contacts,
  contactList: (filters: ContactFilters, sort: string) => [...contacts, "list", filters, sort] as const,
  contact: (id: string) => [...contacts, "detail", id] as const,
  contactsByIds: (ids: readonly string[]) => [...contacts, "by-ids", ids] as const,
  contactSearch: (q: string, companyId: string | null) => [...contacts, "search", q, companyId] as const,

  boards: ["crm", "board"] as const,
  boardsOf: (pipelineId: string) => ["crm", "board", pipelineId] as const,
  board: (pipelineId: string, filters: BoardFilters) => ["crm", "board", pipelineId, filters] as const,
  deal: (dealId: string) => ["crm", "deal", dealId] as const,
  /** Every move of a deal (board or deal page), to know whether one is on its way. */
  move: ["crm", "move-deal"] as const,
  relatedDeals: ["crm", "related-deals"] as const,
  relatedDealList: (filters: DealFilters) => ["crm", "related-deals", filters] as const,
  pipelines: ["crm", "pipelines"] as const,

  timelines: ["crm", "timeline"] as const,
  timeline: (subject: TimelineSubject) => ["crm", "timeline", subject.type, subject.id] as const,

  owners: ["crm", "owners"] as const,
  tags: ["crm", "tags"] as const,
  customFields: (entity: RecordEntity) => ["crm", "custom-fields", entity] as const,
  views: (entity: RecordEntity) => ["crm", "views", entity] as const,
  search: (q: string, limit: number) => ["crm", "search", q, limit] as const,

  imports: ["crm", "imports", "list"] as const,
  importJob: (id: string) => ["crm", "imports", "job", id] as const,
  importRowsOf: (id: string) => ["crm", "imports", "rows", id] as const,
  importRows: (id: string, action: string | null) => ["crm", "imports", "rows", id, action] as const,
};

/** The collection of this kind of record (lists, details, names), for invalidation. */
export function recordsKey(entity: RecordEntity) {
  return entity === "company" ? crmKeys.companies : crmKeys.contacts;
}

/** One company's or contact's detail. */
export function recordKey(entity: RecordEntity, id: string) {
  return entity === "company" ? crmKeys.company(id) : crmKeys.contact(id);
}

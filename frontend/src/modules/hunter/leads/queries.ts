/** Query hooks over the hunter's leads: the filtered list, one lead, and the review (approve, discard, re-score). */
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData, type QueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { cursorQuery, PAGE_SIZE, type CursorPage } from "@/api/pagination";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

type Schemas = components["schemas"];
export type Lead = Schemas["LeadRead"];
export type LeadStatus = Schemas["LeadStatus"];
export type Tier = Schemas["Tier"];
export type BreakdownItem = Schemas["BreakdownItem"];
export type LeadCorrections = Schemas["LeadCorrections"];
export type LeadSort = "score" | "created_at";

/** The list's filters, as the backend takes them (`hunter:list_leads`). */
export interface LeadFilters {
  search_id?: string;
  status?: LeadStatus;
  tier?: Tier;
  qualified?: boolean;
  min_score?: number;
  state?: string;
  q?: string;
}

export const leadKeys = {
  all: ["hunter", "leads"] as const,
  lists: ["hunter", "leads", "list"] as const,
  list: (filters: LeadFilters, sort: LeadSort) => ["hunter", "leads", "list", filters, sort] as const,
  lead: (id: string) => ["hunter", "leads", "detail", id] as const,
};

export function useLeads(filters: LeadFilters, sort: LeadSort, { limit = PAGE_SIZE, enabled = true } = {}) {
  return useInfiniteQuery({
    ...cursorQuery(leadKeys.list(filters, sort), (cursor, signal) =>
      unwrap(api.GET("/api/v1/hunter/leads", { params: { query: { ...filters, sort, cursor, limit } }, signal })),
    ),
    enabled,
    // a new filter keeps the rows on screen until its page arrives
    placeholderData: keepPreviousData,
  });
}

export function useLead(id: string | null) {
  const queryClient = useQueryClient();
  return useQuery<Lead>({
    queryKey: leadKeys.lead(id ?? ""),
    enabled: Boolean(id),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/hunter/leads/{lead_id}", { params: { path: { lead_id: id! } }, signal })),
    // the row the list already has shows at once
    placeholderData: () => (id ? listedLead(queryClient, id) : undefined),
  });
}

function listedLead(queryClient: QueryClient, id: string): Lead | undefined {
  for (const [, data] of queryClient.getQueriesData<InfiniteData<CursorPage<Lead>>>({ queryKey: leadKeys.lists })) {
    const found = data?.pages.flatMap((page) => page.items).find((lead) => lead.id === id);
    if (found) return found;
  }
  return undefined;
}

/**
 * A reviewed lead into the cache: its page, and its row wherever a list shows it (in place: a
 * lead approved from "to review" stays on screen with its new status until the list is
 * loaded again, so the rows do not jump under the reviewer's pointer).
 */
export function receiveLead(queryClient: QueryClient, lead: Lead): void {
  queryClient.setQueryData(leadKeys.lead(lead.id), lead);
  queryClient.setQueriesData<InfiniteData<CursorPage<Lead>>>({ queryKey: leadKeys.lists }, (data) =>
    data && { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map((item) => (item.id === lead.id ? lead : item)) })) },
  );
  void queryClient.invalidateQueries({ queryKey: leadKeys.lists, refetchType: "none" });
}

function approve(id: string) {
  return unwrap(api.POST("/api/v1/hunter/leads/{lead_id}/approve", { params: { path: { lead_id: id } } }));
}

/** Approves for outreach: a qualified lead goes to the SDR. */
export function useApproveLead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => approve(id),
    onSuccess: (lead) => receiveLead(queryClient, lead),
  });
}

export interface BulkApproval {
  ids: string[];
  /** After each lead: how many are done. */
  onProgress?: (done: number) => void;
}

export interface BulkApproved {
  approved: Lead[];
  failed: { id: string; error: Error }[];
}

/** Approves several leads one after the other (the single endpoint, in turn); a failure does not stop the rest. */
export function useApproveLeads() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ ids, onProgress }: BulkApproval): Promise<BulkApproved> => {
      const result: BulkApproved = { approved: [], failed: [] };
      for (const id of ids) {
        try {
          const lead = await approve(id);
          receiveLead(queryClient, lead);
          result.approved.push(lead);
        } catch (error) {
          result.failed.push({ id, error: error as Error });
        }
        onProgress?.(result.approved.length + result.failed.length);
      }
      return result;
    },
  });
}

export function useDiscardLead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      unwrap(api.POST("/api/v1/hunter/leads/{lead_id}/discard", { params: { path: { lead_id: id } }, body: { reason } })),
    onSuccess: (lead) => receiveLead(queryClient, lead),
  });
}

/** Reruns the qualifier with the reviewer's note and corrected facts. */
export function useRescoreLead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, feedback, corrections }: { id: string; feedback: string; corrections: LeadCorrections }) =>
      unwrap(api.POST("/api/v1/hunter/leads/{lead_id}/rescore", { params: { path: { lead_id: id } }, body: { feedback, corrections } })),
    onSuccess: (lead) => receiveLead(queryClient, lead),
  });
}

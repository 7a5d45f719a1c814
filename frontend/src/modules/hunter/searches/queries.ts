/** Query hooks over the hunter's searches: start one, follow it live (realtime, polling), the past ones. */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData, type QueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { cursorQuery, type CursorPage } from "@/api/pagination";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

import { isActive, mergeProgress, type AgentTask, type RunStatus, type Search } from "./progress";
import { leadKeys } from "../leads/queries";

type Schemas = components["schemas"];
export type SearchCreate = Schemas["SearchCreate"];
export type SearchStarted = Schemas["SearchStarted"];
export type SourceSpec = SearchCreate["sources"][number];
export type SourceReport = Schemas["SourceReport"];
export type { AgentTask, Search };

/** Polling while a search runs: the realtime events are the fast path, this the fallback. */
export const POLL_MS = 3000;
export const SEARCH_PAGE = 20;

export const searchKeys = {
  all: ["hunter", "searches"] as const,
  list: ["hunter", "searches", "list"] as const,
  search: (id: string) => ["hunter", "searches", "detail", id] as const,
  task: (runId: string) => ["hunter", "searches", "task", runId] as const,
};

export function useStartSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SearchCreate) => unwrap(api.POST("/api/v1/hunter/search", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: searchKeys.list }),
  });
}

/** One search; polled while it runs. */
export function useSearch(id: string | null | undefined) {
  return useQuery({
    queryKey: searchKeys.search(id ?? ""),
    enabled: Boolean(id),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/hunter/searches/{search_id}", { params: { path: { search_id: id! } }, signal })),
    refetchInterval: (query) => (query.state.data && isActive(query.state.data.status) ? POLL_MS : false),
  });
}

/**
 * The search's agent run (its live counters), while the search runs; for those who may read
 * agent runs. Realtime progress lands in the same cache entry.
 */
export function useSearchTask(runId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: searchKeys.task(runId ?? ""),
    enabled: Boolean(runId) && enabled,
    queryFn: async ({ signal, client }) => {
      const task = await unwrap(api.GET("/api/v1/agents/tasks/{run_id}", { params: { path: { run_id: runId! } }, signal }));
      // a realtime event may have brought newer counters than this answer
      const cached = client.getQueryData<AgentTask>(searchKeys.task(runId!));
      return cached ? { ...task, progress: mergeProgress(cached.progress, task.progress) } : task;
    },
    refetchInterval: (query) => (query.state.data && !isRunOver(query.state.data.status) ? POLL_MS : false),
  });
}

export function isRunOver(status: RunStatus): boolean {
  return !["queued", "running", "awaiting_approval"].includes(status);
}

export function useSearches() {
  return useInfiniteQuery({
    ...cursorQuery(searchKeys.list, (cursor, signal) =>
      unwrap(api.GET("/api/v1/hunter/searches", { params: { query: { cursor, limit: SEARCH_PAGE } }, signal })),
    ),
    // a running search in the list keeps it fresh
    refetchInterval: (query) => (query.state.data?.pages.some((page) => page.items.some((s) => isActive(s.status))) ? POLL_MS * 2 : false),
  });
}

/** What `ai.agent_run_progressed` carries. */
export interface RunProgress {
  run_id: string;
  agent: string;
  status: RunStatus;
  progress: Record<string, unknown>;
}

/** The searches in the cache whose run this is. */
function searchesOfRun(queryClient: QueryClient, runId: string): Search[] {
  const details = queryClient.getQueriesData<Search>({ queryKey: ["hunter", "searches", "detail"] }).map(([, search]) => search);
  const listed = queryClient.getQueryData<InfiniteData<CursorPage<Search>>>(searchKeys.list)?.pages.flatMap((page) => page.items) ?? [];
  return [...details, ...listed].filter((search): search is Search => search?.run_id === runId);
}

/** A run's progress into the cache (the run's entry, merged so counters never go back). */
export function receiveRunProgress(queryClient: QueryClient, event: RunProgress): void {
  const known = queryClient.getQueryData<AgentTask>(searchKeys.task(event.run_id));
  if (!known && searchesOfRun(queryClient, event.run_id).length === 0) return; // not a search on screen
  queryClient.setQueryData<AgentTask>(searchKeys.task(event.run_id), (task) => ({
    id: event.run_id,
    result: null,
    error: null,
    ...task,
    status: event.status,
    progress: mergeProgress(task?.progress ?? {}, event.progress ?? {}),
  }));
  // the first progress of a queued search: it is running now
  for (const search of searchesOfRun(queryClient, event.run_id)) {
    if (search.status === "queued") queryClient.setQueryData<Search>(searchKeys.search(search.id), (s) => s && { ...s, status: "running" });
  }
}

/** The run ended: its search's row has the final counts and the sources' report. */
export function receiveRunFinished(queryClient: QueryClient, event: { run_id: string; status: RunStatus }): void {
  const searches = searchesOfRun(queryClient, event.run_id);
  queryClient.setQueryData<AgentTask>(searchKeys.task(event.run_id), (task) => task && { ...task, status: event.status });
  for (const search of searches) void queryClient.invalidateQueries({ queryKey: searchKeys.search(search.id) });
  if (searches.length > 0) void queryClient.invalidateQueries({ queryKey: searchKeys.list });
}

/** What `hunter.search_finished` carries. */
export interface SearchFinished {
  search_id: string;
  status: string;
  found: number;
  qualified: number;
  started_by: string | null;
}

/** A search ended: it, the past searches and the leads are fetched again. */
export interface SearchProgressed {
  search_id: string;
  found: number;
  duplicates: number;
  in_crm: number;
  scored: number;
  qualified: number;
}

/** `hunter.search_progressed` (each stored batch): the counters on a search being shown. */
export function receiveSearchProgress(queryClient: QueryClient, event: SearchProgressed): void {
  const { search_id, ...counters } = event;
  queryClient.setQueryData<Search>(searchKeys.search(search_id), (search) =>
    search && search.scored <= counters.scored ? { ...search, ...counters } : search,
  );
}

export function receiveSearchFinished(queryClient: QueryClient, event: SearchFinished): void {
  void queryClient.invalidateQueries({ queryKey: searchKeys.search(event.search_id) });
  void queryClient.invalidateQueries({ queryKey: searchKeys.list });
  void queryClient.invalidateQueries({ queryKey: leadKeys.lists });
}

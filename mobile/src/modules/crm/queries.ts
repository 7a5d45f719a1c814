import {
  type InfiniteData,
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useState } from 'react';

import { api, type Schema } from '@/api/client';
import { unwrap } from '@/api/problem';

import { type DealSummary, placeInBoard, refreshCard, statusIn } from './boardCache';

export type { DealSummary } from './boardCache';
export type Pipeline = Schema<'PipelineRead'>;
export type Stage = Schema<'StageRead'>;
export type Board = Schema<'BoardRead'>;
export type BoardColumn = Schema<'BoardColumn'>;
export type Deal = Schema<'DealRead'>;
export type Contact = Schema<'ContactRead'>;
export type Company = Schema<'CompanyRead'>;
export type Activity = Schema<'ActivityRead'>;
export type ActivityKind = Schema<'ActivityKind'>;
export type TimelineEntry = Schema<'TimelineEntry'>;
export type MyTasks = Schema<'MyTasks'>;
export type MyTask = Schema<'MyTask'>;
type DealPage = Schema<'Page_DealRead_'>;

const PER_STAGE = 20;
const TIMELINE_SIZE = 20;

const pipelinesKey = ['crm', 'pipelines'] as const;
const boardKey = (pipelineId: string) => ['crm', 'board', pipelineId] as const;
/** The pages of a stage after the board's first one. */
const stageDealsKey = ['crm', 'stage-deals'] as const;
const dealKey = (id: string) => ['crm', 'deal', id] as const;
const contactKey = (id: string) => ['crm', 'contact', id] as const;
const companyKey = (id: string) => ['crm', 'company', id] as const;
const timelinesKey = ['crm', 'timeline'] as const;
export const myTasksKey = ['crm', 'tasks', 'mine'] as const;

/** The organization's pipelines with their stages, in order. */
export function usePipelines() {
  return useQuery({
    queryKey: pipelinesKey,
    queryFn: () => unwrap(api.GET('/api/v1/crm/pipelines')),
    select: (pipelines) => [...pipelines].sort((a, b) => a.position - b.position),
  });
}

/** Each stage with its count, totals and first deals. */
export function useBoard(pipelineId: string | undefined) {
  return useQuery({
    queryKey: boardKey(pipelineId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/crm/pipelines/{pipeline_id}/board', {
          params: { path: { pipeline_id: pipelineId! }, query: { per_stage: PER_STAGE } },
        }),
      ),
    enabled: !!pipelineId,
  });
}

/** The deals of one stage: the board's first page, then more on demand (the list endpoint). */
export function useStageDeals(pipelineId: string, column: BoardColumn) {
  const [wanted, setWanted] = useState(false);
  const cursor = column.next_cursor;
  const more = useInfiniteQuery({
    queryKey: [...stageDealsKey, column.stage.id, cursor],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/crm/deals', {
          params: {
            query: {
              pipeline_id: pipelineId,
              stage_id: column.stage.id,
              sort: 'position',
              limit: PER_STAGE,
              cursor: pageParam,
            },
          },
        }),
      ),
    initialPageParam: cursor,
    getNextPageParam: (page) => page.next_cursor,
    enabled: wanted && !!cursor,
  });
  const first = new Set(column.deals.map((d) => d.id));
  const extra = (more.data?.pages ?? []).flatMap((page) => page.items);
  const deals: DealSummary[] = [...column.deals, ...extra.filter((d) => !first.has(d.id))];
  return {
    deals,
    hasMore: more.data ? more.hasNextPage : !!cursor,
    loadingMore: more.isFetching,
    loadMore: () => (more.data ? void more.fetchNextPage() : setWanted(true)),
    query: more,
  };
}

export function useDeal(id: string) {
  return useQuery({
    queryKey: dealKey(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/crm/deals/{deal_id}', { params: { path: { deal_id: id } } })),
  });
}

/** The deals of a contact, newest first. */
export function useContactDeals(contactId: string) {
  return useQuery({
    queryKey: ['crm', 'contact-deals', contactId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/crm/deals', { params: { query: { contact_id: contactId, limit: 20 } } }),
      ),
    select: (page) => page.items,
  });
}

export function useContact(id: string) {
  return useQuery({
    queryKey: contactKey(id),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/crm/contacts/{contact_id}', { params: { path: { contact_id: id } } }),
      ),
  });
}

/** The contacts of a deal (one call each: the API lists no contacts by id). */
export function useContacts(ids: string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: contactKey(id),
      queryFn: () =>
        unwrap(
          api.GET('/api/v1/crm/contacts/{contact_id}', { params: { path: { contact_id: id } } }),
        ),
    })),
  });
}

export function useCompany(id: string | null) {
  return useQuery({
    queryKey: companyKey(id ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/crm/companies/{company_id}', { params: { path: { company_id: id! } } }),
      ),
    enabled: !!id,
  });
}

export type TimelineOf = { type: 'deal' | 'contact'; id: string };

/** The latest of a deal's or a contact's timeline: activities and what happened to it. */
export function useTimeline({ type, id }: TimelineOf) {
  return useQuery({
    queryKey: [...timelinesKey, type, id],
    queryFn: () =>
      unwrap(
        type === 'deal'
          ? api.GET('/api/v1/crm/deals/{deal_id}/timeline', {
              params: { path: { deal_id: id }, query: { limit: TIMELINE_SIZE } },
            })
          : api.GET('/api/v1/crm/contacts/{contact_id}/timeline', {
              params: { path: { contact_id: id }, query: { limit: TIMELINE_SIZE } },
            }),
      ),
    select: (page) => page.items,
  });
}

/** The caller's open tasks: overdue and due today (São Paulo days). */
export function useMyTasks() {
  return useQuery({
    queryKey: myTasksKey,
    queryFn: () => unwrap(api.GET('/api/v1/crm/tasks/mine')),
  });
}

/** A move refused because the deal changed since it was read (409): the deal as it is now. */
export class StaleDeal extends Error {
  constructor(readonly current: Deal) {
    super('stale_version');
    this.name = 'StaleDeal';
  }
}

function isStale(body: unknown): body is Schema<'StaleDealProblem'> {
  const current = (body as { current?: { id?: unknown } } | null)?.current;
  return typeof current?.id === 'string';
}

export type Move = { deal: DealSummary; pipelineId: string; to: Stage; lostReason?: string };

function withoutDeal(data: InfiniteData<DealPage> | undefined, id: string) {
  return (
    data && {
      ...data,
      pages: data.pages.map((page) => ({ ...page, items: page.items.filter((d) => d.id !== id) })),
    }
  );
}

function patchDeal(queryClient: QueryClient, id: string, patch: (deal: Deal) => Deal) {
  queryClient.setQueryData<Deal>(dealKey(id), (deal) => deal && patch(deal));
}

/**
 * Moves a deal to the top of another stage with the version the user saw. The board shows
 * the move at once; a refusal puts everything back (a 409 also brings the deal as it is now).
 */
export function useMoveDeal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ deal, to, lostReason }: Move) => {
      const result = await api.POST('/api/v1/crm/deals/{deal_id}/move', {
        params: { path: { deal_id: deal.id } },
        body: { stage_id: to.id, position: 0, version: deal.version, lost_reason: lostReason },
      });
      if (result.response.status === 409 && isStale(result.error)) {
        throw new StaleDeal(result.error.current);
      }
      return unwrap(Promise.resolve(result));
    },
    onMutate: async ({ deal, pipelineId, to, lostReason }) => {
      await queryClient.cancelQueries({ queryKey: boardKey(pipelineId) });
      const board = queryClient.getQueryData<Board>(boardKey(pipelineId));
      const detail = queryClient.getQueryData<Deal>(dealKey(deal.id));
      if (board) queryClient.setQueryData(boardKey(pipelineId), placeInBoard(board, deal, to));
      queryClient.setQueriesData<InfiniteData<DealPage>>({ queryKey: stageDealsKey }, (data) =>
        withoutDeal(data, deal.id),
      );
      patchDeal(queryClient, deal.id, (d) => ({
        ...d,
        stage_id: to.id,
        status: statusIn(to),
        probability: to.probability,
        lost_reason: to.is_lost ? (lostReason ?? d.lost_reason) : d.lost_reason,
      }));
      return { board, detail };
    },
    onError: (error, { deal, pipelineId }, saved) => {
      if (saved?.board) queryClient.setQueryData(boardKey(pipelineId), saved.board);
      if (error instanceof StaleDeal) queryClient.setQueryData(dealKey(deal.id), error.current);
      else if (saved?.detail) queryClient.setQueryData(dealKey(deal.id), saved.detail);
    },
    onSuccess: (deal, { pipelineId }) => {
      queryClient.setQueryData(dealKey(deal.id), deal);
      queryClient.setQueryData<Board>(boardKey(pipelineId), (board) =>
        board ? refreshCard(board, deal) : board,
      );
    },
    onSettled: (_data, _error, { deal, pipelineId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: boardKey(pipelineId) }),
        queryClient.invalidateQueries({ queryKey: stageDealsKey }),
        queryClient.invalidateQueries({ queryKey: [...timelinesKey, 'deal', deal.id] }),
      ]),
  });
}

export type NewActivity = Schema<'ActivityCreate'>;

/** Logs a note, call, meeting or task on a deal or a contact. */
export function useLogActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewActivity) => unwrap(api.POST('/api/v1/crm/activities', { body })),
    onSuccess: (activity) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: timelinesKey }),
        activity.kind === 'task' ? queryClient.invalidateQueries({ queryKey: myTasksKey }) : null,
      ]),
  });
}

function patchTask(queryClient: QueryClient, id: string, patch: (task: Activity) => Activity) {
  queryClient.setQueryData<MyTasks>(myTasksKey, (tasks) => {
    if (!tasks) return tasks;
    const map = (list: Activity[]) => list.map((task) => (task.id === id ? patch(task) : task));
    return { overdue: map(tasks.overdue), due_today: map(tasks.due_today) };
  });
}

/**
 * Marks a task done or open again. The list keeps a done task (struck through, to undo)
 * until it is refreshed; the server only lists open ones.
 */
export function useToggleTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ task, done }: { task: Activity; done: boolean }) =>
      unwrap(
        api.PATCH('/api/v1/crm/activities/{activity_id}', {
          params: { path: { activity_id: task.id } },
          body: { done },
        }),
      ),
    onMutate: async ({ task, done }) => {
      await queryClient.cancelQueries({ queryKey: myTasksKey });
      patchTask(queryClient, task.id, (t) => ({
        ...t,
        done_at: done ? new Date().toISOString() : null,
      }));
    },
    onError: (_error, { task }) =>
      patchTask(queryClient, task.id, (t) => ({ ...t, done_at: task.done_at })),
    onSuccess: (saved) => patchTask(queryClient, saved.id, () => saved),
    onSettled: () => queryClient.invalidateQueries({ queryKey: timelinesKey }),
  });
}

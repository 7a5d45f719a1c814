import { infiniteQueryOptions, type InfiniteData, type QueryKey } from "@tanstack/react-query";

/** The backend's cursor page: `{items, next_cursor}`; pass `next_cursor` back as `cursor`. */
export interface CursorPage<T> {
  items: T[];
  next_cursor?: string | null;
}

export const PAGE_SIZE = 50;

/** Options for a "load more" list over a cursor-paginated endpoint. */
export function cursorQuery<T, K extends QueryKey>(
  queryKey: K,
  fetchPage: (cursor: string | undefined, signal: AbortSignal) => Promise<CursorPage<T>>,
) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
}

export function pageItems<T>(data: InfiniteData<CursorPage<T>> | undefined): T[] {
  return data?.pages.flatMap((page) => page.items) ?? [];
}

import type { InfiniteData } from '@tanstack/react-query';

type Page<T> = { items: T[]; next_cursor?: string | null };
export type Pages<T> = InfiniteData<Page<T>>;
export type KeyOf<T> = (item: T) => string;

/** Where an item sat in the loaded pages: its page and index, and the item that followed it. */
export type Spot = { page: number; index: number; before: string | null };

/** The pages without the item keyed `id`, and where it was (null when not loaded). */
export function removeItem<T>(
  data: Pages<T> | undefined,
  key: KeyOf<T>,
  id: string,
): { data: Pages<T> | undefined; spot: Spot | null } {
  const items = allItems(data);
  const at = items.findIndex((item) => key(item) === id);
  if (!data || at < 0) return { data, spot: null };
  const page = data.pages.findIndex((p) => p.items.some((item) => key(item) === id));
  const index = data.pages[page]!.items.findIndex((item) => key(item) === id);
  const next = items[at + 1];
  const pages = data.pages.map((p) => ({
    ...p,
    items: p.items.filter((item) => key(item) !== id),
  }));
  return { data: { ...data, pages }, spot: { page, index, before: next ? key(next) : null } };
}

/**
 * The pages with `item` back where it was: before the item that followed it when that one
 * is still there, else at its old index. Unchanged when a refetch already brought it back.
 */
export function restoreItem<T>(
  data: Pages<T> | undefined,
  item: T,
  spot: Spot,
  key: KeyOf<T>,
): Pages<T> | undefined {
  if (!data || data.pages.length === 0 || allItems(data).some((i) => key(i) === key(item))) {
    return data;
  }
  const beforePage = data.pages.findIndex((p) => p.items.some((i) => key(i) === spot.before));
  const page = beforePage >= 0 ? beforePage : Math.min(spot.page, data.pages.length - 1);
  const pages = data.pages.map((p, n) => {
    if (n !== page) return p;
    const items = [...p.items];
    const before = items.findIndex((i) => key(i) === spot.before);
    items.splice(before >= 0 ? before : Math.min(spot.index, items.length), 0, item);
    return { ...p, items };
  });
  return { ...data, pages };
}

/** Every item of the loaded pages, in order. */
export function allItems<T>(data: Pages<T> | undefined): T[] {
  return data?.pages.flatMap((page) => page.items) ?? [];
}

import { allItems, type Pages, removeItem, restoreItem } from '@/modules/sdr/pagesCache';

type Item = { id: string };
const pages = (...lists: string[][]): Pages<Item> => ({
  pages: lists.map((ids, i) => ({
    items: ids.map((id) => ({ id })),
    next_cursor: i < lists.length - 1 ? String(i + 1) : null,
  })),
  pageParams: lists.map((_, i) => (i ? String(i) : undefined)),
});
const ids = (data: Pages<Item> | undefined) => allItems(data).map((item) => item.id);
const key = (item: Item) => item.id;

describe('taking an item out of loaded pages and putting it back', () => {
  it('removes it from its page and remembers where it was', () => {
    const { data, spot } = removeItem(pages(['a', 'b'], ['c', 'd']), key, 'b');

    expect(ids(data)).toEqual(['a', 'c', 'd']);
    expect(spot).toEqual({ page: 0, index: 1, before: 'c' });
    expect(ids(restoreItem(data, { id: 'b' }, spot!, key))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('puts it back before what followed it, after others left meanwhile', () => {
    const { data, spot } = removeItem(pages(['a', 'b', 'c']), key, 'b');
    const later = removeItem(data, key, 'a').data;

    expect(ids(restoreItem(later, { id: 'b' }, spot!, key))).toEqual(['b', 'c']);
  });

  it('the last one goes back at its index', () => {
    const { data, spot } = removeItem(pages(['a', 'b']), key, 'b');

    expect(spot?.before).toBeNull();
    expect(ids(restoreItem(data, { id: 'b' }, spot!, key))).toEqual(['a', 'b']);
  });

  it('does not add it twice when a refetch brought it back already', () => {
    const spot = { page: 0, index: 1, before: 'c' };

    expect(ids(restoreItem(pages(['a', 'b', 'c']), { id: 'b' }, spot, key))).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('leaves an unloaded list alone', () => {
    expect(removeItem<Item>(undefined, key, 'a')).toEqual({ data: undefined, spot: null });
    expect(removeItem(pages(['a']), key, 'z').spot).toBeNull();
    const spot = { page: 0, index: 0, before: null };
    expect(restoreItem<Item>(undefined, { id: 'a' }, spot, key)).toBeUndefined();
  });
});

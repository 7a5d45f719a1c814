"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";

import { useDebounced } from "@/lib/use-debounced";

import type { RecordEntity } from "../queries";
import { cleanFilters, defaultState, stateOf, type ListState, type RecordFilters } from "./list-state";
import { useViews, type SavedView } from "./queries";

/**
 * A list screen's state: filters, sort and columns, the saved view they came from (kept in
 * `?view=` so a reload or a shared link shows the same view), and the selected rows.
 */
export function useListState(entity: RecordEntity) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const views = useViews(entity);
  const viewParam = params.get("view");
  const [state, setState] = useState<ListState>(() => defaultState(entity));
  const [viewId, setViewId] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [appliedParam, setAppliedParam] = useState<string | null>(null);

  // a view named in the URL applies once the user's views are loaded
  if (viewParam && viewParam !== appliedParam && views.data) {
    setAppliedParam(viewParam);
    const view = views.data.find((v) => v.id === viewParam);
    if (view) {
      setViewId(view.id);
      setState(stateOf(entity, view));
    }
  }

  const pickView = (view: SavedView | null) => {
    setViewId(view?.id ?? null);
    setAppliedParam(view?.id ?? null);
    setState(view ? stateOf(entity, view) : defaultState(entity));
    setSelected(new Set());
    const next = new URLSearchParams(params.toString());
    if (view) next.set("view", view.id);
    else next.delete("view");
    const query = next.toString();
    router.replace(query ? `${pathname}?${query}` : pathname);
  };

  const setFilters = (filters: RecordFilters) => setState((current) => ({ ...current, filters }));
  // the query's filters, once typing has settled
  const settled = useDebounced(state.filters);
  const queryFilters = useMemo(() => cleanFilters(settled), [settled]);

  return { state, setState, setFilters, queryFilters, viewId, pickView, selected, setSelected };
}

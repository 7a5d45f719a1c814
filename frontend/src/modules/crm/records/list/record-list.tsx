"use client";

import type { InfiniteData } from "@tanstack/react-query";
import { FilterIcon } from "lucide-react";
import { useState, type ReactNode } from "react";

import { pageItems, type CursorPage } from "@/api/pagination";
import { useCurrentUser } from "@/auth/use-session";
import { LoadMore } from "@/components/load-more";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";

import { canWriteCrm } from "../../shared/access";
import { entityLabels, recordHref } from "../entity-labels";
import type { RecordEntity } from "../queries";
import { BulkTagBar } from "./bulk-tag-bar";
import { ColumnsMenu } from "./columns-menu";
import { ExportMenu } from "./export-menu";
import { FilterPanel } from "./filter-panel";
import { activeFilterCount, cleanFilters, defaultState } from "./list-state";
import { RecordTable } from "./record-table";
import type { useListState } from "./use-list-state";
import { ViewsMenu } from "./views-menu";

interface InfiniteList<T> {
  data: InfiniteData<CursorPage<T>> | undefined;
  isError: boolean;
  isPending: boolean;
  error: Error | null;
  refetch: () => unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

export interface RecordListProps<T extends { id: string; tag_ids: string[] }> {
  entity: RecordEntity;
  list: ReturnType<typeof useListState>;
  query: InfiniteList<T>;
  nameOf: (item: T) => string;
  detailOf?: (item: T) => ReactNode;
  cell: (item: T, column: string) => ReactNode;
  /** The list's own filters, inside the filter panel. */
  filters?: ReactNode;
}

/** A CRM list: search, filters, saved views, columns, export, sortable table, bulk tags, load more. */
export function RecordList<T extends { id: string; tag_ids: string[] }>(props: RecordListProps<T>) {
  const { entity, list, query, nameOf, detailOf, cell, filters } = props;
  const t = useT();
  const labels = t.crm.records.list;
  const { searchPlaceholder, empty } = entityLabels(t, entity);
  const writable = canWriteCrm(useCurrentUser());
  const [filtersOpen, setFiltersOpen] = useState(false);
  const { state, setState, setFilters, selected, setSelected } = list;
  const items = pageItems(query.data);
  const count = activeFilterCount(state.filters);
  const filtered = Object.keys(cleanFilters(state.filters)).length > 0;
  const selectedIds = [...selected];
  const carried = [...new Set(items.filter((item) => selected.has(item.id)).flatMap((item) => item.tag_ids))];

  return (
    <>
      <div className="mb-3 flex flex-wrap items-end gap-2">
        <div className="min-w-48 flex-1">
          <FormField label={labels.search}>
            <Input
              type="search"
              placeholder={searchPlaceholder}
              value={state.filters.q ?? ""}
              onChange={(e) => setFilters({ ...state.filters, q: e.target.value })}
            />
          </FormField>
        </div>
        <Button variant={count > 0 ? "secondary" : "outline"} aria-expanded={filtersOpen} onClick={() => setFiltersOpen(!filtersOpen)}>
          <FilterIcon aria-hidden />
          {count > 0 ? labels.filtersCount(count) : labels.filters}
        </Button>
        <ViewsMenu entity={entity} state={state} activeViewId={list.viewId} onPick={list.pickView} />
        <ColumnsMenu entity={entity} columns={state.columns} onChange={(columns) => setState({ ...state, columns })} />
        <ExportMenu entity={entity} state={{ ...state, filters: list.queryFilters }} />
      </div>
      {filtersOpen && (
        <FilterPanel
          entity={entity}
          filters={state.filters}
          onChange={setFilters}
          onClear={() => setFilters({ ...defaultState(entity).filters, q: state.filters.q })}
        >
          {filters}
        </FilterPanel>
      )}
      {writable && selectedIds.length > 0 && (
        <BulkTagBar entity={entity} selected={selectedIds} carried={carried} onDone={() => setSelected(new Set())} />
      )}
      <RecordTable
        entity={entity}
        query={query}
        items={items}
        columns={state.columns}
        sort={state.sort}
        onSort={(sort) => setState({ ...state, sort })}
        empty={filtered ? labels.emptyFiltered : empty}
        nameOf={nameOf}
        detailOf={detailOf}
        hrefOf={(item) => recordHref(entity, item.id)}
        cell={cell}
        selection={writable ? { selected, onChange: setSelected } : undefined}
      />
      <div className="flex flex-wrap items-center justify-between gap-2">
        {!query.isPending && items.length > 0 && (
          <p className="pt-4 text-xs text-muted-foreground">{labels.loaded(items.length, query.hasNextPage)}</p>
        )}
        <LoadMore {...query} />
      </div>
    </>
  );
}

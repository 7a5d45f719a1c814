"use client";

import { ArrowDownIcon, ArrowUpIcon, ArrowUpDownIcon } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";

import { QueryError } from "@/components/query-error";
import { Checkbox } from "@/components/ui/checkbox";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useT } from "@/i18n/i18n-provider";

import type { RecordEntity } from "../queries";
import { COLUMNS, nextSort, sortOf } from "./list-state";

type ListQuery = { isError: boolean; isPending: boolean; error: Error | null; refetch: () => unknown };

interface RecordTableProps<T extends { id: string }> {
  entity: RecordEntity;
  query: ListQuery;
  items: T[];
  columns: string[];
  sort: string;
  onSort: (sort: string) => void;
  empty: string;
  nameOf: (item: T) => string;
  /** Under the name (trade name, job title...). */
  detailOf?: (item: T) => ReactNode;
  hrefOf: (item: T) => string;
  cell: (item: T, column: string) => ReactNode;
  /** Row selection (bulk actions); none: no checkboxes. */
  selection?: { selected: ReadonlySet<string>; onChange: (selected: Set<string>) => void };
}

/** A list of records: sortable headers, the name linking to the record, optional row selection. */
export function RecordTable<T extends { id: string }>(props: RecordTableProps<T>) {
  const { entity, query, items, columns, sort, onSort, empty, nameOf, detailOf, hrefOf, cell, selection } = props;
  const t = useT();
  const labels = t.crm.records.list;
  const names = t.crm.records.column;
  const current = sortOf(sort);
  if (query.isError && query.error) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const allSelected = selection !== undefined && items.length > 0 && items.every((item) => selection.selected.has(item.id));
  const someSelected = selection !== undefined && items.some((item) => selection.selected.has(item.id));
  const span = columns.length + (selection ? 1 : 0);

  const header = (column: string) => {
    const title = names[column] ?? column;
    if (!COLUMNS[entity].sortable.includes(column)) return <TableHead key={column}>{title}</TableHead>;
    const active = current.key === column;
    const Icon = !active ? ArrowUpDownIcon : current.descending ? ArrowDownIcon : ArrowUpIcon;
    return (
      <TableHead key={column} aria-sort={active ? (current.descending ? "descending" : "ascending") : "none"}>
        <button type="button" className="relative -mx-1 inline-flex items-center gap-1 rounded px-1 hover:text-foreground" onClick={() => onSort(nextSort(sort, column))}>
          {title}
          <Icon className="size-3.5" aria-hidden />
          <span className="sr-only">{labels.sortBy(title)}</span>
        </button>
      </TableHead>
    );
  };

  return (
    <Table>
      <TableHeader>
        <TableRow>
          {selection && (
            <TableHead className="w-8">
              <Checkbox
                aria-label={labels.selectAll}
                checked={allSelected ? true : someSelected ? "indeterminate" : false}
                onCheckedChange={(checked) => {
                  const next = new Set(selection.selected);
                  for (const item of items) {
                    if (checked === true) next.add(item.id);
                    else next.delete(item.id);
                  }
                  selection.onChange(next);
                }}
              />
            </TableHead>
          )}
          {columns.map(header)}
        </TableRow>
      </TableHeader>
      <TableBody>
        {query.isPending && (
          <TableRow>
            <TableCell colSpan={span}><Skeleton className="h-6" /></TableCell>
          </TableRow>
        )}
        {!query.isPending && items.length === 0 && (
          <TableRow>
            <TableCell colSpan={span} className="py-8 text-center text-muted-foreground">{empty}</TableCell>
          </TableRow>
        )}
        {items.map((item) => {
          const name = nameOf(item);
          const checked = selection?.selected.has(item.id) ?? false;
          return (
            <TableRow key={item.id} data-state={checked ? "selected" : undefined} className="data-[state=selected]:bg-accent/50">
              {selection && (
                <TableCell>
                  <Checkbox
                    aria-label={labels.selectRow(name)}
                    checked={checked}
                    onCheckedChange={(value) => {
                      const next = new Set(selection.selected);
                      if (value === true) next.add(item.id);
                      else next.delete(item.id);
                      selection.onChange(next);
                    }}
                  />
                </TableCell>
              )}
              {columns.map((column, index) =>
                index === 0 ? (
                  <TableCell key={column} className="min-w-48">
                    <Link href={hrefOf(item)} className="font-medium hover:underline">{name}</Link>
                    {detailOf && <div className="text-xs text-muted-foreground">{detailOf(item)}</div>}
                  </TableCell>
                ) : (
                  <TableCell key={column}>{cell(item, column)}</TableCell>
                ),
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

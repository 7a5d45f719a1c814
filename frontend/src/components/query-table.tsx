"use client";

import type { ReactNode } from "react";

import { QueryError } from "@/components/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

type ListQuery = { isError: boolean; isPending: boolean; error: Error | null; refetch: () => unknown };

/**
 * A table over one list query: its error (with a retry), a skeleton while it loads, the
 * empty message, or the rows. `headers` are the column titles (a `null` leaves a column
 * out); `children` are the rows.
 */
export function QueryTable({ query, headers, empty, isEmpty, children }: {
  query: ListQuery;
  headers: ReactNode[];
  empty: string;
  isEmpty: boolean;
  children: ReactNode;
}) {
  if (query.isError && query.error) {
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  }
  const columns = headers.filter((header) => header !== null);
  return (
    <Table>
      <TableHeader>
        <TableRow>
          {columns.map((header, index) => <TableHead key={index}>{header}</TableHead>)}
        </TableRow>
      </TableHeader>
      <TableBody>
        {query.isPending && (
          <TableRow>
            <TableCell colSpan={columns.length}><Skeleton className="h-6" /></TableCell>
          </TableRow>
        )}
        {!query.isPending && isEmpty && (
          <TableRow>
            <TableCell colSpan={columns.length} className="py-8 text-center text-muted-foreground">{empty}</TableCell>
          </TableRow>
        )}
        {children}
      </TableBody>
    </Table>
  );
}

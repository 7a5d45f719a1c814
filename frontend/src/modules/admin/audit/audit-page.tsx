"use client";

import { ChevronDownIcon, ChevronRightIcon } from "lucide-react";
import { Fragment, useState } from "react";

import { pageItems } from "@/api/pagination";
import { LoadMore } from "@/components/load-more";
import { PageHeader } from "@/components/page-header";
import { QueryError } from "@/components/query-error";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";

import { useAuditLog, type AuditFilters as Filters } from "../queries";
import { AuditDiff } from "./audit-diff";
import { AuditFilters } from "./audit-filters";

export function AuditPage() {
  const t = useT();
  const labels = t.admin.audit;
  const [filters, setFilters] = useState<Filters>({});
  const [open, setOpen] = useState<string | null>(null);
  const audit = useAuditLog(filters);
  const entries = pageItems(audit.data);

  return (
    <>
      <PageHeader title={labels.title} subtitle={labels.subtitle} />
      <AuditFilters onApply={setFilters} />
      {audit.isError ? (
        <QueryError error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead><span className="sr-only">{labels.details}</span></TableHead>
              <TableHead>{labels.when}</TableHead>
              <TableHead>{labels.action}</TableHead>
              <TableHead>{labels.actor}</TableHead>
              <TableHead>{labels.entity}</TableHead>
              <TableHead>{labels.origin}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {audit.isPending && (
              <TableRow>
                <TableCell colSpan={6}><Skeleton className="h-6" /></TableCell>
              </TableRow>
            )}
            {!audit.isPending && entries.length === 0 && (
              <TableRow>
                <TableCell colSpan={6} className="py-8 text-center text-muted-foreground">{labels.empty}</TableCell>
              </TableRow>
            )}
            {entries.map((entry) => {
              const expanded = open === entry.id;
              return (
                <Fragment key={entry.id}>
                  <TableRow>
                    <TableCell className="w-10">
                      <Button
                        variant="ghost"
                        size="icon"
                        className="size-7"
                        aria-expanded={expanded}
                        aria-controls={`audit-${entry.id}`}
                        aria-label={expanded ? labels.hideDetails : labels.details}
                        onClick={() => setOpen(expanded ? null : entry.id)}
                      >
                        {expanded ? <ChevronDownIcon aria-hidden /> : <ChevronRightIcon aria-hidden />}
                      </Button>
                    </TableCell>
                    <TableCell className="whitespace-nowrap">{formatDateTime(entry.occurred_at)}</TableCell>
                    <TableCell className="font-mono text-xs">{entry.action}</TableCell>
                    <TableCell>
                      <div>{labels.actorTypes[entry.actor_type]}</div>
                      {entry.actor_id && <div className="font-mono text-xs text-muted-foreground">{entry.actor_id}</div>}
                    </TableCell>
                    <TableCell>
                      <div>{entry.entity_type}</div>
                      {entry.entity_id && <div className="font-mono text-xs text-muted-foreground">{entry.entity_id}</div>}
                    </TableCell>
                    <TableCell className="text-xs text-muted-foreground">
                      <div>{entry.ip ?? t.app.none}</div>
                      {entry.user_agent && <div className="max-w-56 truncate" title={entry.user_agent}>{entry.user_agent}</div>}
                    </TableCell>
                  </TableRow>
                  {expanded && (
                    <TableRow id={`audit-${entry.id}`}>
                      <TableCell colSpan={6} className="bg-muted/30">
                        <AuditDiff before={entry.before} after={entry.after} />
                        {entry.request_id && (
                          <p className="mt-2 text-xs text-muted-foreground">
                            {labels.requestId}: <span className="font-mono">{entry.request_id}</span>
                          </p>
                        )}
                      </TableCell>
                    </TableRow>
                  )}
                </Fragment>
              );
            })}
          </TableBody>
        </Table>
      )}
      <LoadMore {...audit} />
    </>
  );
}

"use client";

import Link from "next/link";

import { QueryError } from "@/components/query-error";
import { Checkbox } from "@/components/ui/checkbox";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import { DemoBadge, ScoreMeter, StatusBadge, TierBadge } from "./badges";
import type { Lead } from "./queries";

type ListQuery = { isError: boolean; isPending: boolean; error: Error | null; refetch: () => unknown };

interface LeadsTableProps {
  query: ListQuery;
  leads: Lead[];
  empty: string;
  /** The link that opens a lead in the drawer (keeps the list's filters). */
  hrefOf: (lead: Lead) => string;
  openId: string | null;
  /** Selecting leads for bulk approval; none: no checkboxes. */
  selection?: { selected: ReadonlySet<string>; onChange: (selected: Set<string>) => void };
}

/** The reason in the list: without the score it starts with (the column shows it already). */
function summary(reason: string): string {
  return reason.replace(/^(Pontuação|Score) \d+[.:]\s*/, "");
}

/** Leads that may be approved in bulk: qualified, not reviewed yet. */
export function approvable(lead: Lead): boolean {
  return lead.qualified && lead.status === "new";
}

/** The leads: score and tier first, the reason in a line, a demo badge on made-up companies. */
export function LeadsTable({ query, leads, empty, hrefOf, openId, selection }: LeadsTableProps) {
  const t = useT();
  const labels = t.hunter.leads.table;
  if (query.isError && query.error) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const pickable = leads.filter(approvable);
  const allPicked = selection !== undefined && pickable.length > 0 && pickable.every((lead) => selection.selected.has(lead.id));
  const somePicked = selection !== undefined && pickable.some((lead) => selection.selected.has(lead.id));
  const span = 6 + (selection ? 1 : 0);

  return (
    <Table>
      <TableHeader>
        <TableRow>
          {selection && (
            <TableHead className="w-8">
              <Checkbox
                aria-label={labels.selectAll}
                disabled={pickable.length === 0}
                checked={allPicked ? true : somePicked ? "indeterminate" : false}
                onCheckedChange={(checked) => {
                  const next = new Set(selection.selected);
                  for (const lead of pickable) {
                    if (checked === true) next.add(lead.id);
                    else next.delete(lead.id);
                  }
                  selection.onChange(next);
                }}
              />
            </TableHead>
          )}
          <TableHead className="min-w-56">{labels.company}</TableHead>
          <TableHead>{labels.score}</TableHead>
          <TableHead>{labels.tier}</TableHead>
          <TableHead>{labels.status}</TableHead>
          <TableHead className="min-w-72">{labels.reason}</TableHead>
          <TableHead>{labels.found}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {query.isPending && (
          <TableRow>
            <TableCell colSpan={span}><Skeleton className="h-6" /></TableCell>
          </TableRow>
        )}
        {!query.isPending && leads.length === 0 && (
          <TableRow>
            <TableCell colSpan={span} className="py-8 text-center text-muted-foreground">{empty}</TableCell>
          </TableRow>
        )}
        {leads.map((lead) => (
          <TableRow key={lead.id} data-lead-id={lead.id} className={cn(openId === lead.id && "bg-accent/60")} aria-selected={openId === lead.id || undefined}>
            {selection && (
              <TableCell>
                {approvable(lead) && (
                  <Checkbox
                    aria-label={labels.select(lead.name)}
                    checked={selection.selected.has(lead.id)}
                    onCheckedChange={(checked) => {
                      const next = new Set(selection.selected);
                      if (checked === true) next.add(lead.id);
                      else next.delete(lead.id);
                      selection.onChange(next);
                    }}
                  />
                )}
              </TableCell>
            )}
            <TableCell>
              <Link href={hrefOf(lead)} replace scroll={false} className="font-medium hover:underline">{lead.name}</Link>
              <div className="mt-0.5 flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
                {[lead.city, lead.state].filter(Boolean).join(" · ")}
                {lead.demo && <DemoBadge short />}
              </div>
            </TableCell>
            <TableCell><ScoreMeter score={lead.score} qualified={lead.qualified} /></TableCell>
            <TableCell><TierBadge tier={lead.tier} /></TableCell>
            <TableCell><StatusBadge status={lead.status} /></TableCell>
            <TableCell className="text-muted-foreground"><p className="line-clamp-2 max-w-lg" title={lead.reason}>{summary(lead.reason)}</p></TableCell>
            <TableCell className="whitespace-nowrap">{formatDate(lead.created_at)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

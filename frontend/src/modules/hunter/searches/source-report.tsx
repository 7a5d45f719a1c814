"use client";

import { FlaskConicalIcon } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Dictionary } from "@/i18n/dictionary";
import { useT } from "@/i18n/i18n-provider";

import { formatUsd, sourceLabel } from "../format";
import { describeSource } from "./describe";
import type { Search } from "./queries";

/** The report's row in the words of the source the search asked for (`Diretório + demonstração`), when it is that one. */
function rowLabel(search: Search, index: number, source: string, t: Dictionary): string {
  const spec = search.sources[index];
  return spec && source.split(":")[0] === spec.type ? describeSource(spec, t) : sourceLabel(source, t);
}

/** What each source found and cost, whether it ran in sandbox, its error; and the search's cost per qualified lead. */
export function SourceReport({ search }: { search: Search }) {
  const t = useT();
  const labels = t.hunter.searches.report;
  const reported = search.report.length > 0;
  return (
    <section className="grid gap-3" aria-labelledby="search-report">
      <h2 id="search-report" className="text-base font-semibold">{labels.title}</h2>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>{labels.source}</TableHead>
            <TableHead className="text-right">{labels.found}</TableHead>
            <TableHead className="text-right">{labels.cost}</TableHead>
            <TableHead>{labels.mode}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {reported
            ? search.report.map((row, index) => (
                <TableRow key={`${row.source}-${index}`}>
                  <TableCell className="font-medium">{rowLabel(search, index, row.source, t)}</TableCell>
                  <TableCell className="text-right tabular-nums">{row.found}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatUsd(row.cost_usd)}</TableCell>
                  <TableCell>
                    <div className="grid justify-items-start gap-1">
                      {row.sandboxed ? (
                        <Badge tone="warning"><FlaskConicalIcon className="size-3" aria-hidden />{labels.sandboxed}</Badge>
                      ) : (
                        <Badge tone={row.error ? "danger" : "success"}>{row.error ? labels.withErrors : labels.live}</Badge>
                      )}
                      {row.sandboxed && <span className="text-xs text-muted-foreground">{labels.sandboxedHint}</span>}
                      {row.error && <span className="text-xs break-words text-destructive">{row.error}</span>}
                    </div>
                  </TableCell>
                </TableRow>
              ))
            : search.sources.map((spec, index) => (
                <TableRow key={index}>
                  <TableCell className="font-medium">{describeSource(spec, t)}</TableCell>
                  <TableCell className="text-right text-muted-foreground">{t.app.none}</TableCell>
                  <TableCell className="text-right text-muted-foreground">{t.app.none}</TableCell>
                  <TableCell className="text-muted-foreground">{labels.waiting}</TableCell>
                </TableRow>
              ))}
        </TableBody>
      </Table>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <div className="flex gap-1.5">
          <dt className="text-muted-foreground">{labels.totalCost}:</dt>
          <dd className="font-medium tabular-nums" data-testid="search-cost">{formatUsd(search.cost_usd)}</dd>
        </div>
        <div className="flex gap-1.5">
          <dt className="text-muted-foreground">{labels.perQualified}:</dt>
          <dd className="font-medium tabular-nums" data-testid="search-cost-per-qualified">
            {search.cost_per_qualified_usd !== null ? formatUsd(search.cost_per_qualified_usd) : t.app.none}
          </dd>
        </div>
      </dl>
      <p className="text-xs text-muted-foreground">{labels.costHint}</p>
    </section>
  );
}

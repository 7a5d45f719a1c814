"use client";

import Link from "next/link";

import { pageItems } from "@/api/pagination";
import { LoadMore } from "@/components/load-more";
import { QueryTable } from "@/components/query-table";
import { Badge } from "@/components/ui/badge";
import { TableCell, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";

import { useImports } from "./queries";
import { STATUS_TONE } from "./run-step";

/** The imports so far (the user's own, for owner-scoped roles), newest first. */
export function PastImports() {
  const t = useT();
  const labels = t.crm.records.import;
  const imports = useImports();
  const items = pageItems(imports.data);
  return (
    <section className="mt-10 grid gap-3" aria-labelledby="past-imports">
      <h2 id="past-imports" className="text-base font-semibold">{labels.past}</h2>
      <QueryTable
        query={imports}
        empty={labels.pastEmpty}
        isEmpty={items.length === 0}
        headers={[labels.filename, labels.kind, labels.status, labels.counts.created, labels.counts.updated, labels.counts.rejected, labels.startedAt, <span key="open" className="sr-only">{labels.open}</span>]}
      >
        {items.map((job) => (
          <TableRow key={job.id}>
            <TableCell className="font-medium">{job.filename}</TableCell>
            <TableCell>{job.entity === "contact" ? labels.entityContact : labels.entityCompany}</TableCell>
            <TableCell><Badge tone={STATUS_TONE[job.status]}>{labels.statuses[job.status]}</Badge></TableCell>
            <TableCell className="tabular-nums">{job.counts.created}</TableCell>
            <TableCell className="tabular-nums">{job.counts.updated}</TableCell>
            <TableCell className="tabular-nums">{job.counts.rejected}</TableCell>
            <TableCell className="whitespace-nowrap">{formatDateTime(job.created_at)}</TableCell>
            <TableCell className="text-right">
              <Link href={`/crm/import?id=${job.id}`} className="text-primary hover:underline" aria-label={`${labels.open}: ${job.filename}`}>{labels.open}</Link>
            </TableCell>
          </TableRow>
        ))}
      </QueryTable>
      <LoadMore {...imports} />
    </section>
  );
}

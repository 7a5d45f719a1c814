"use client";

import Link from "next/link";

import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useT } from "@/i18n/i18n-provider";

import type { RecordEntity } from "../queries";
import type { RowAction, RowOutcome } from "./queries";

export const ACTION_TONE: Record<RowAction, BadgeTone> = { created: "success", updated: "primary", skipped: "neutral", rejected: "danger" };

/** Rows of a preview or report: number, outcome, reasons, and the record it touched. */
export function RowOutcomes({ rows, entity, empty }: { rows: RowOutcome[]; entity: RecordEntity; empty: string }) {
  const t = useT();
  const labels = t.crm.records.import;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{labels.row}</TableHead>
          <TableHead>{labels.outcome}</TableHead>
          <TableHead>{labels.reasons}</TableHead>
          <TableHead>{labels.record}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.length === 0 && (
          <TableRow>
            <TableCell colSpan={4} className="py-6 text-center text-muted-foreground">{empty}</TableCell>
          </TableRow>
        )}
        {rows.map((row) => (
          <TableRow key={row.row_number}>
            <TableCell className="tabular-nums">{row.row_number}</TableCell>
            <TableCell><Badge tone={ACTION_TONE[row.action]}>{labels.counts[row.action]}</Badge></TableCell>
            <TableCell className="text-sm">
              {row.messages.length === 0 ? t.app.none : (
                <ul className="grid gap-0.5">
                  {row.messages.map((message, index) => (
                    <li key={index}><span className="font-mono text-xs">{message.field}</span>: {message.message}</li>
                  ))}
                </ul>
              )}
            </TableCell>
            <TableCell>
              {row.record_id ? (
                <Link href={`/crm/${entity === "company" ? "companies" : "contacts"}/${row.record_id}`} className="text-primary hover:underline">
                  {labels.openRecord}
                </Link>
              ) : t.app.none}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

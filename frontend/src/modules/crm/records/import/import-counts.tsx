"use client";

import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import type { ImportJob, RowAction } from "./queries";

export const ACTIONS: RowAction[] = ["created", "updated", "skipped", "rejected"];

const TONE: Record<RowAction, string> = {
  created: "text-success",
  updated: "text-primary",
  skipped: "text-muted-foreground",
  rejected: "text-destructive",
};

/** Created, updated, skipped and rejected rows, as four figures. */
export function ImportCounts({ counts, label }: { counts: ImportJob["counts"]; label: string }) {
  const t = useT();
  const names = t.crm.records.import.counts;
  return (
    <ul aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {ACTIONS.map((action) => (
        <li key={action} className="grid gap-0.5 rounded-lg border bg-card p-3">
          <span className="text-xs text-muted-foreground">{names[action]}</span>
          <strong className={cn("text-2xl font-semibold tabular-nums", TONE[action])}>{counts[action] ?? 0}</strong>
        </li>
      ))}
    </ul>
  );
}

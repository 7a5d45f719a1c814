"use client";

import { PlusIcon } from "lucide-react";
import { useState } from "react";

import { pageItems } from "@/api/pagination";
import { LoadMore } from "@/components/load-more";
import { QueryError } from "@/components/query-error";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import { ACTIONS, ImportCounts } from "./import-counts";
import { isActive, useImportRows, type ImportJob, type ImportStatus, type RowAction } from "./queries";
import { RowOutcomes } from "./row-outcomes";
import { progressPercent } from "./wizard";

export const STATUS_TONE: Record<ImportStatus, BadgeTone> = {
  uploaded: "neutral",
  queued: "warning",
  running: "warning",
  finished: "success",
  failed: "danger",
};

/** Step 4: the running import's progress (live), then its report. */
export function RunStep({ job, onNewImport }: { job: ImportJob; onNewImport: () => void }) {
  const t = useT();
  const labels = t.crm.records.import;
  const running = isActive(job.status);
  const percent = progressPercent(job);
  const entity = job.entity === "contact" ? "contact" : "company";
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="text-base font-semibold">{running ? labels.steps.run : labels.report}</h2>
        <Badge tone={STATUS_TONE[job.status]}>{labels.statuses[job.status]}</Badge>
        <span className="text-sm text-muted-foreground">{job.filename}</span>
      </div>
      <div className="grid gap-1.5">
        <div
          role="progressbar"
          aria-label={labels.steps.run}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={labels.progress(job.processed_rows, job.total_rows)}
          className="h-2 overflow-hidden rounded-full bg-muted"
        >
          <div className={cn("h-full rounded-full transition-all", job.status === "failed" ? "bg-destructive" : "bg-primary")} style={{ width: `${percent}%` }} />
        </div>
        <p className="text-xs text-muted-foreground" aria-live="polite">
          {labels.progress(job.processed_rows, job.total_rows)}
          {running && ` · ${labels.live}`}
        </p>
      </div>
      <ImportCounts counts={job.counts} label={labels.report} />
      {job.status === "failed" && job.error && <p role="alert" className="rounded-md bg-danger-soft p-3 text-sm text-destructive">{labels.failed(job.error)}</p>}
      {!running && <ReportRows job={job} entity={entity} />}
      {!running && (
        <div>
          <Button variant="outline" onClick={onNewImport}>
            <PlusIcon aria-hidden />
            {labels.newImport}
          </Button>
        </div>
      )}
    </div>
  );
}

function ReportRows({ job, entity }: { job: ImportJob; entity: "company" | "contact" }) {
  const t = useT();
  const labels = t.crm.records.import;
  const [action, setAction] = useState<RowAction | null>(job.counts.rejected > 0 ? "rejected" : null);
  const rows = useImportRows(job.id, action);
  const filters: [RowAction | null, string][] = [[null, labels.allRows], ...ACTIONS.map((a): [RowAction, string] => [a, `${labels.counts[a]} (${job.counts[a] ?? 0})`])];
  return (
    <section className="grid gap-3" aria-label={labels.reasons}>
      <div className="flex flex-wrap gap-1" role="group" aria-label={labels.outcome}>
        {filters.map(([value, text]) => (
          <Button key={value ?? "all"} size="sm" variant={action === value ? "secondary" : "ghost"} aria-pressed={action === value} onClick={() => setAction(value)}>
            {text}
          </Button>
        ))}
      </div>
      {rows.isError ? <QueryError error={rows.error} onRetry={() => void rows.refetch()} />
        : rows.isPending ? <Skeleton className="h-16" />
          : <RowOutcomes rows={pageItems(rows.data)} entity={entity} empty={labels.noRows} />}
      <LoadMore {...rows} />
    </section>
  );
}

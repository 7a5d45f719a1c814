"use client";

import { CheckIcon, SkipForwardIcon } from "lucide-react";
import Link from "next/link";
import { useState } from "react";

import { pageItems } from "@/api/pagination";
import { useCurrentUser } from "@/auth/use-session";
import { LoadMore } from "@/components/load-more";
import { PageHeader } from "@/components/page-header";
import { QueryTable } from "@/components/query-table";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TableCell, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";
import { formatPhone, telHref } from "@/lib/br-identifiers";

import { CompleteDialog } from "./complete-dialog";
import { useTasks, type Outcome, type SdrTask } from "./queries";
import { canWriteSdr } from "../access";
import { StepIcon } from "../shared/badges";
import { ReadOnlyNote } from "../shared/read-only-note";

/** `/sdr/tasks`: the LinkedIn and call steps waiting for a person (or those done); complete or skip. */
export function TasksPage() {
  const t = useT();
  const labels = t.sdr.tasks;
  const writable = canWriteSdr(useCurrentUser());
  const [open, setOpen] = useState(true);
  const tasks = useTasks(open);
  const items = pageItems(tasks.data);
  const [acting, setActing] = useState<{ task: SdrTask; outcome: Outcome } | null>(null);
  // "overdue" is relative to when the page opened
  const [now] = useState(() => Date.now());

  return (
    <>
      <PageHeader title={labels.title} subtitle={labels.subtitle} />
      <ReadOnlyNote />
      <div className="mb-3 flex gap-1" role="group" aria-label={labels.show}>
        {[true, false].map((value) => (
          <Button key={String(value)} size="sm" variant={open === value ? "secondary" : "ghost"} aria-pressed={open === value} onClick={() => setOpen(value)}>
            {value ? labels.open : labels.done}
          </Button>
        ))}
      </div>
      <QueryTable
        query={tasks}
        headers={[labels.columns.task, labels.columns.lead, labels.columns.contact, labels.columns.due, open ? null : labels.columns.outcome, writable && open ? <span className="sr-only">{labels.columns.actions}</span> : null]}
        empty={open ? labels.empty : labels.emptyDone}
        isEmpty={items.length === 0}
      >
        {items.map((task) => (
          <TableRow key={task.id} data-task-id={task.id}>
            <TableCell>
              <span className="inline-flex items-center gap-2 font-medium"><StepIcon kind={task.kind} />{task.title}</span>
              <p className="text-xs text-muted-foreground">{labels.kinds[task.kind] ?? task.kind}</p>
            </TableCell>
            <TableCell>
              <Link href={`/sdr/campaigns/${task.campaign_id}/enrollments/${task.enrollment_id}`} className="hover:underline">{task.company ?? task.name}</Link>
              {task.company && <p className="text-xs text-muted-foreground">{task.name}</p>}
            </TableCell>
            <TableCell className="whitespace-nowrap text-muted-foreground">
              {task.phone && <a href={telHref(task.phone)} className="block hover:underline" aria-label={labels.call(formatPhone(task.phone))}>{formatPhone(task.phone)}</a>}
              {task.email && <span className="block text-xs">{task.email}</span>}
            </TableCell>
            <TableCell className="whitespace-nowrap">
              {formatDateTime(task.due_at)}
              {open && new Date(task.due_at).getTime() < now && <Badge tone="danger" className="ml-2">{labels.overdue}</Badge>}
            </TableCell>
            {!open && (
              <TableCell>
                {task.outcome && <Badge tone={task.outcome === "done" ? "success" : "neutral"}>{labels.outcomes[task.outcome]}</Badge>}
                {task.note && <p className="mt-1 max-w-xs text-xs text-muted-foreground">{task.note}</p>}
              </TableCell>
            )}
            {writable && open && (
              <TableCell className="text-right whitespace-nowrap">
                <Button size="sm" onClick={() => setActing({ task, outcome: "done" })}>
                  <CheckIcon aria-hidden />
                  {labels.complete}
                </Button>
                <Button size="sm" variant="ghost" onClick={() => setActing({ task, outcome: "skipped" })}>
                  <SkipForwardIcon aria-hidden />
                  {labels.skip}
                </Button>
              </TableCell>
            )}
          </TableRow>
        ))}
      </QueryTable>
      <LoadMore {...tasks} />
      <CompleteDialog task={acting?.task ?? null} outcome={acting?.outcome ?? "done"} onClose={() => setActing(null)} />
    </>
  );
}

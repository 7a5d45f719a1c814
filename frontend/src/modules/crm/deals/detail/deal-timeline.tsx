"use client";

import {
  ArrowRightIcon,
  CalendarIcon,
  CircleCheckIcon,
  CircleIcon,
  FlagIcon,
  ListTodoIcon,
  MailIcon,
  MessageCircleIcon,
  PhoneIcon,
  SparklesIcon,
  StickyNoteIcon,
  ThumbsDownIcon,
  TrophyIcon,
  UsersIcon,
  type LucideIcon,
} from "lucide-react";
import { toast } from "sonner";

import { pageItems } from "@/api/pagination";
import { describeError } from "@/components/form-errors";
import { LoadMore } from "@/components/load-more";
import { QueryError } from "@/components/query-error";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDateTime, formatMoney, formatRelative } from "@/i18n/format";
import { useI18n } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import { isPast } from "../dates";
import { useOwnerNames } from "../owner-names";
import { useCompleteTask, useDealTimeline, type Activity, type TimelineEntry } from "../queries";

const ACTIVITY_ICONS: Record<Activity["kind"], LucideIcon> = {
  note: StickyNoteIcon,
  call: PhoneIcon,
  meeting: UsersIcon,
  task: ListTodoIcon,
  email: MailIcon,
  whatsapp: MessageCircleIcon,
};

const EVENT_ICONS: Record<string, LucideIcon> = {
  created: SparklesIcon,
  stage_changed: ArrowRightIcon,
  won: TrophyIcon,
  lost: ThumbsDownIcon,
};

function text(value: unknown): string {
  return typeof value === "string" ? value : value === undefined || value === null ? "" : String(value);
}

function ActivityBody({ activity, dealId }: { activity: Activity; dealId: string }) {
  const { t } = useI18n();
  const labels = t.crm.deals;
  const complete = useCompleteTask(dealId);
  const isTask = activity.kind === "task";
  const done = activity.done_at !== null;
  const overdue = isTask && !done && activity.due_at !== null && isPast(activity.due_at);
  return (
    <div className="grid gap-1">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{activity.subject || labels.activityKinds[activity.kind]}</span>
        {activity.subject && <Badge>{labels.activityKinds[activity.kind]}</Badge>}
        {isTask && <Badge tone={done ? "success" : overdue ? "danger" : "warning"}>{done ? labels.taskDone : overdue ? labels.overdue : labels.taskOpen}</Badge>}
      </p>
      {activity.body && <p className="text-sm whitespace-pre-wrap text-muted-foreground">{activity.body}</p>}
      {(activity.due_at || activity.duration_minutes) && (
        <p className="flex flex-wrap gap-3 text-xs text-muted-foreground">
          {activity.due_at && (
            <span className="inline-flex items-center gap-1">
              <CalendarIcon className="size-3" aria-hidden />
              {labels.dueAt(formatDateTime(activity.due_at))}
            </span>
          )}
          {activity.duration_minutes !== null && <span>{labels.durationMinutes(activity.duration_minutes)}</span>}
        </p>
      )}
      {isTask && (
        <Button
          variant="ghost"
          size="sm"
          className="justify-self-start"
          disabled={complete.isPending}
          onClick={() => complete.mutate({ activityId: activity.id, done: !done }, { onError: (error) => toast.error(describeError(error, t)) })}
        >
          {done ? <CircleIcon aria-hidden /> : <CircleCheckIcon aria-hidden />}
          {done ? labels.reopenTask : labels.completeTask}
        </Button>
      )}
    </div>
  );
}

function eventText(entry: TimelineEntry, labels: ReturnType<typeof useI18n>["t"]["crm"]["deals"]): string {
  const data = entry.data ?? {};
  switch (entry.event) {
    case "created":
      return labels.events.created(text(data.stage));
    case "stage_changed":
      return labels.events.stageChanged(text(data.from_stage), text(data.to_stage));
    case "won":
      return labels.events.won(formatMoney(Number(data.value ?? 0)));
    case "lost":
      return labels.events.lost(text(data.reason));
    case "merged":
      return labels.events.merged;
    default:
      return entry.event ?? "";
  }
}

/** The deal's history, newest first: its activities and what happened to it, in pages. */
export function DealTimeline({ dealId }: { dealId: string }) {
  const { t, locale } = useI18n();
  const labels = t.crm.deals;
  const timeline = useDealTimeline(dealId);
  const ownerName = useOwnerNames();
  const entries = pageItems(timeline.data);

  if (timeline.isError) return <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />;
  return (
    <div className="grid gap-2">
      {timeline.isPending && <Skeleton className="h-24" />}
      {!timeline.isPending && entries.length === 0 && <p className="py-6 text-center text-sm text-muted-foreground">{labels.timelineEmpty}</p>}
      <ol className="grid gap-0" aria-label={labels.timelineTitle}>
        {entries.map((entry) => {
          const Icon = entry.activity ? ACTIVITY_ICONS[entry.activity.kind] : EVENT_ICONS[entry.event ?? ""] ?? FlagIcon;
          const who = ownerName(entry.activity?.owner_id ?? entry.actor_id ?? null);
          return (
            <li key={`${entry.type}-${entry.id}`} className="relative flex gap-3 pb-5 last:pb-0">
              <span className="absolute top-8 bottom-0 left-4 w-px bg-border" aria-hidden />
              <span
                className={cn(
                  "z-10 grid size-8 shrink-0 place-items-center rounded-full border bg-background",
                  entry.event === "won" && "border-success text-success",
                  entry.event === "lost" && "border-destructive text-destructive",
                )}
                aria-hidden
              >
                <Icon className="size-4" />
              </span>
              <div className="grid min-w-0 flex-1 gap-1 pt-1">
                {entry.activity ? <ActivityBody activity={entry.activity} dealId={dealId} /> : <p className="text-sm">{eventText(entry, labels)}</p>}
                <p className="text-xs text-muted-foreground">
                  <time dateTime={entry.at} title={formatDateTime(entry.at)}>{formatRelative(entry.at, locale)}</time>
                  {who && ` · ${who}`}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
      <LoadMore {...timeline} />
    </div>
  );
}

"use client";

import {
  ArrowRightIcon,
  CalendarCheckIcon,
  CalendarIcon,
  CircleCheckIcon,
  CircleDotIcon,
  CircleIcon,
  GitMergeIcon,
  MailIcon,
  MessageCircleIcon,
  MessageSquareTextIcon,
  PhoneIcon,
  SparklesIcon,
  ThumbsDownIcon,
  TrophyIcon,
  UserPlusIcon,
  UsersIcon,
  type LucideIcon,
} from "lucide-react";
import { toast } from "sonner";

import { pageItems } from "@/api/pagination";
import { useCurrentUser } from "@/auth/use-session";
import { describeError } from "@/components/form-errors";
import { LoadMore } from "@/components/load-more";
import { QueryError } from "@/components/query-error";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import type { Dictionary } from "@/i18n/dictionary";
import { formatDateTime, formatMoney, formatRelative } from "@/i18n/format";
import { useI18n } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import { canWriteCrm } from "../access";
import { isPast } from "../dates";
import type { TimelineSubject } from "../keys";
import { useOwnerName } from "../owners";
import { useCompleteTask, useTimeline, type Activity, type ActivityKind, type TimelineEntry } from "./queries";

type Labels = Dictionary["crm"]["shared"]["timeline"];

export const KIND_ICONS: Record<ActivityKind, LucideIcon> = {
  note: MessageSquareTextIcon,
  call: PhoneIcon,
  meeting: UsersIcon,
  task: CalendarCheckIcon,
  email: MailIcon,
  whatsapp: MessageCircleIcon,
};

const EVENT_ICONS: Record<string, LucideIcon> = {
  created: SparklesIcon,
  stage_changed: ArrowRightIcon,
  won: TrophyIcon,
  lost: ThumbsDownIcon,
  merged: GitMergeIcon,
  converted: UserPlusIcon,
};

function text(value: unknown): string {
  return typeof value === "string" ? value : value === undefined || value === null ? "" : String(value);
}

/** What happened, in words: a deal's events carry their stage, value or reason. */
export function eventText(entry: TimelineEntry, labels: Labels): string {
  const data = entry.data ?? {};
  switch (entry.event) {
    case "created":
      return data.stage ? labels.events.dealCreated(text(data.stage)) : labels.events.created;
    case "stage_changed":
      return labels.events.stageChanged(text(data.from_stage), text(data.to_stage));
    case "won":
      return labels.events.won(formatMoney(Number(data.value ?? 0)));
    case "lost":
      return labels.events.lost(text(data.reason));
    case "merged":
      return labels.events.merged;
    case "converted":
      return labels.events.converted;
    default:
      return entry.event ?? "";
  }
}

function ActivityBody({ activity }: { activity: Activity }) {
  const { t } = useI18n();
  const labels = t.crm.shared.timeline;
  const writable = canWriteCrm(useCurrentUser());
  const complete = useCompleteTask();
  const isTask = activity.kind === "task";
  const done = activity.done_at !== null;
  const overdue = isTask && !done && activity.due_at !== null && isPast(activity.due_at);
  const kind = labels.kinds[activity.kind];
  const direction = activity.direction === "inbound" ? labels.inbound : activity.direction === "outbound" ? labels.outbound : null;
  return (
    <div className="grid gap-1">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{activity.subject || kind}</span>
        {(activity.subject || direction) && <Badge>{direction ? `${kind} · ${direction}` : kind}</Badge>}
        {isTask && <Badge tone={done ? "success" : overdue ? "danger" : "warning"}>{done ? labels.done : overdue ? labels.overdue : labels.taskOpen}</Badge>}
      </p>
      {activity.body && <p className="text-sm break-words whitespace-pre-wrap text-muted-foreground">{activity.body}</p>}
      {(activity.due_at || activity.duration_minutes !== null) && (
        <p className="flex flex-wrap gap-3 text-xs text-muted-foreground">
          {activity.due_at && (
            <span className="inline-flex items-center gap-1">
              <CalendarIcon className="size-3" aria-hidden />
              {labels.due(formatDateTime(activity.due_at))}
            </span>
          )}
          {activity.duration_minutes !== null && <span>{labels.minutes(activity.duration_minutes)}</span>}
        </p>
      )}
      {isTask && writable && (
        <Button
          variant="ghost"
          size="sm"
          className="justify-self-start"
          disabled={complete.isPending}
          onClick={() => complete.mutate({ id: activity.id, done: !done }, { onError: (error) => toast.error(describeError(error, t)) })}
        >
          {done ? <CircleIcon aria-hidden /> : <CircleCheckIcon aria-hidden />}
          {done ? labels.reopen : labels.markDone}
        </Button>
      )}
    </div>
  );
}

function TimelineItem({ entry, who }: { entry: TimelineEntry; who: string | undefined }) {
  const { t, locale } = useI18n();
  const activity = entry.type === "activity" ? entry.activity : null;
  const Icon = activity ? KIND_ICONS[activity.kind] : EVENT_ICONS[entry.event ?? ""] ?? CircleDotIcon;
  return (
    <li className="relative flex gap-3 pb-5 last:pb-0">
      <span className="absolute top-8 bottom-0 left-4 w-px bg-border" aria-hidden />
      <span
        className={cn(
          "z-10 grid size-8 shrink-0 place-items-center rounded-full border bg-background text-muted-foreground",
          entry.event === "won" && "border-success text-success",
          entry.event === "lost" && "border-destructive text-destructive",
        )}
        aria-hidden
      >
        <Icon className="size-4" />
      </span>
      <div className="grid min-w-0 flex-1 gap-1 pt-1">
        {activity ? <ActivityBody activity={activity} /> : <p className="text-sm">{eventText(entry, t.crm.shared.timeline)}</p>}
        <p className="text-xs text-muted-foreground">
          <time dateTime={entry.at} title={formatDateTime(entry.at)}>{formatRelative(entry.at, locale)}</time>
          {who && ` · ${who}`}
        </p>
      </div>
    </li>
  );
}

/** A deal's, company's or contact's history, newest first: activities and what happened, in pages. */
export function Timeline({ subject }: { subject: TimelineSubject }) {
  const labels = useI18n().t.crm.shared.timeline;
  const timeline = useTimeline(subject);
  const ownerName = useOwnerName();
  const entries = pageItems(timeline.data);

  if (timeline.isError) return <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />;
  return (
    <div className="grid gap-2">
      {timeline.isPending && <Skeleton className="h-24" />}
      {!timeline.isPending && entries.length === 0 && <p className="py-6 text-center text-sm text-muted-foreground">{labels.empty}</p>}
      <ol className="grid gap-0" aria-label={labels.title}>
        {entries.map((entry) => (
          <TimelineItem key={`${entry.type}-${entry.id}`} entry={entry} who={ownerName(entry.activity?.owner_id ?? entry.actor_id ?? null)} />
        ))}
      </ol>
      <LoadMore {...timeline} />
    </div>
  );
}

"use client";

import {
  CalendarCheckIcon,
  CircleDotIcon,
  GitMergeIcon,
  MailIcon,
  MessageCircleIcon,
  MessageSquareTextIcon,
  PhoneIcon,
  SparklesIcon,
  UsersIcon,
  type LucideIcon,
} from "lucide-react";
import { toast } from "sonner";

import { pageItems } from "@/api/pagination";
import { can } from "@/auth/permissions";
import { useCurrentUser } from "@/auth/use-session";
import { describeError } from "@/components/form-errors";
import { LoadMore } from "@/components/load-more";
import { QueryError } from "@/components/query-error";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDateTime, formatRelative } from "@/i18n/format";
import { useI18n } from "@/i18n/i18n-provider";

import { useCompleteTask, useTimeline, type Activity, type ActivityKind, type RecordEntity, type TimelineEntry } from "../queries";

const KIND_ICONS: Record<ActivityKind, LucideIcon> = {
  note: MessageSquareTextIcon,
  call: PhoneIcon,
  meeting: UsersIcon,
  task: CalendarCheckIcon,
  email: MailIcon,
  whatsapp: MessageCircleIcon,
};

/** Whether a due date has passed. */
function isPast(instant: string): boolean {
  return new Date(instant).getTime() < Date.now();
}

const EVENT_ICONS: Record<string, LucideIcon> = { created: SparklesIcon, merged: GitMergeIcon };

/** A record's timeline, newest first: activities and what happened to it, in cursor pages. */
export function Timeline({ entity, id }: { entity: RecordEntity; id: string }) {
  const { t } = useI18n();
  const timeline = useTimeline(entity, id);
  const entries = pageItems(timeline.data);
  if (timeline.isError) return <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />;
  return (
    <div>
      {timeline.isPending && <Skeleton className="h-16" />}
      {!timeline.isPending && entries.length === 0 && <p className="py-4 text-sm text-muted-foreground">{t.crm.records.timeline.empty}</p>}
      <ol className="grid gap-0" aria-label={t.crm.records.timeline.title}>
        {entries.map((entry) => <TimelineItem key={`${entry.type}-${entry.id}`} entry={entry} />)}
      </ol>
      <LoadMore {...timeline} />
    </div>
  );
}

function TimelineItem({ entry }: { entry: TimelineEntry }) {
  const { t, locale } = useI18n();
  const activity = entry.type === "activity" ? entry.activity : null;
  const Icon = activity ? KIND_ICONS[activity.kind] : EVENT_ICONS[entry.event ?? ""] ?? CircleDotIcon;
  return (
    <li className="group relative grid grid-cols-[2rem_1fr] gap-3 pb-5 last:pb-0">
      <span aria-hidden className="absolute top-8 bottom-0 left-4 w-px bg-border group-last:hidden" />
      <span className="z-10 grid size-8 place-items-center rounded-full border bg-background">
        <Icon className="size-4 text-muted-foreground" aria-hidden />
      </span>
      <div className="min-w-0 pt-1">
        {activity ? <ActivityBody activity={activity} /> : (
          <p className="text-sm">{t.crm.records.timeline.events[entry.event ?? ""] ?? entry.event}</p>
        )}
        <p className="mt-0.5 text-xs text-muted-foreground">
          <time dateTime={entry.at} title={formatDateTime(entry.at)}>{formatRelative(entry.at, locale)}</time>
        </p>
      </div>
    </li>
  );
}

function ActivityBody({ activity }: { activity: Activity }) {
  const { t } = useI18n();
  const labels = t.crm.records.timeline;
  const writable = can(useCurrentUser(), "crm:write");
  const complete = useCompleteTask();
  const isTask = activity.kind === "task";
  const overdue = isTask && !activity.done_at && activity.due_at !== null && isPast(activity.due_at);
  const direction = activity.direction === "inbound" ? labels.inbound : activity.direction === "outbound" ? labels.outbound : null;
  return (
    <div className="grid gap-1">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-xs font-medium text-muted-foreground">{labels.kinds[activity.kind]}{direction && ` · ${direction}`}</span>
        {activity.subject && <span className="text-sm font-medium">{activity.subject}</span>}
        {activity.duration_minutes !== null && <span className="text-xs text-muted-foreground">{labels.minutes(activity.duration_minutes)}</span>}
        {isTask && activity.done_at && <Badge tone="success">{labels.done}</Badge>}
        {overdue && <Badge tone="danger">{labels.overdue}</Badge>}
      </div>
      {activity.body && <p className="text-sm whitespace-pre-wrap break-words">{activity.body}</p>}
      {isTask && (
        <div className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
          {activity.due_at && <span>{labels.due(formatDateTime(activity.due_at))}</span>}
          {writable && (
            <Button
              variant="outline"
              size="sm"
              disabled={complete.isPending}
              onClick={() => complete.mutate({ id: activity.id, done: !activity.done_at }, { onError: (error) => toast.error(describeError(error, t)) })}
            >
              {activity.done_at ? labels.reopen : labels.markDone}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}

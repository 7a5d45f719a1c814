"use client";

import { CalendarCheckIcon, MessageSquareTextIcon, PhoneIcon, UsersIcon } from "lucide-react";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import { useLogActivity, type ActivityInput, type ActivityKind } from "../queries";

const FIELDS = ["kind", "subject", "body", "due_at", "duration_minutes", "company_id", "contact_id", "deal_id"] as const;
export const QUICK_KINDS = [
  { kind: "note", icon: MessageSquareTextIcon },
  { kind: "call", icon: PhoneIcon },
  { kind: "meeting", icon: UsersIcon },
  { kind: "task", icon: CalendarCheckIcon },
] as const satisfies readonly { kind: ActivityKind; icon: unknown }[];

/** A `datetime-local` value (São Paulo wall time) as an ISO instant. */
export function localDateTimeToIso(value: string): string {
  return new Date(`${value}:00-03:00`).toISOString();
}

/** The activity the form describes, linked to the record (and the fields that kind takes). */
export function activityBody(
  link: Pick<ActivityInput, "company_id" | "contact_id" | "deal_id">,
  draft: { kind: ActivityKind; subject: string; body: string; dueAt: string; duration: string },
): ActivityInput {
  const duration = Number(draft.duration);
  return {
    ...link,
    kind: draft.kind,
    subject: draft.subject.trim() || null,
    body: draft.body.trim() || null,
    due_at: draft.kind === "task" && draft.dueAt ? localDateTimeToIso(draft.dueAt) : null,
    duration_minutes: (draft.kind === "call" || draft.kind === "meeting") && draft.duration && Number.isFinite(duration) ? duration : null,
  };
}

/** Quick "log activity" on a record: a note, call, meeting or task, onto its timeline. */
export function LogActivityForm({ link }: { link: Pick<ActivityInput, "company_id" | "contact_id" | "deal_id"> }) {
  const t = useT();
  const labels = t.crm.records.timeline;
  const [kind, setKind] = useState<ActivityKind>("note");
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [dueAt, setDueAt] = useState("");
  const [duration, setDuration] = useState("");
  const log = useLogActivity();
  const errors = formErrors(log.error, FIELDS, t);
  const empty = subject.trim() === "" && body.trim() === "";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    log.mutate(activityBody(link, { kind, subject, body, dueAt, duration }), {
      onSuccess: () => {
        toast.success(labels.logged);
        setSubject("");
        setBody("");
        setDueAt("");
        setDuration("");
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate className="grid gap-3 rounded-lg border bg-card p-3" aria-label={labels.logTitle}>
      <div role="radiogroup" aria-label={labels.logTitle} className="flex flex-wrap gap-1">
        {QUICK_KINDS.map(({ kind: option, icon: Icon }) => (
          <button
            key={option}
            type="button"
            role="radio"
            aria-checked={kind === option}
            onClick={() => setKind(option)}
            className={cn(
              "inline-flex h-8 items-center gap-1.5 rounded-md border px-2.5 text-xs font-medium",
              kind === option ? "border-primary bg-primary text-primary-foreground" : "bg-background hover:bg-accent",
            )}
          >
            <Icon className="size-3.5" aria-hidden />
            {labels.kinds[option]}
          </button>
        ))}
      </div>
      <FormField label={labels.subject} error={errors.field("subject")}>
        <Input value={subject} onChange={(e) => setSubject(e.target.value)} />
      </FormField>
      <FormField label={labels.body} error={errors.field("body")}>
        <textarea
          rows={3}
          placeholder={labels.bodyPlaceholder}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          className="min-h-20 w-full rounded-md border border-input bg-background px-3 py-2 text-sm shadow-xs placeholder:text-muted-foreground aria-invalid:border-destructive"
        />
      </FormField>
      {kind === "task" && (
        <FormField label={labels.dueAt} error={errors.field("due_at")}>
          <Input type="datetime-local" value={dueAt} onChange={(e) => setDueAt(e.target.value)} />
        </FormField>
      )}
      {(kind === "call" || kind === "meeting") && (
        <FormField label={labels.duration} error={errors.field("duration_minutes")}>
          <Input type="number" inputMode="numeric" min={0} max={1440} value={duration} onChange={(e) => setDuration(e.target.value)} />
        </FormField>
      )}
      <FormAlert message={errors.general} />
      <div className="flex justify-end">
        <Button type="submit" disabled={log.isPending || empty}>{labels.log}</Button>
      </div>
    </form>
  );
}

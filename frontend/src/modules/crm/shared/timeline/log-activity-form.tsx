"use client";

import { useId, useState, type FormEvent } from "react";
import { toast } from "sonner";

import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { fieldClass, Input } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import { saoPauloInstant } from "../dates";
import type { TimelineSubject } from "../keys";
import { linkTo, useLogActivity, type ActivityInput, type ActivityKind } from "./queries";
import { KIND_ICONS } from "./timeline";

const KINDS = ["note", "call", "meeting", "task"] as const satisfies readonly ActivityKind[];
type Kind = (typeof KINDS)[number];
const FIELDS = ["kind", "subject", "body", "due_at", "duration_minutes", "company_id", "contact_id", "deal_id"] as const;

export interface ActivityDraft {
  kind: Kind;
  subject: string;
  body: string;
  /** A datetime-local value, São Paulo time (tasks). */
  dueAt: string;
  /** Minutes, as typed (calls and meetings). */
  duration: string;
}

const EMPTY: ActivityDraft = { kind: "note", subject: "", body: "", dueAt: "", duration: "" };

/** The activity the form describes, linked to its record, with only the fields its kind takes. */
export function activityBody(subject: TimelineSubject, draft: ActivityDraft): ActivityInput {
  const duration = Number(draft.duration);
  return {
    ...linkTo(subject),
    kind: draft.kind,
    subject: draft.subject.trim() || null,
    body: draft.body.trim() || null,
    due_at: draft.kind === "task" && draft.dueAt ? saoPauloInstant(draft.dueAt) : null,
    duration_minutes: (draft.kind === "call" || draft.kind === "meeting") && draft.duration && Number.isFinite(duration) ? duration : null,
  };
}

/** Quick "log activity" on a deal, company or contact: a note, call, meeting or task, onto its timeline. */
export function LogActivityForm({ subject }: { subject: TimelineSubject }) {
  const t = useT();
  const labels = t.crm.shared.timeline;
  const kindName = useId();
  const log = useLogActivity();
  const [draft, setDraft] = useState<ActivityDraft>(EMPTY);
  const errors = formErrors(log.error, FIELDS, t);
  const empty = !draft.subject.trim() && !draft.body.trim();
  const set = (patch: Partial<ActivityDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    log.mutate(activityBody(subject, draft), {
      onSuccess: () => {
        toast.success(labels.logged(labels.kinds[draft.kind]));
        setDraft({ ...EMPTY, kind: draft.kind });
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate className="grid gap-3 rounded-lg border bg-card p-3" aria-label={labels.logTitle}>
      <fieldset className="flex flex-wrap gap-1">
        <legend className="sr-only">{labels.kind}</legend>
        {KINDS.map((kind) => {
          const Icon = KIND_ICONS[kind];
          return (
            <label
              key={kind}
              className={cn(
                "inline-flex h-8 cursor-pointer items-center gap-1.5 rounded-md border px-2.5 text-xs font-medium has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring",
                draft.kind === kind ? "border-primary bg-primary text-primary-foreground" : "bg-background hover:bg-accent",
              )}
            >
              <input type="radio" name={kindName} value={kind} checked={draft.kind === kind} onChange={() => set({ kind })} className="sr-only" />
              <Icon className="size-3.5" aria-hidden />
              {labels.kinds[kind]}
            </label>
          );
        })}
      </fieldset>
      <FormField label={`${labels.subject} (${t.forms.optional})`} error={errors.field("subject")}>
        <Input value={draft.subject} onChange={(e) => set({ subject: e.target.value })} autoComplete="off" />
      </FormField>
      <FormField label={labels.body} error={errors.field("body")}>
        <textarea
          className={cn(fieldClass, "h-20 py-2")}
          placeholder={labels.bodyPlaceholder}
          value={draft.body}
          onChange={(e) => set({ body: e.target.value })}
        />
      </FormField>
      {draft.kind === "task" && (
        <FormField label={labels.dueAt} error={errors.field("due_at")}>
          <Input type="datetime-local" value={draft.dueAt} onChange={(e) => set({ dueAt: e.target.value })} />
        </FormField>
      )}
      {(draft.kind === "call" || draft.kind === "meeting") && (
        <FormField label={`${labels.duration} (${t.forms.optional})`} error={errors.field("duration_minutes")}>
          <Input type="number" inputMode="numeric" min={0} max={1440} value={draft.duration} onChange={(e) => set({ duration: e.target.value })} />
        </FormField>
      )}
      <FormAlert message={errors.general} />
      <div className="flex justify-end">
        <Button type="submit" disabled={empty || log.isPending}>{labels.log}</Button>
      </div>
    </form>
  );
}

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
import { useLogActivity } from "../queries";

const KINDS = ["note", "call", "meeting", "task"] as const;
type Kind = (typeof KINDS)[number];
const FIELDS = ["kind", "subject", "body", "due_at", "duration_minutes"] as const;

/** A note, call, meeting or task (with its due date) on the deal, straight into its timeline. */
export function LogActivityForm({ dealId }: { dealId: string }) {
  const t = useT();
  const labels = t.crm.deals;
  const kindName = useId();
  const log = useLogActivity(dealId);
  const [kind, setKind] = useState<Kind>("note");
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [due, setDue] = useState("");
  const [duration, setDuration] = useState("");
  const errors = formErrors(log.error, FIELDS, t);
  const empty = !subject.trim() && !body.trim();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    log.mutate(
      {
        kind,
        subject: subject.trim() || null,
        body: body.trim() || null,
        due_at: kind === "task" && due ? saoPauloInstant(due) : null,
        duration_minutes: (kind === "call" || kind === "meeting") && duration ? Number(duration) : null,
      },
      {
        onSuccess: () => {
          toast.success(labels.activityLogged(labels.activityKinds[kind]));
          setSubject("");
          setBody("");
          setDue("");
          setDuration("");
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate className="grid gap-3" aria-label={labels.logActivity}>
      <fieldset className="flex flex-wrap gap-1">
        <legend className="sr-only">{labels.activityKind}</legend>
        {KINDS.map((value) => (
          <label
            key={value}
            className={cn(
              "cursor-pointer rounded-md border px-3 py-1.5 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring",
              kind === value ? "border-primary bg-primary text-primary-foreground" : "hover:bg-accent",
            )}
          >
            <input type="radio" name={kindName} value={value} checked={kind === value} onChange={() => setKind(value)} className="sr-only" />
            {labels.activityKinds[value]}
          </label>
        ))}
      </fieldset>
      <FormField label={`${labels.activitySubject} (${t.forms.optional})`} error={errors.field("subject")}>
        <Input value={subject} onChange={(e) => setSubject(e.target.value)} autoComplete="off" />
      </FormField>
      <FormField label={labels.activityBody} error={errors.field("body")}>
        <textarea className={cn(fieldClass, "h-20 py-2")} value={body} onChange={(e) => setBody(e.target.value)} />
      </FormField>
      {kind === "task" && (
        <FormField label={labels.dueDate} error={errors.field("due_at")}>
          <Input type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} />
        </FormField>
      )}
      {(kind === "call" || kind === "meeting") && (
        <FormField label={`${labels.duration} (${t.forms.optional})`} error={errors.field("duration_minutes")}>
          <Input type="number" min={0} max={1440} value={duration} onChange={(e) => setDuration(e.target.value)} />
        </FormField>
      )}
      <FormAlert message={errors.general} />
      <Button type="submit" className="justify-self-start" disabled={empty || log.isPending}>
        {labels.logActivitySubmit}
      </Button>
    </form>
  );
}

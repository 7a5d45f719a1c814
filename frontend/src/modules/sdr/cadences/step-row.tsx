"use client";

import { ArrowDownIcon, ArrowUpIcon, LockIcon, Trash2Icon } from "lucide-react";

import type { FormErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import { canMove, isMessage, MAX_WAIT_DAYS, MESSAGE_KINDS, STEP_KINDS, type CadenceDraft, type StepDraft } from "./draft";
import { StepIcon } from "../shared/badges";

interface StepRowProps {
  draft: CadenceDraft;
  index: number;
  errors: FormErrors;
  onChange: (patch: Partial<Omit<StepDraft, "key">>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** One step of the builder: its kind, days (a wait) or subject (an e-mail), the approval toggle, and moving it. */
export function StepRow({ draft, index, errors, onChange, onMove, onRemove }: StepRowProps) {
  const t = useT();
  const labels = t.sdr.cadences.form;
  const kinds = t.sdr.shared.stepKinds;
  const step = draft.steps[index]!;
  const first = index === 0;
  const n = index + 1;
  const field = (name: string) => errors.field(`steps.${index}.${name}`);

  return (
    <li className={cn("grid gap-3 rounded-lg border bg-card p-3", first && "border-primary/40 bg-primary/5")} data-testid={`step-${n}`} aria-label={t.sdr.shared.stepN(index)}>
      <div className="flex flex-wrap items-end gap-3">
        <span className="flex size-8 shrink-0 items-center justify-center rounded-full bg-muted text-sm font-semibold tabular-nums" aria-hidden>{n}</span>
        <div className="w-52">
          <FormField label={labels.kind} error={field("kind")}>
            <NativeSelect value={step.kind} onChange={(e) => onChange({ kind: e.target.value as StepDraft["kind"] })}>
              {(first ? MESSAGE_KINDS : STEP_KINDS).map((kind) => <option key={kind} value={kind}>{kinds[kind]}</option>)}
            </NativeSelect>
          </FormField>
        </div>
        {step.kind === "wait" && (
          <div className="w-32">
            <FormField label={labels.days} error={field("days")}>
              <Input type="number" inputMode="numeric" min={1} max={MAX_WAIT_DAYS} value={step.days} onChange={(e) => onChange({ days: Math.round(Number(e.target.value)) || 0 })} />
            </FormField>
          </div>
        )}
        {step.kind === "email" && (
          <div className="min-w-56 flex-1">
            <FormField label={labels.subject} hint={labels.subjectHint} error={field("subject")}>
              <Input value={step.subject} maxLength={200} onChange={(e) => onChange({ subject: e.target.value })} />
            </FormField>
          </div>
        )}
        <div className="ml-auto flex items-center gap-1">
          <Button variant="ghost" size="icon" disabled={!canMove(draft, index, -1)} onClick={() => onMove(-1)} aria-label={labels.moveUp(n)}>
            <ArrowUpIcon aria-hidden />
          </Button>
          <Button variant="ghost" size="icon" disabled={!canMove(draft, index, 1)} onClick={() => onMove(1)} aria-label={labels.moveDown(n)}>
            <ArrowDownIcon aria-hidden />
          </Button>
          <Button variant="ghost" size="icon" disabled={first} onClick={onRemove} aria-label={labels.remove(n)}>
            <Trash2Icon aria-hidden />
          </Button>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 pl-11 text-xs text-muted-foreground">
        <span className="inline-flex items-center gap-1.5"><StepIcon kind={step.kind} />{kinds[step.kind]}</span>
        {isMessage(step.kind) && (
          <span className="inline-flex items-center gap-2">
            <Checkbox
              id={`${step.key}-approval`}
              checked={first || step.needsApproval}
              disabled={first}
              onCheckedChange={(checked) => onChange({ needsApproval: checked === true })}
            />
            <Label htmlFor={`${step.key}-approval`} className="text-xs font-normal">{labels.needsApproval}</Label>
            {first && <LockIcon className="size-3" aria-hidden />}
          </span>
        )}
        {first && <span>{labels.firstLocked}</span>}
        {(step.kind === "linkedin_task" || step.kind === "call_task") && <span>{labels.taskHint}</span>}
        {step.kind === "wait" && step.days > 0 && <span>{labels.waitHint(step.days)}</span>}
      </div>
    </li>
  );
}

"use client";

import { PlusIcon } from "lucide-react";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { FormAlert } from "@/components/form-alert";
import { namedFormErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";

import { addStep, bodyOf, cadenceFields, emptyDraft, MAX_STEPS, moveStep, removeStep, STEP_KINDS, totalWaitDays, updateStep, type CadenceDraft } from "./draft";
import { useCreateCadence, type Cadence } from "./queries";
import { StepRow } from "./step-row";
import { WindowFields } from "./window-fields";
import { StepIcon } from "../shared/badges";

/** The cadence builder: name, ordered steps, the sending window; the API's 422s show at their fields. */
export function CadenceBuilder({ onSaved, onCancel }: { onSaved: (cadence: Cadence) => void; onCancel: () => void }) {
  const t = useT();
  const labels = t.sdr.cadences.form;
  const [draft, setDraft] = useState<CadenceDraft>(emptyDraft);
  const create = useCreateCadence();
  const errors = namedFormErrors(create.error, cadenceFields(draft.steps.length), t);
  const full = draft.steps.length >= MAX_STEPS;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(bodyOf(draft), {
      onSuccess: (cadence) => {
        toast.success(labels.created(cadence.name));
        onSaved(cadence);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate className="grid gap-6">
      <Card>
        <CardContent className="grid max-w-xl gap-4 pt-4">
          <FormField label={labels.name} error={errors.field("name")}>
            <Input required maxLength={120} value={draft.name} placeholder={labels.namePlaceholder} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
          </FormField>
        </CardContent>
      </Card>
      <Card>
        <CardContent className="grid gap-3 pt-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="text-base font-semibold">{labels.stepsTitle}</h2>
            <span className="text-sm text-muted-foreground" data-testid="cadence-summary">{labels.summary(draft.steps.length, totalWaitDays(draft.steps))}</span>
          </div>
          <p className="-mt-2 text-sm text-muted-foreground">{labels.stepsHint}</p>
          <ol className="grid gap-2" aria-label={labels.stepsTitle}>
            {draft.steps.map((step, index) => (
              <StepRow
                key={step.key}
                draft={draft}
                index={index}
                errors={errors}
                onChange={(patch) => setDraft(updateStep(draft, index, patch))}
                onMove={(delta) => setDraft(moveStep(draft, index, delta))}
                onRemove={() => setDraft(removeStep(draft, index))}
              />
            ))}
          </ol>
          {errors.field("steps") && <p className="text-xs font-medium text-destructive">{errors.field("steps")}</p>}
          <div className="flex flex-wrap items-center gap-1" role="group" aria-label={labels.add}>
            <PlusIcon className="mr-1 size-4 text-muted-foreground" aria-hidden />
            {STEP_KINDS.map((kind) => (
              <Button key={kind} size="sm" variant="outline" disabled={full} onClick={() => setDraft(addStep(draft, kind))}>
                <StepIcon kind={kind} />
                {t.sdr.shared.stepKinds[kind]}
              </Button>
            ))}
            {full && <span className="text-xs text-muted-foreground">{labels.maxSteps(MAX_STEPS)}</span>}
          </div>
        </CardContent>
      </Card>
      <Card>
        <CardContent className="pt-4">
          <WindowFields draft={draft} onChange={setDraft} errors={errors} />
        </CardContent>
      </Card>
      <FormAlert message={errors.general} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={create.isPending}>{create.isPending ? labels.saving : labels.create}</Button>
        <Button variant="outline" onClick={onCancel}>{t.app.cancel}</Button>
      </div>
    </form>
  );
}

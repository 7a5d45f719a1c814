"use client";

import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { fieldClass, Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import { useCreatePipeline, type StageCreate } from "../pipeline-queries";

/**
 * The stages of a new pipeline from one name per line: open stages with probabilities spread
 * evenly (editable later), then a won and a lost stage when asked for.
 */
export function stagesFrom(lines: string, withOutcomes: boolean, names: { won: string; lost: string }): StageCreate[] {
  const open = lines.split("\n").map((line) => line.trim()).filter(Boolean);
  const stages: StageCreate[] = open.map((name, index) => ({ name, probability: Math.round(((index + 1) / (open.length + 1)) * 100) }));
  if (withOutcomes) stages.push({ name: names.won, probability: 100, is_won: true }, { name: names.lost, probability: 0, is_lost: true });
  return stages;
}

export function NewPipelineDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {open && <NewPipelineForm onDone={() => onOpenChange(false)} />}
    </Dialog>
  );
}

function NewPipelineForm({ onDone }: { onDone: () => void }) {
  const t = useT();
  const labels = t.crm.deals;
  const create = useCreatePipeline();
  const [name, setName] = useState("");
  const [lines, setLines] = useState(labels.newPipelineStages);
  const [withOutcomes, setWithOutcomes] = useState(true);
  const [isDefault, setIsDefault] = useState(false);
  const errors = formErrors(create.error, ["name", "stages", "is_default"], t);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name: name.trim(), is_default: isDefault, stages: stagesFrom(lines, withOutcomes, { won: labels.stageKinds.won, lost: labels.stageKinds.lost }) },
      {
        onSuccess: (pipeline) => {
          toast.success(labels.pipelineCreated(pipeline.name));
          onDone();
        },
      },
    );
  };

  return (
    <DialogContent>
      <DialogHeader>
        <DialogTitle>{labels.newPipeline}</DialogTitle>
        <DialogDescription>{labels.newPipelineHint}</DialogDescription>
      </DialogHeader>
      <form onSubmit={submit} noValidate className="grid gap-4">
        <FormField label={labels.pipelineName} error={errors.field("name")}>
          <Input required autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        </FormField>
        <FormField label={labels.stagesOnePerLine} error={errors.field("stages")}>
          <textarea className={cn(fieldClass, "h-32 py-2")} value={lines} onChange={(e) => setLines(e.target.value)} />
        </FormField>
        <div className="flex items-center gap-2">
          <Checkbox id="pipeline-outcomes" checked={withOutcomes} onCheckedChange={(checked) => setWithOutcomes(checked === true)} />
          <Label htmlFor="pipeline-outcomes">{labels.withOutcomes}</Label>
        </div>
        <div className="flex items-center gap-2">
          <Checkbox id="pipeline-default" checked={isDefault} onCheckedChange={(checked) => setIsDefault(checked === true)} />
          <Label htmlFor="pipeline-default">{labels.makeDefault}</Label>
        </div>
        <FormAlert message={errors.general} />
        <DialogFooter>
          <Button variant="outline" onClick={onDone}>{t.app.cancel}</Button>
          <Button type="submit" disabled={create.isPending}>{t.app.create}</Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}

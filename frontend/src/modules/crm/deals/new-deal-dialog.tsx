"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { useCurrentUser } from "@/auth/use-session";
import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { fieldClass, Input, NativeSelect } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import type { Pipeline } from "./board-cache";
import { parseMoney } from "./money";
import { useCreateDeal } from "./queries";
import { OwnerSelect } from "../shared/owners";
import { CompanyPicker, ContactsPicker } from "../shared/record-pickers";

const FIELDS = ["title", "value", "pipeline_id", "stage_id", "company_id", "contact_ids", "expected_close_date", "owner_id", "lost_reason"] as const;

interface NewDealDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The default pipeline first. */
  pipelines: Pipeline[];
  /** The pipeline on screen, preselected. */
  pipelineId?: string;
}

/** A new deal: title, value, pipeline and stage, company, contacts, expected close, owner (you by default). */
export function NewDealDialog({ open, onOpenChange, pipelines, pipelineId }: NewDealDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {open && <NewDealForm pipelines={pipelines} pipelineId={pipelineId} onDone={() => onOpenChange(false)} />}
    </Dialog>
  );
}

function NewDealForm({ pipelines, pipelineId, onDone }: { pipelines: Pipeline[]; pipelineId?: string; onDone: () => void }) {
  const t = useT();
  const labels = t.crm.deals;
  const router = useRouter();
  const create = useCreateDeal();
  const me = useCurrentUser();
  const [title, setTitle] = useState("");
  const [value, setValue] = useState("");
  const [pipelineChoice, setPipelineChoice] = useState(pipelineId ?? pipelines[0]?.id ?? "");
  const pipeline = pipelines.find((p) => p.id === pipelineChoice) ?? pipelines[0];
  const [stageChoice, setStageChoice] = useState("");
  const stage = pipeline?.stages.find((s) => s.id === stageChoice) ?? pipeline?.stages[0];
  const [companyId, setCompanyId] = useState<string | null>(null);
  const [contactIds, setContactIds] = useState<string[]>([]);
  const [expectedClose, setExpectedClose] = useState("");
  const [ownerId, setOwnerId] = useState<string | null>(me.id);
  const [lostReason, setLostReason] = useState("");
  const [valueError, setValueError] = useState<string | undefined>();
  const errors = formErrors(create.error, FIELDS, t);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const amount = value.trim() === "" ? "0.00" : parseMoney(value);
    setValueError(amount === null ? labels.invalidValue : undefined);
    if (amount === null || !pipeline || !stage) return;
    create.mutate(
      {
        title: title.trim(),
        value: amount,
        pipeline_id: pipeline.id,
        stage_id: stage.id,
        company_id: companyId,
        contact_ids: contactIds,
        expected_close_date: expectedClose || null,
        owner_id: ownerId,
        lost_reason: stage.is_lost ? lostReason.trim() || null : null,
      },
      {
        onSuccess: (deal) => {
          toast.success(labels.created(deal.title), {
            action: { label: t.app.open, onClick: () => router.push(`/crm/deals/${deal.id}`) },
          });
          onDone();
        },
      },
    );
  };

  return (
    <DialogContent className="max-w-xl">
      <DialogHeader>
        <DialogTitle>{labels.newDeal}</DialogTitle>
        <DialogDescription>{labels.newDealHint}</DialogDescription>
      </DialogHeader>
      <form onSubmit={submit} noValidate className="grid gap-4">
        <FormField label={labels.dealName} error={errors.field("title")}>
          <Input required autoComplete="off" value={title} onChange={(e) => setTitle(e.target.value)} />
        </FormField>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={labels.value} hint={labels.valueHint} error={valueError ?? errors.field("value")}>
            <Input inputMode="decimal" autoComplete="off" placeholder="0,00" value={value} onChange={(e) => setValue(e.target.value)} />
          </FormField>
          <FormField label={labels.expectedClose} error={errors.field("expected_close_date")}>
            <Input type="date" value={expectedClose} onChange={(e) => setExpectedClose(e.target.value)} />
          </FormField>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={labels.pipeline} error={errors.field("pipeline_id")}>
            <NativeSelect
              value={pipeline?.id ?? ""}
              onChange={(e) => {
                setPipelineChoice(e.target.value);
                setStageChoice("");
              }}
            >
              {pipelines.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </NativeSelect>
          </FormField>
          <FormField label={labels.stage} error={errors.field("stage_id")}>
            <NativeSelect value={stage?.id ?? ""} onChange={(e) => setStageChoice(e.target.value)}>
              {pipeline?.stages.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </NativeSelect>
          </FormField>
        </div>
        {stage?.is_lost && (
          <FormField label={labels.lostReason} error={errors.field("lost_reason")}>
            <textarea className={cn(fieldClass, "h-20 py-2")} value={lostReason} onChange={(e) => setLostReason(e.target.value)} />
          </FormField>
        )}
        <FormField label={`${labels.company} (${t.forms.optional})`} error={errors.field("company_id")}>
          <CompanyPicker value={companyId} onChange={setCompanyId} />
        </FormField>
        <FormField label={`${labels.contacts} (${t.forms.optional})`} error={errors.field("contact_ids")}>
          <ContactsPicker value={contactIds} onChange={setContactIds} companyId={companyId} />
        </FormField>
        <OwnerSelect value={ownerId} onChange={setOwnerId} error={errors.field("owner_id")} />
        <FormAlert message={errors.general} />
        <DialogFooter>
          <Button variant="outline" onClick={onDone}>{t.app.cancel}</Button>
          <Button type="submit" disabled={create.isPending}>{t.app.create}</Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}

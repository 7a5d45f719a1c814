"use client";

import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { fieldClass, Input, NativeSelect } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";
import { BRAZIL_STATES } from "@/lib/br-identifiers";
import { cn } from "@/lib/cn";

import { MIN_REASON } from "./discard-dialog";
import { useRescoreLead, type Lead, type LeadCorrections } from "./queries";
import { SIZES, type Size } from "../icps/criteria";

const FIELDS = ["feedback", "corrections.size", "corrections.employees", "corrections.state", "corrections.city", "corrections.cnae", "corrections.industry", "corrections"];

/** The reviewer's note and corrected facts (only those changed are sent). */
export function correctionsOf(lead: Lead, draft: { size: string; employees: string; state: string; city: string; cnae: string; industry: string }): LeadCorrections {
  const corrections: LeadCorrections = {};
  if (draft.size && draft.size !== lead.size) corrections.size = draft.size as Size;
  if (draft.employees.trim() !== "" && Number(draft.employees) !== lead.employees) corrections.employees = Number(draft.employees);
  if (draft.state && draft.state !== lead.state) corrections.state = draft.state;
  if (draft.city.trim() && draft.city.trim() !== lead.city) corrections.city = draft.city.trim();
  const cnae = draft.cnae.replace(/\D/g, "");
  if (cnae && cnae !== lead.cnae) corrections.cnae = cnae;
  if (draft.industry.trim() && draft.industry.trim() !== lead.industry) corrections.industry = draft.industry.trim();
  return corrections;
}

/** Rerun the qualifier with what the reviewer knows: a note, and facts the sources got wrong. */
export function RescoreDialog({ lead, open, onOpenChange }: { lead: Lead; open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {open && <RescoreForm lead={lead} onDone={() => onOpenChange(false)} />}
    </Dialog>
  );
}

function RescoreForm({ lead, onDone }: { lead: Lead; onDone: () => void }) {
  const t = useT();
  const labels = t.hunter.leads.review;
  const facts = t.hunter.leads.detail.fields;
  const [feedback, setFeedback] = useState("");
  const [draft, setDraft] = useState({ size: lead.size ?? "", employees: lead.employees === null ? "" : String(lead.employees), state: lead.state ?? "", city: lead.city ?? "", cnae: lead.cnae ?? "", industry: lead.industry ?? "" });
  const set = (patch: Partial<typeof draft>) => setDraft({ ...draft, ...patch });
  const rescore = useRescoreLead();
  const errors = formErrors(rescore.error, FIELDS, t);
  const short = feedback.trim().length < MIN_REASON;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (short) return;
    rescore.mutate({ id: lead.id, feedback: feedback.trim(), corrections: correctionsOf(lead, draft) }, {
      onSuccess: (scored) => {
        toast.success(labels.rescored(scored.score, lead.score));
        onDone();
      },
    });
  };
  return (
    <DialogContent className="max-w-2xl">
      <DialogHeader>
        <DialogTitle>{labels.rescoreTitle(lead.name)}</DialogTitle>
        <DialogDescription>{labels.rescoreHint}</DialogDescription>
      </DialogHeader>
      <form onSubmit={submit} noValidate className="grid gap-4">
        <FormField label={labels.feedback} hint={labels.feedbackHint} error={errors.field("feedback")}>
          <textarea className={cn(fieldClass, "h-auto min-h-20 py-2")} value={feedback} maxLength={2000} placeholder={labels.feedbackPlaceholder} onChange={(e) => setFeedback(e.target.value)} />
        </FormField>
        <fieldset className="grid gap-3">
          <legend className="mb-1 text-sm font-medium">{labels.corrections}</legend>
          <p className="-mt-1 text-xs text-muted-foreground">{labels.correctionsHint}</p>
          <div className="grid items-start gap-3 sm:grid-cols-3">
            <FormField label={facts.size} error={errors.field("corrections.size")}>
              <NativeSelect value={draft.size} onChange={(e) => set({ size: e.target.value })}>
                <option value="">{t.app.none}</option>
                {SIZES.map((size) => <option key={size} value={size}>{t.hunter.common.sizes[size]}</option>)}
              </NativeSelect>
            </FormField>
            <FormField label={facts.employees} error={errors.field("corrections.employees")}>
              <Input type="number" inputMode="numeric" min={0} value={draft.employees} onChange={(e) => set({ employees: e.target.value })} />
            </FormField>
            <FormField label={facts.state} error={errors.field("corrections.state")}>
              <NativeSelect value={draft.state} onChange={(e) => set({ state: e.target.value })}>
                <option value="">{t.app.none}</option>
                {BRAZIL_STATES.map((uf) => <option key={uf} value={uf}>{uf}</option>)}
              </NativeSelect>
            </FormField>
            <FormField label={facts.city} error={errors.field("corrections.city")}>
              <Input value={draft.city} onChange={(e) => set({ city: e.target.value })} />
            </FormField>
            <FormField label={facts.cnae} hint={labels.cnaeHint} error={errors.field("corrections.cnae")}>
              <Input inputMode="numeric" value={draft.cnae} onChange={(e) => set({ cnae: e.target.value })} />
            </FormField>
            <FormField label={facts.industry} error={errors.field("corrections.industry")}>
              <Input value={draft.industry} onChange={(e) => set({ industry: e.target.value })} />
            </FormField>
          </div>
        </fieldset>
        <FormAlert message={errors.general} />
        <DialogFooter>
          <Button variant="outline" onClick={onDone}>{t.app.cancel}</Button>
          <Button type="submit" disabled={short || rescore.isPending}>{rescore.isPending ? labels.rescoring : labels.rescoreConfirm}</Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}

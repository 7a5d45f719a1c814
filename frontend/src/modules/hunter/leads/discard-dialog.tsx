"use client";

import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { ReasonField } from "@/components/reason-field";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useT } from "@/i18n/i18n-provider";

import { useDiscardLead, type Lead } from "./queries";

export const MIN_REASON = 3;

/** Discarding a lead asks why (the reason is kept with it, and helps tune the ICP). */
export function DiscardDialog({ lead, open, onOpenChange }: { lead: Lead; open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {open && <DiscardForm lead={lead} onDone={() => onOpenChange(false)} />}
    </Dialog>
  );
}

function DiscardForm({ lead, onDone }: { lead: Lead; onDone: () => void }) {
  const t = useT();
  const labels = t.hunter.leads.review;
  const [reason, setReason] = useState("");
  const discard = useDiscardLead();
  const errors = formErrors(discard.error, ["reason"], t);
  const short = reason.trim().length < MIN_REASON;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (short) return;
    discard.mutate({ id: lead.id, reason: reason.trim() }, {
      onSuccess: () => {
        toast.success(labels.discarded(lead.name));
        onDone();
      },
    });
  };
  return (
    <DialogContent>
      <DialogHeader>
        <DialogTitle>{labels.discardTitle(lead.name)}</DialogTitle>
        <DialogDescription>{labels.discardHint}</DialogDescription>
      </DialogHeader>
      <form onSubmit={submit} noValidate className="grid gap-4">
        <ReasonField label={labels.reason} hint={labels.reasonHint} quickLabel={labels.quickReasons} reasons={labels.reasons} value={reason} onChange={setReason} error={errors.field("reason")} />
        <FormAlert message={errors.general} />
        <DialogFooter>
          <Button variant="outline" onClick={onDone}>{t.app.cancel}</Button>
          <Button type="submit" variant="destructive" disabled={short || discard.isPending}>{discard.isPending ? labels.saving : labels.discardConfirm}</Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}

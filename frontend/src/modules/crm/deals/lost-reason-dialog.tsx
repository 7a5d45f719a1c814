"use client";

import { useState, type FormEvent } from "react";

import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { fieldClass } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

interface LostReasonDialogProps {
  /** The deal being marked lost; none: closed. */
  dealTitle: string | null;
  stageName: string;
  pending: boolean;
  /** The move's failure: the backend's message for `lost_reason` shows under the field. */
  error: Error | null;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

/** Why the deal was lost, asked before it goes to a lost stage (the backend requires a reason). */
export function LostReasonDialog({ dealTitle, stageName, pending, error, onConfirm, onClose }: LostReasonDialogProps) {
  return (
    <Dialog open={dealTitle !== null} onOpenChange={(open) => !open && onClose()}>
      {dealTitle !== null && (
        <LostReasonForm dealTitle={dealTitle} stageName={stageName} pending={pending} error={error} onConfirm={onConfirm} onClose={onClose} />
      )}
    </Dialog>
  );
}

function LostReasonForm({ dealTitle, stageName, pending, error, onConfirm, onClose }: Omit<LostReasonDialogProps, "dealTitle"> & { dealTitle: string }) {
  const t = useT();
  const labels = t.crm.deals;
  const [reason, setReason] = useState("");
  const errors = formErrors(error, ["lost_reason"], t);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConfirm(reason.trim());
  };
  return (
    <DialogContent>
      <DialogHeader>
        <DialogTitle>{labels.lostTitle(dealTitle)}</DialogTitle>
        <DialogDescription>{labels.lostHint(stageName)}</DialogDescription>
      </DialogHeader>
      <form onSubmit={submit} noValidate className="grid gap-4">
        <FormField label={labels.lostReason} error={errors.field("lost_reason")}>
          <textarea className={cn(fieldClass, "h-24 py-2")} required value={reason} onChange={(e) => setReason(e.target.value)} />
        </FormField>
        <FormAlert message={errors.general} />
        <DialogFooter>
          <Button variant="outline" onClick={onClose}>{t.app.cancel}</Button>
          <Button type="submit" variant="destructive" disabled={pending}>{labels.markLost}</Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}

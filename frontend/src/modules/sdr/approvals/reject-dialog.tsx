"use client";

import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { ReasonField } from "@/components/reason-field";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useT } from "@/i18n/i18n-provider";

import { useRejectDraft, type Draft } from "./queries";

/** Rejecting a draft asks why (1 to 500 characters); its cadence ends and nothing is sent. */
export function RejectDialog({ draft, onClose }: { draft: Draft | null; onClose: () => void }) {
  return (
    <Dialog open={draft !== null} onOpenChange={(open) => !open && onClose()}>
      {draft && <RejectForm key={draft.approval_id} draft={draft} onClose={onClose} />}
    </Dialog>
  );
}

function RejectForm({ draft, onClose }: { draft: Draft; onClose: () => void }) {
  const t = useT();
  const labels = t.sdr.approvals;
  const who = draft.company ?? draft.name;
  const [reason, setReason] = useState("");
  const reject = useRejectDraft();
  const errors = formErrors(reject.error, ["reason"], t);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reject.mutate({ approvalId: draft.approval_id, reason: reason.trim() }, {
      onSuccess: () => {
        toast.success(labels.rejected(who));
        onClose();
      },
    });
  };
  return (
    <DialogContent>
      <DialogHeader>
        <DialogTitle>{labels.rejectTitle(who)}</DialogTitle>
        <DialogDescription>{labels.rejectHint}</DialogDescription>
      </DialogHeader>
      <form onSubmit={submit} noValidate className="grid gap-4">
        <ReasonField label={labels.reason} quickLabel={labels.quickReasons} reasons={labels.reasons} value={reason} onChange={setReason} error={errors.field("reason")} />
        <FormAlert message={errors.general} />
        <DialogFooter>
          <Button variant="outline" onClick={onClose}>{t.app.cancel}</Button>
          <Button type="submit" variant="destructive" disabled={!reason.trim() || reject.isPending}>{labels.rejectConfirm}</Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}

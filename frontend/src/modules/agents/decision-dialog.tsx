"use client";

import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { fieldClass } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import { useApprove, useReject, type Approval } from "./queries";

export type Decision = "approve" | "reject";

interface DecisionDialogProps {
  approval: Approval | null;
  decision: Decision;
  onClose: () => void;
}

/** Approve (with an optional note) or reject (with a reason) one agent approval. */
export function DecisionDialog({ approval, decision, onClose }: DecisionDialogProps) {
  return (
    <Dialog open={approval !== null} onOpenChange={(open) => !open && onClose()}>
      {approval && <DecisionForm key={approval.id + decision} approval={approval} decision={decision} onClose={onClose} />}
    </Dialog>
  );
}

function DecisionForm({ approval, decision, onClose }: { approval: Approval; decision: Decision; onClose: () => void }) {
  const t = useT();
  const labels = t.agents.approvals;
  const [text, setText] = useState("");
  const approve = useApprove();
  const reject = useReject();
  const mutation = decision === "approve" ? approve : reject;
  const field = decision === "approve" ? "note" : "reason";
  const errors = formErrors(mutation.error, [field], t);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const done = {
      onSuccess: () => {
        toast.success(decision === "approve" ? labels.approved : labels.rejected);
        onClose();
      },
    };
    if (decision === "approve") approve.mutate({ id: approval.id, note: text }, done);
    else reject.mutate({ id: approval.id, reason: text }, done);
  };

  return (
    <DialogContent aria-describedby={undefined}>
      <DialogHeader>
        <DialogTitle>{decision === "approve" ? labels.approveTitle(approval.title) : labels.rejectTitle(approval.title)}</DialogTitle>
      </DialogHeader>
      <form onSubmit={submit} noValidate className="grid gap-4">
        <FormField label={decision === "approve" ? `${labels.note} (${t.forms.optional})` : labels.reason} error={errors.field(field)}>
          <textarea
            className={cn(fieldClass, "h-24 py-2")}
            required={decision === "reject"}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </FormField>
        <FormAlert message={errors.general} />
        <DialogFooter>
          <Button variant="outline" onClick={onClose}>{t.app.cancel}</Button>
          <Button
            type="submit"
            variant={decision === "approve" ? "default" : "destructive"}
            disabled={mutation.isPending || (decision === "reject" && !text.trim())}
          >
            {decision === "approve" ? labels.approve : labels.reject}
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}

"use client";

import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input, NativeSelect } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";
import { formatPhone } from "@/lib/br-identifiers";

import { useAddSuppression, type SuppressionKind, type SuppressionReason } from "./queries";

const KINDS: SuppressionKind[] = ["email", "phone"];
const REASONS: SuppressionReason[] = ["manual", "unsubscribed", "bounced", "complained"];
const FIELDS = ["kind", "value", "reason", "note"] as const;

/** Adds an e-mail or phone to the list (the backend normalises and checks it; its errors show at the fields). */
export function AddSuppressionDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {open && <AddForm onDone={() => onOpenChange(false)} />}
    </Dialog>
  );
}

function AddForm({ onDone }: { onDone: () => void }) {
  const t = useT();
  const labels = t.sdr.suppression;
  const [kind, setKind] = useState<SuppressionKind>("email");
  const [value, setValue] = useState("");
  const [reason, setReason] = useState<SuppressionReason>("manual");
  const [note, setNote] = useState("");
  const add = useAddSuppression();
  const errors = formErrors(add.error, FIELDS, t);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ kind, value: value.trim(), reason, note: note.trim() || null }, {
      onSuccess: (entry) => {
        toast.success(labels.added(entry.kind === "phone" ? formatPhone(entry.value) : entry.value));
        onDone();
      },
    });
  };
  return (
    <DialogContent aria-describedby={undefined}>
      <DialogHeader>
        <DialogTitle>{labels.addTitle}</DialogTitle>
      </DialogHeader>
      <form onSubmit={submit} noValidate className="grid gap-4">
        <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
          <FormField label={labels.kind} error={errors.field("kind")}>
            <NativeSelect value={kind} onChange={(e) => setKind(e.target.value as SuppressionKind)}>
              {KINDS.map((item) => <option key={item} value={item}>{labels.kinds[item]}</option>)}
            </NativeSelect>
          </FormField>
          <FormField label={labels.value} hint={labels.valueHint[kind]} error={errors.field("value")}>
            <Input required type={kind === "email" ? "email" : "tel"} autoComplete="off" maxLength={254} value={value} onChange={(e) => setValue(e.target.value)} />
          </FormField>
        </div>
        <FormField label={labels.reason} error={errors.field("reason")}>
          <NativeSelect value={reason} onChange={(e) => setReason(e.target.value as SuppressionReason)}>
            {REASONS.map((item) => <option key={item} value={item}>{labels.reasons[item]}</option>)}
          </NativeSelect>
        </FormField>
        <FormField label={labels.note} hint={labels.noteHint} error={errors.field("note")}>
          <Input maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
        </FormField>
        <FormAlert message={errors.general} />
        <DialogFooter>
          <Button variant="outline" onClick={onDone}>{t.app.cancel}</Button>
          <Button type="submit" disabled={add.isPending || !value.trim()}>{add.isPending ? labels.saving : labels.save}</Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}

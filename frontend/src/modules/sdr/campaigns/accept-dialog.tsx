"use client";

import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";

import { useAcceptLead } from "./queries";

export interface AcceptTarget {
  leadId: string;
  name: string;
  company: string | null;
}

/** "12.500,00" or "12500.5" -> "12500.50"; blank -> "0". */
export function moneyValue(text: string): string {
  const cleaned = text.replace(/[^\d,.-]/g, "");
  const normal = cleaned.includes(",") ? cleaned.replace(/\./g, "").replace(",", ".") : cleaned;
  const value = Number(normal);
  return Number.isFinite(value) && normal !== "" ? value.toFixed(2) : "0";
}

/** Accepting a lead asks the deal's title and value, then the CRM converts it (once). */
export function AcceptDialog({ target, onClose }: { target: AcceptTarget | null; onClose: () => void }) {
  return (
    <Dialog open={target !== null} onOpenChange={(open) => !open && onClose()}>
      {target && <AcceptForm key={target.leadId} target={target} onClose={onClose} />}
    </Dialog>
  );
}

function AcceptForm({ target, onClose }: { target: AcceptTarget; onClose: () => void }) {
  const t = useT();
  const labels = t.sdr.campaigns;
  const [title, setTitle] = useState(labels.dealDefault(target.company ?? target.name));
  const [value, setValue] = useState("");
  const accept = useAcceptLead();
  const errors = formErrors(accept.error, ["deal_title", "deal_value"], t);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    accept.mutate({ leadId: target.leadId, body: { deal_title: title.trim() || null, deal_value: moneyValue(value) } }, {
      onSuccess: () => {
        toast.success(labels.acceptedToast(target.company ?? target.name));
        onClose();
      },
    });
  };
  return (
    <DialogContent>
      <DialogHeader>
        <DialogTitle>{labels.acceptTitle(target.company ?? target.name)}</DialogTitle>
        <DialogDescription>{labels.acceptHint}</DialogDescription>
      </DialogHeader>
      <form onSubmit={submit} noValidate className="grid gap-4">
        <FormField label={labels.dealTitle} error={errors.field("deal_title")}>
          <Input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        </FormField>
        <FormField label={labels.dealValue} error={errors.field("deal_value")}>
          <Input inputMode="decimal" value={value} placeholder="0,00" onChange={(e) => setValue(e.target.value)} />
        </FormField>
        <FormAlert message={errors.general} />
        <DialogFooter>
          <Button variant="outline" onClick={onClose}>{t.app.cancel}</Button>
          <Button type="submit" disabled={accept.isPending}>{accept.isPending ? labels.accepting : labels.acceptConfirm}</Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}

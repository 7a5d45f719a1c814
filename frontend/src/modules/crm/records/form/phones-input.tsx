"use client";

import { Trash2Icon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useT } from "@/i18n/i18n-provider";

import { RowsFieldset } from "./rows-fieldset";

export interface PhoneDraft {
  number: string;
  label: string;
  whatsapp: boolean;
}

export const emptyPhone = (): PhoneDraft => ({ number: "", label: "", whatsapp: false });

/** Phones as the API takes them: blank rows left out, labels only when given. */
export function phonesBody(phones: PhoneDraft[]) {
  return phones
    .filter((phone) => phone.number.trim() !== "")
    .map((phone) => ({ number: phone.number.trim(), label: phone.label.trim() || null, whatsapp: phone.whatsapp }));
}

export function phoneDrafts(phones: readonly Record<string, unknown>[] | undefined): PhoneDraft[] {
  return (phones ?? []).map((phone) => ({
    number: String(phone.number ?? ""),
    label: typeof phone.label === "string" ? phone.label : "",
    whatsapp: phone.whatsapp === true,
  }));
}

interface PhonesInputProps {
  value: PhoneDraft[];
  onChange: (phones: PhoneDraft[]) => void;
  /** The save's failure: the backend's messages for `phones` and `phones.0...` show here. */
  error: Error | null;
}

/** A list of phones: number, label, whether it has WhatsApp. */
export function PhonesInput({ value, onChange, error }: PhonesInputProps) {
  const labels = useT().crm.records.form;
  const set = (index: number, patch: Partial<PhoneDraft>) =>
    onChange(value.map((phone, i) => (i === index ? { ...phone, ...patch } : phone)));
  return (
    <RowsFieldset
      legend={labels.phones}
      field="phones"
      rows={value}
      error={error}
      addLabel={labels.addPhone}
      onAdd={() => onChange([...value, emptyPhone()])}
      row={(phone, index, control) => (
        <div className="grid grid-cols-[1fr_auto] gap-2 sm:grid-cols-[1fr_10rem_auto_auto] sm:items-center">
          <Input
            {...control}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            aria-label={`${labels.phoneNumber} ${index + 1}`}
            placeholder="(11) 98765-4321"
            value={phone.number}
            onChange={(e) => set(index, { number: e.target.value })}
          />
          <Button variant="ghost" size="icon" className="sm:order-last" aria-label={`${labels.removePhone} ${index + 1}`} onClick={() => onChange(value.filter((_, i) => i !== index))}>
            <Trash2Icon aria-hidden />
          </Button>
          <Input
            aria-label={`${labels.phoneLabel} ${index + 1}`}
            placeholder={labels.phoneLabelPlaceholder}
            value={phone.label}
            onChange={(e) => set(index, { label: e.target.value })}
          />
          <div className="flex items-center gap-2">
            <Checkbox id={`${control.id}-wa`} checked={phone.whatsapp} onCheckedChange={(checked) => set(index, { whatsapp: checked === true })} />
            <Label htmlFor={`${control.id}-wa`} className="font-normal whitespace-nowrap">{labels.whatsapp}</Label>
          </div>
        </div>
      )}
    />
  );
}

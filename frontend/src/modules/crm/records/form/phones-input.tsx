"use client";

import { PlusIcon, Trash2Icon } from "lucide-react";
import { useId } from "react";

import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useT } from "@/i18n/i18n-provider";

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
  /** The backend's message for phone `index` (`phones.0.number`, ...). */
  errorAt: (index: number) => string | undefined;
  error?: string;
  /** Offer the WhatsApp flag (contacts and companies both have it). */
  whatsapp?: boolean;
}

/** A list of phones: number, label, whether it has WhatsApp. */
export function PhonesInput({ value, onChange, errorAt, error, whatsapp = true }: PhonesInputProps) {
  const t = useT();
  const labels = t.crm.records.form;
  const baseId = useId();
  const set = (index: number, patch: Partial<PhoneDraft>) =>
    onChange(value.map((phone, i) => (i === index ? { ...phone, ...patch } : phone)));
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1.5 text-sm font-medium">{labels.phones}</legend>
      {value.map((phone, index) => {
        const id = `${baseId}-${index}`;
        const message = errorAt(index);
        return (
          <div key={index} className="grid gap-1">
            <div className="grid grid-cols-[1fr_auto] gap-2 sm:grid-cols-[1fr_10rem_auto_auto] sm:items-center">
              <Input
                id={`${id}-number`}
                type="tel"
                inputMode="tel"
                autoComplete="off"
                aria-label={`${labels.phoneNumber} ${index + 1}`}
                placeholder="(11) 98765-4321"
                value={phone.number}
                aria-invalid={message ? true : undefined}
                aria-describedby={message ? `${id}-error` : undefined}
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
              {whatsapp && (
                <div className="flex items-center gap-2">
                  <Checkbox id={`${id}-wa`} checked={phone.whatsapp} onCheckedChange={(checked) => set(index, { whatsapp: checked === true })} />
                  <Label htmlFor={`${id}-wa`} className="font-normal whitespace-nowrap">{labels.whatsapp}</Label>
                </div>
              )}
            </div>
            {message && <p id={`${id}-error`} className="text-xs font-medium text-destructive">{message}</p>}
          </div>
        );
      })}
      {error && <p className="text-xs font-medium text-destructive">{error}</p>}
      <div>
        <Button variant="outline" size="sm" onClick={() => onChange([...value, emptyPhone()])}>
          <PlusIcon aria-hidden />
          {labels.addPhone}
        </Button>
      </div>
    </fieldset>
  );
}

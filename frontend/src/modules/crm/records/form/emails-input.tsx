"use client";

import { PlusIcon, Trash2Icon } from "lucide-react";
import { useId } from "react";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";

/** E-mails as the API takes them: blank rows left out; the first one is the primary. */
export function emailsBody(emails: string[]) {
  return emails
    .map((address) => address.trim())
    .filter((address) => address !== "")
    .map((address, index) => ({ address, primary: index === 0 }));
}

export function emailDrafts(emails: readonly Record<string, unknown>[] | undefined): string[] {
  const list = [...(emails ?? [])].sort((a, b) => Number(b.primary === true) - Number(a.primary === true));
  return list.map((email) => String(email.address ?? ""));
}

interface EmailsInputProps {
  value: string[];
  onChange: (emails: string[]) => void;
  errorAt: (index: number) => string | undefined;
  error?: string;
}

/** A list of e-mail addresses, the first one primary. */
export function EmailsInput({ value, onChange, errorAt, error }: EmailsInputProps) {
  const t = useT();
  const labels = t.crm.records.form;
  const baseId = useId();
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1.5 text-sm font-medium">{labels.emails}</legend>
      {value.map((address, index) => {
        const id = `${baseId}-${index}`;
        const message = errorAt(index);
        return (
          <div key={index} className="grid gap-1">
            <div className="flex items-center gap-2">
              <Input
                type="email"
                inputMode="email"
                autoComplete="off"
                aria-label={`${labels.emailAddress} ${index + 1}`}
                value={address}
                aria-invalid={message ? true : undefined}
                aria-describedby={message ? `${id}-error` : undefined}
                onChange={(e) => onChange(value.map((v, i) => (i === index ? e.target.value : v)))}
              />
              {index === 0 && value.length > 1 && <span className="text-xs text-muted-foreground">{labels.primaryEmail}</span>}
              <Button variant="ghost" size="icon" aria-label={`${labels.removeEmail} ${index + 1}`} onClick={() => onChange(value.filter((_, i) => i !== index))}>
                <Trash2Icon aria-hidden />
              </Button>
            </div>
            {message && <p id={`${id}-error`} className="text-xs font-medium text-destructive">{message}</p>}
          </div>
        );
      })}
      {error && <p className="text-xs font-medium text-destructive">{error}</p>}
      <div>
        <Button variant="outline" size="sm" onClick={() => onChange([...value, ""])}>
          <PlusIcon aria-hidden />
          {labels.addEmail}
        </Button>
      </div>
    </fieldset>
  );
}

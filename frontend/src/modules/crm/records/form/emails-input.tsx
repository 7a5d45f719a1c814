"use client";

import { Trash2Icon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";

import { RowsFieldset } from "./rows-fieldset";

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
  /** The save's failure: the backend's messages for `emails` and `emails.0...` show here. */
  error: Error | null;
}

/** A list of e-mail addresses, the first one primary. */
export function EmailsInput({ value, onChange, error }: EmailsInputProps) {
  const labels = useT().crm.records.form;
  return (
    <RowsFieldset
      legend={labels.emails}
      field="emails"
      rows={value}
      error={error}
      addLabel={labels.addEmail}
      onAdd={() => onChange([...value, ""])}
      row={(address, index, control) => (
        <div className="flex items-center gap-2">
          <Input
            {...control}
            type="email"
            inputMode="email"
            autoComplete="off"
            aria-label={`${labels.emailAddress} ${index + 1}`}
            value={address}
            onChange={(e) => onChange(value.map((v, i) => (i === index ? e.target.value : v)))}
          />
          {index === 0 && value.length > 1 && <span className="text-xs text-muted-foreground">{labels.primaryEmail}</span>}
          <Button variant="ghost" size="icon" aria-label={`${labels.removeEmail} ${index + 1}`} onClick={() => onChange(value.filter((_, i) => i !== index))}>
            <Trash2Icon aria-hidden />
          </Button>
        </div>
      )}
    />
  );
}

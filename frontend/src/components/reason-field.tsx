"use client";

import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { fieldClass } from "@/components/ui/input";
import { cn } from "@/lib/cn";

/** Why something is refused (a draft rejected, a lead discarded): quick reasons to pick, then the text, up to 500 characters. */
export function ReasonField({ label, hint, quickLabel, reasons, value, onChange, error }: {
  label: string;
  hint?: string;
  quickLabel: string;
  reasons: readonly string[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return (
    <>
      <div className="flex flex-wrap gap-1" role="group" aria-label={quickLabel}>
        {reasons.map((text) => (
          <Button key={text} size="sm" variant="outline" aria-pressed={value === text} onClick={() => onChange(text)}>{text}</Button>
        ))}
      </div>
      <FormField label={label} hint={hint} error={error}>
        <textarea className={cn(fieldClass, "h-auto min-h-20 py-2")} value={value} maxLength={500} onChange={(e) => onChange(e.target.value)} />
      </FormField>
    </>
  );
}

"use client";

import { CheckIcon, CopyIcon } from "lucide-react";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";

/** A value to copy once (a secret key, an invitation link): read-only, selected on focus. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(value);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <div className="flex items-end gap-2">
      <div className="min-w-0 flex-1">
        <FormField label={label}>
          <Input readOnly value={value} className="font-mono text-xs" onFocus={(event) => event.currentTarget.select()} />
        </FormField>
      </div>
      <Button variant="outline" onClick={() => void copy()} aria-live="polite">
        {copied ? <CheckIcon aria-hidden /> : <CopyIcon aria-hidden />}
        {copied ? t.app.copied : t.app.copy}
      </Button>
    </div>
  );
}

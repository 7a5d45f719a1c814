"use client";

import { ArrowLeftIcon } from "lucide-react";
import type { ReactNode } from "react";

import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { useT } from "@/i18n/i18n-provider";

/** The foot of a wizard step: what the backend refused, "back", and the step's own action. */
export function StepActions({ error, onBack, children }: { error: Error | null; onBack: () => void; children: ReactNode }) {
  const t = useT();
  const errors = formErrors(error, ["mapping"], t);
  return (
    <>
      <FormAlert message={errors.field("mapping") ?? errors.general} />
      <div className="flex flex-wrap gap-2">
        <Button variant="outline" onClick={onBack}>
          <ArrowLeftIcon aria-hidden />
          {t.crm.records.import.back}
        </Button>
        {children}
      </div>
    </>
  );
}

"use client";

import { ShieldCheckIcon } from "lucide-react";

import { useT } from "@/i18n/i18n-provider";

import type { Cadence } from "./queries";
import { StepIcon } from "../shared/badges";

/** A saved cadence's steps in order, as a compact list (kind, days of a wait, subject, approval). */
export function CadenceSteps({ cadence }: { cadence: Cadence }) {
  const t = useT();
  const labels = t.sdr.cadences;
  return (
    <ol className="grid gap-1.5" aria-label={labels.form.stepsTitle}>
      {cadence.steps.map((step, index) => (
        <li key={index} className="flex flex-wrap items-center gap-2 text-sm">
          <span className="flex size-6 items-center justify-center rounded-full bg-muted text-xs font-semibold tabular-nums" aria-hidden>{index + 1}</span>
          <StepIcon kind={step.kind} />
          <span className="font-medium">{t.sdr.shared.stepKinds[step.kind]}</span>
          {step.kind === "wait" && step.days && <span className="text-muted-foreground">{labels.spanDays(step.days)}</span>}
          {step.subject && <span className="text-muted-foreground">“{step.subject}”</span>}
          {step.needs_approval && (
            <span className="inline-flex items-center gap-1 text-xs text-muted-foreground">
              <ShieldCheckIcon className="size-3" aria-hidden />
              {labels.form.needsApproval}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

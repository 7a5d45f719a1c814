"use client";

import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import type { Funnel } from "../campaigns/queries";

/** The funnel's stages in order; each rate is of the stage before the first (what was enrolled, or sent). */
export const FUNNEL_STAGES = ["enrolled", "sent", "delivered", "read", "replied", "interested", "converted"] as const;

/** A row of the funnel's numbers (the compact one for tables), the rate of each to what was sent. */
export function FunnelNumbers({ funnel, compact = false }: { funnel: Funnel; compact?: boolean }) {
  const labels = useT().sdr.shared;
  const stages = compact ? (["enrolled", "sent", "replied", "interested", "converted"] as const) : FUNNEL_STAGES;
  return (
    <dl className={cn("grid gap-2", compact ? "grid-flow-col justify-start gap-4 text-xs" : "grid-cols-2 sm:grid-cols-4 lg:grid-cols-7")} data-testid="funnel">
      {stages.map((stage) => (
        <div key={stage} className={cn(!compact && "rounded-lg border bg-card p-3")} data-stage={stage}>
          <dt className="text-muted-foreground">{labels.funnel[stage]}</dt>
          <dd className={cn("font-semibold tabular-nums", compact ? "text-sm" : "text-2xl")}>{funnel[stage]}</dd>
          {!compact && stage !== "enrolled" && stage !== "sent" && (
            <dd className="text-xs text-muted-foreground tabular-nums">{labels.rateOf(funnel[stage], funnel.sent)}</dd>
          )}
        </div>
      ))}
      {!compact && (
        <div className="col-span-full flex flex-wrap gap-4 text-xs text-muted-foreground">
          <span data-stage="pending_approval">{labels.funnel.pending_approval}: <b className="tabular-nums">{funnel.pending_approval}</b></span>
          <span data-stage="opted_out">{labels.funnel.opted_out}: <b className="tabular-nums">{funnel.opted_out}</b></span>
        </div>
      )}
    </dl>
  );
}

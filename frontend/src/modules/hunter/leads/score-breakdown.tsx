"use client";

import { BanIcon, CheckIcon, MinusIcon } from "lucide-react";

import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import { breakdownBars, disqualification } from "./breakdown";
import type { BreakdownItem } from "./queries";

const points = (value: number) => (Math.round(value * 10) / 10).toLocaleString("pt-BR");

/** Each criterion's points as a bar against the most it could earn, with the scorer's note. */
export function ScoreBreakdown({ breakdown }: { breakdown: BreakdownItem[] }) {
  const t = useT();
  const labels = t.hunter.leads.detail;
  const names = t.hunter.common.criteria;
  const bars = breakdownBars(breakdown);
  const disqualified = disqualification(breakdown);
  return (
    <div className="grid gap-2">
      {disqualified && (
        <p className="flex items-center gap-2 rounded-md bg-danger-soft p-2 text-sm text-destructive">
          <BanIcon className="size-4 shrink-0" aria-hidden />
          <span><strong>{names.disqualifier}:</strong> {disqualified.note}</span>
        </p>
      )}
      <ul className="grid gap-2.5" aria-label={labels.breakdown} data-testid="score-breakdown">
        {bars.map(({ item, max, fill }) => (
          <li key={item.criterion} className="grid gap-1">
            <div className="flex items-baseline justify-between gap-2 text-sm">
              <span className="inline-flex items-center gap-1.5 font-medium">
                {item.matched ? <CheckIcon className="size-3.5 text-success" aria-hidden /> : <MinusIcon className="size-3.5 text-muted-foreground" aria-hidden />}
                {names[item.criterion] ?? item.label}
                <span className="sr-only">{item.matched ? labels.matched : labels.notMatched}</span>
              </span>
              <span className="text-xs tabular-nums text-muted-foreground">{labels.pointsOf(points(item.points), points(max))}</span>
            </div>
            <div className="h-1.5 overflow-hidden rounded-full bg-muted" aria-hidden>
              <div className={cn("h-full rounded-full", item.matched ? "bg-success" : fill > 0 ? "bg-warning" : "bg-transparent")} style={{ width: `${fill * 100}%` }} />
            </div>
            <p className="text-xs text-muted-foreground">{item.note}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

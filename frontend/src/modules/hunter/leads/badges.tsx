"use client";

import { FlaskConicalIcon } from "lucide-react";

import { Badge, type BadgeTone } from "@/components/ui/badge";
import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import type { LeadStatus, Tier } from "./queries";

const TIER_TONE: Record<Tier, BadgeTone> = { hot: "danger", warm: "warning", cold: "neutral" };
const STATUS_TONE: Record<LeadStatus, BadgeTone> = { new: "neutral", approved: "success", discarded: "danger" };

export function TierBadge({ tier }: { tier: Tier }) {
  return <Badge tone={TIER_TONE[tier]}>{useT().hunter.common.tiers[tier]}</Badge>;
}

export function StatusBadge({ status }: { status: LeadStatus }) {
  return <Badge tone={STATUS_TONE[status]} data-testid="lead-status">{useT().hunter.common.leadStatuses[status]}</Badge>;
}

/** A lead of the demo directory: made up, never a real company (`hint`: what that means where it shows). */
export function DemoBadge({ short = false, hint }: { short?: boolean; hint?: string }) {
  const labels = useT().hunter.common;
  return (
    <Badge tone="warning" title={hint ?? labels.demoHint} data-testid="demo-badge">
      <FlaskConicalIcon className="size-3" aria-hidden />
      {short ? labels.demoShort : labels.demo}
    </Badge>
  );
}

/** The 0-100 score with a small bar; the threshold, when known, as a tick. */
export function ScoreMeter({ score, qualified, className }: { score: number; qualified: boolean; className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-2", className)}>
      <span className="w-7 text-right font-semibold tabular-nums">{score}</span>
      <span className="h-1.5 w-14 overflow-hidden rounded-full bg-muted" aria-hidden>
        <span className={cn("block h-full rounded-full", qualified ? "bg-success" : score >= 40 ? "bg-warning" : "bg-muted-foreground/50")} style={{ width: `${score}%` }} />
      </span>
    </span>
  );
}

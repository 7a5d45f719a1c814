"use client";

import type { components } from "@/api/schema";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { useT } from "@/i18n/i18n-provider";

type DealStatus = components["schemas"]["DealStatus"];

const TONES: Record<DealStatus, BadgeTone> = { open: "neutral", won: "success", lost: "danger" };

/** A deal's status (open, won, lost) as a coloured badge. */
export function DealStatusBadge({ status }: { status: DealStatus }) {
  return <Badge tone={TONES[status]}>{useT().crm.shared.dealStatuses[status]}</Badge>;
}

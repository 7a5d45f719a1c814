"use client";

import { CpuIcon } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { useT } from "@/i18n/i18n-provider";
import { DemoBadge } from "@/modules/hunter/leads/badges";

import type { Draft } from "./queries";

/** What a reviewer should know about a draft: a demo lead (sandbox only), a text the offline engine's rules wrote. */
export function DraftBadges({ draft }: { draft: Pick<Draft, "demo" | "offline"> }) {
  const labels = useT().sdr.approvals;
  return (
    <>
      {draft.demo && <DemoBadge short hint={labels.demoHint} />}
      {draft.offline && (
        <Badge tone="neutral" title={labels.offlineHint} data-testid="draft-offline">
          <CpuIcon className="size-3" aria-hidden />
          {labels.offline}
        </Badge>
      )}
    </>
  );
}

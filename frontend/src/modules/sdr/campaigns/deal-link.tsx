"use client";

import { ExternalLinkIcon } from "lucide-react";
import Link from "next/link";

import { can } from "@/auth/permissions";
import { useCurrentUser } from "@/auth/use-session";
import { useT } from "@/i18n/i18n-provider";

import { useAcceptedDeal } from "./deal-query";

/** The CRM deal an accepted lead became (the CRM makes it a moment after the acceptance). */
export function DealLink({ company }: { company: string }) {
  const t = useT();
  const labels = t.sdr.campaigns;
  const readable = can(useCurrentUser(), "crm:read");
  const deal = useAcceptedDeal(company, readable);
  if (!readable) return null;
  if (!deal.data) return <span className="text-xs text-muted-foreground" aria-live="polite">{labels.findingDeal}</span>;
  return (
    <Link href={`/crm/deals/${deal.data.id}`} className="inline-flex items-center gap-1 text-sm text-primary hover:underline" data-testid="deal-link">
      <ExternalLinkIcon className="size-3.5" aria-hidden />
      {labels.openDeal}
    </Link>
  );
}

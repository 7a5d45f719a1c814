"use client";

import { ArrowLeftIcon } from "lucide-react";
import Link from "next/link";

import { ApiError } from "@/api/problem";
import { QueryError } from "@/components/query-error";
import { buttonVariants } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useT } from "@/i18n/i18n-provider";

import { LeadDetail } from "./lead-detail";
import { useLead } from "./queries";

/** `/hunter/leads/[id]`: one lead on its own page (a link to share, or from elsewhere in the product). */
export function LeadPage({ leadId }: { leadId: string }) {
  const t = useT();
  const labels = t.hunter.leads;
  const lead = useLead(leadId);
  const missing = lead.error instanceof ApiError && (lead.error.status === 404 || lead.error.status === 422);
  return (
    <div className="grid max-w-3xl gap-4">
      <div>
        <Link href="/hunter/leads" className={buttonVariants({ variant: "ghost", size: "sm" })}>
          <ArrowLeftIcon aria-hidden />
          {labels.back}
        </Link>
      </div>
      {lead.isError ? (
        missing ? (
          <div className="grid gap-1">
            <h1 className="text-xl font-semibold">{labels.drawer.notFound}</h1>
            <p className="text-sm text-muted-foreground">{labels.notFoundHint}</p>
          </div>
        ) : (
          <QueryError error={lead.error} onRetry={() => void lead.refetch()} />
        )
      ) : lead.data ? (
        <LeadDetail lead={lead.data} heading="h1" />
      ) : (
        <Skeleton className="h-96" />
      )}
    </div>
  );
}

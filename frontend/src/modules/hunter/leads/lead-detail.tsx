"use client";

import { BotIcon, CpuIcon, ExternalLinkIcon } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";

import { useCurrentUser } from "@/auth/use-session";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";
import { formatCnpj } from "@/lib/br-identifiers";
import { cn } from "@/lib/cn";

import { canWriteHunter } from "../access";
import { sourceLabel } from "../format";
import { DemoBadge, StatusBadge, TierBadge } from "./badges";
import { LeadContacts, LeadFacts } from "./lead-facts";
import type { Lead } from "./queries";
import { ReviewActions } from "./review-actions";
import { ScoreBreakdown } from "./score-breakdown";
import { useSearch } from "../searches/queries";

function Section({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <section className="grid gap-2" aria-labelledby={id}>
      <h3 id={id} className="text-sm font-semibold">{title}</h3>
      {children}
    </section>
  );
}

/** What a reviewer needs about one lead: score and why, the reason, what is known and from where, and the review. */
export function LeadDetail({ lead, heading: Heading = "h2", actions = true }: {
  lead: Lead;
  heading?: "h1" | "h2";
  /** The review buttons in the page (the drawer keeps them in its footer instead). */
  actions?: boolean;
}) {
  const t = useT();
  const labels = t.hunter.leads.detail;
  const writable = canWriteHunter(useCurrentUser());
  const search = useSearch(lead.search_id);
  const threshold = search.data?.threshold;
  const place = [lead.city, lead.state].filter(Boolean).join(" · ");

  return (
    <div className="grid gap-6">
      <header className="grid gap-2">
        <div className="flex flex-wrap items-center gap-2">
          {lead.demo && <DemoBadge />}
          <StatusBadge status={lead.status} />
          <TierBadge tier={lead.tier} />
        </div>
        <Heading className="text-xl font-semibold tracking-tight" data-testid="lead-name">{lead.name}</Heading>
        <p className="text-sm text-muted-foreground">
          {[lead.legal_name !== lead.name ? lead.legal_name : null, lead.cnpj ? formatCnpj(lead.cnpj) : null, place].filter(Boolean).join(" · ")}
        </p>
        {lead.demo && <p className="rounded-md bg-warning-soft p-2 text-xs">{t.hunter.common.demoHint}</p>}
      </header>

      <section className="grid gap-3 rounded-lg border bg-card p-4" aria-labelledby="lead-score">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h3 id="lead-score" className="text-xs font-medium text-muted-foreground">{labels.score}</h3>
            <p className="text-4xl font-semibold tabular-nums" data-testid="lead-score">
              {lead.score}
              <span className="text-base font-normal text-muted-foreground">/100</span>
            </p>
          </div>
          <p className={cn("text-sm font-medium", lead.qualified ? "text-success" : "text-muted-foreground")} data-testid="lead-qualification">
            {lead.qualified
              ? labels.qualified(threshold)
              : lead.disqualified_by
                ? labels.disqualified(lead.disqualified_by)
                : labels.belowThreshold(threshold)}
          </p>
        </div>
        {threshold !== undefined && (
          <div className="relative h-2 rounded-full bg-muted" aria-hidden>
            <div className={cn("h-full rounded-full", lead.qualified ? "bg-success" : "bg-warning")} style={{ width: `${lead.score}%` }} />
            <div className="absolute -top-1 h-4 w-0.5 bg-foreground/70" style={{ left: `${threshold}%` }} title={labels.threshold(threshold)} />
          </div>
        )}
        <ScoreBreakdown breakdown={lead.breakdown} />
        {lead.similarity !== null && <p className="text-xs text-muted-foreground">{labels.similarity(Math.round(lead.similarity * 100))}</p>}
      </section>

      <Section title={labels.reason} id="lead-reason">
        <blockquote className="rounded-md border-l-4 border-primary/50 bg-muted/40 p-3 text-sm" data-testid="lead-reason">{lead.reason}</blockquote>
        <p className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
          {lead.reason_offline ? (
            <Badge tone="neutral" data-testid="reason-offline"><CpuIcon className="size-3" aria-hidden />{labels.offline}</Badge>
          ) : (
            <Badge tone="primary"><BotIcon className="size-3" aria-hidden />{labels.byAgent}</Badge>
          )}
          <span>{lead.reason_offline ? labels.offlineHint : labels.prompt(lead.reason_prompt)}</span>
        </p>
        {lead.feedback && <p className="rounded-md bg-secondary p-2 text-sm"><span className="font-medium">{labels.feedback}:</span> {lead.feedback}</p>}
      </Section>

      <section className="grid gap-2 rounded-lg border p-4" aria-labelledby="lead-review">
        <h3 id="lead-review" className="text-sm font-semibold">{labels.review}</h3>
        {lead.status !== "new" && lead.reviewed_at && (
          <p className="text-sm" data-testid="lead-reviewed">
            {lead.status === "approved" ? labels.approvedOn(formatDateTime(lead.reviewed_at)) : labels.discardedOn(formatDateTime(lead.reviewed_at))}
            {lead.discard_reason && <span className="block text-muted-foreground">{labels.discardReason(lead.discard_reason)}</span>}
          </p>
        )}
        {lead.status === "new" && <p className="text-sm text-muted-foreground">{labels.notReviewed}</p>}
        {!writable ? <p className="text-sm text-muted-foreground">{labels.readOnly}</p> : actions && <ReviewActions lead={lead} />}
      </section>

      <Section title={labels.contacts} id="lead-contacts">
        <LeadContacts lead={lead} />
      </Section>

      <Section title={labels.facts} id="lead-facts">
        <LeadFacts lead={lead} />
      </Section>

      <div className="grid gap-1 text-xs text-muted-foreground">
        <p>{labels.sources(lead.sources.map((s) => sourceLabel(s, t)).join(", "))}</p>
        <p>{labels.legalBasis(labels.legalBases[lead.legal_basis] ?? lead.legal_basis)}</p>
        <p>{labels.foundOn(formatDateTime(lead.created_at))}</p>
        {lead.search_id && (
          <Link href={`/hunter/searches/${lead.search_id}`} className="inline-flex items-center gap-1 text-primary hover:underline">
            <ExternalLinkIcon className="size-3" aria-hidden />
            {labels.openSearch}
          </Link>
        )}
      </div>
    </div>
  );
}

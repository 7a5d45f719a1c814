"use client";

import { ArrowLeftIcon, ListChecksIcon } from "lucide-react";
import Link from "next/link";

import { pageItems } from "@/api/pagination";
import { ApiError } from "@/api/problem";
import { PageHeader } from "@/components/page-header";
import { QueryError } from "@/components/query-error";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDateTime } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";

import { describeSource } from "./describe";
import { ProfileName } from "./profile-name";
import { useSearch, type Search } from "./queries";
import { SearchProgress } from "./search-progress";
import { SourceReport } from "./source-report";
import { criteriaSummary } from "../icps/criteria-view";
import { TierBadge } from "../leads/badges";
import { useLeads } from "../leads/queries";

export const SEARCH_STATUS_TONE: Record<string, BadgeTone> = { queued: "neutral", running: "warning", finished: "success", failed: "danger" };

function BackToSearches() {
  const labels = useT().hunter.searches;
  return (
    <Link href="/hunter/searches" className={buttonVariants({ variant: "ghost", size: "sm" })}>
      <ArrowLeftIcon aria-hidden />
      {labels.back}
    </Link>
  );
}

/** The best leads the search found, once it is done: a head start on the review. */
function BestLeads({ search }: { search: Search }) {
  const t = useT();
  const labels = t.hunter.searches;
  const leads = useLeads({ search_id: search.id }, "score", { limit: 5 });
  const items = pageItems(leads.data);
  if (leads.isError) return <QueryError error={leads.error} onRetry={() => void leads.refetch()} />;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{labels.bestLeads}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3">
        {leads.isPending ? <Skeleton className="h-20" /> : items.length === 0 ? (
          <p className="text-sm text-muted-foreground">{labels.noLeads}</p>
        ) : (
          <ol className="grid gap-1">
            {items.map((lead) => (
              <li key={lead.id}>
                <Link href={`/hunter/leads?search=${search.id}&lead=${lead.id}`} className="flex items-center gap-3 rounded-md px-2 py-1.5 text-sm hover:bg-accent">
                  <span className="w-8 text-right font-semibold tabular-nums">{lead.score}</span>
                  <span className="min-w-0 flex-1 truncate font-medium">{lead.name}</span>
                  <span className="hidden text-muted-foreground sm:inline">{[lead.city, lead.state].filter(Boolean).join(" · ")}</span>
                  <TierBadge tier={lead.tier} />
                </Link>
              </li>
            ))}
          </ol>
        )}
        <div className="flex flex-wrap gap-2">
          <Link href={`/hunter/leads?search=${search.id}&qualified=true`} className={buttonVariants()}>
            <ListChecksIcon aria-hidden />
            {labels.reviewQualified(search.qualified)}
          </Link>
          <Link href={`/hunter/leads?search=${search.id}`} className={buttonVariants({ variant: "outline" })}>
            {labels.allLeads}
          </Link>
        </div>
      </CardContent>
    </Card>
  );
}

/** `/hunter/searches/[id]`: a search's live progress, then its results, sources' report and cost. */
export function SearchPage({ searchId }: { searchId: string }) {
  const t = useT();
  const labels = t.hunter.searches;
  const search = useSearch(searchId);

  if (search.isError) {
    const missing = search.error instanceof ApiError && (search.error.status === 404 || search.error.status === 422);
    return (
      <div className="grid justify-items-start gap-4">
        <BackToSearches />
        {missing ? (
          <div className="grid gap-1">
            <h1 className="text-xl font-semibold">{labels.notFound}</h1>
            <p className="text-sm text-muted-foreground">{labels.notFoundHint}</p>
          </div>
        ) : (
          <QueryError error={search.error} onRetry={() => void search.refetch()} />
        )}
      </div>
    );
  }
  if (!search.data) return <Skeleton className="h-64" />;
  const data = search.data;

  return (
    <div className="grid gap-6">
      <div className="-mb-4">
        <BackToSearches />
      </div>
      <PageHeader title={labels.searchTitle(formatDateTime(data.created_at))} subtitle={criteriaSummary(data.criteria, t)} />
      <div className="-mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <Badge tone={SEARCH_STATUS_TONE[data.status] ?? "neutral"} data-testid="search-status">{t.hunter.common.searchStatuses[data.status] ?? data.status}</Badge>
        <span>{labels.profile}: <ProfileName search={data} /></span>
        <span className="text-muted-foreground">{labels.sourcesList(data.sources.map((s) => describeSource(s, t)).join(", "))}</span>
        <span className="text-muted-foreground">{labels.settings(data.limit, data.threshold)}</span>
      </div>
      {data.status === "failed" && data.error && (
        <p role="alert" className="-mt-2 rounded-md bg-danger-soft p-3 text-sm text-destructive">{labels.failed(data.error)}</p>
      )}
      <SearchProgress search={data} />
      {data.status === "finished" && <BestLeads search={data} />}
      <SourceReport search={data} />
    </div>
  );
}

"use client";

import { RadarIcon } from "lucide-react";
import Link from "next/link";

import { pageItems } from "@/api/pagination";
import { useCurrentUser } from "@/auth/use-session";
import { LoadMore } from "@/components/load-more";
import { PageHeader } from "@/components/page-header";
import { QueryTable } from "@/components/query-table";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { TableCell, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";

import { canWriteHunter } from "../access";
import { formatUsd } from "../format";
import { describeSource } from "./describe";
import { ProfileName } from "./profile-name";
import { useSearches } from "./queries";
import { SEARCH_STATUS_TONE } from "./search-page";

/** `/hunter/searches`: past searches with their status, counts, cost and cost per qualified lead. */
export function SearchesPage() {
  const t = useT();
  const labels = t.hunter.searches;
  const user = useCurrentUser();
  const writable = canWriteHunter(user);
  const searches = useSearches();
  const items = pageItems(searches.data);
  const columns = labels.columns;
  return (
    <>
      <PageHeader
        title={labels.title}
        subtitle={writable ? labels.subtitle : labels.subtitleOwn}
        actions={writable && (
          <Link href="/hunter/searches/new" className={buttonVariants()}>
            <RadarIcon aria-hidden />
            {t.hunter.common.newSearch}
          </Link>
        )}
      />
      <QueryTable
        query={searches}
        headers={[columns.when, columns.profile, columns.sources, columns.status, ...[columns.found, columns.qualified, columns.cost, columns.perQualified].map((title) => <span key={title} className="block text-right">{title}</span>)]}
        empty={writable ? labels.empty : labels.emptyOwn}
        isEmpty={items.length === 0}
      >
        {items.map((search) => (
          <TableRow key={search.id}>
            <TableCell className="whitespace-nowrap">
              <Link href={`/hunter/searches/${search.id}`} className="font-medium hover:underline">{formatDateTime(search.created_at)}</Link>
              {search.started_by === user.id && <p className="text-xs text-muted-foreground">{labels.byYou}</p>}
            </TableCell>
            <TableCell><ProfileName search={search} link={false} /></TableCell>
            <TableCell className="max-w-xs text-muted-foreground">{search.sources.map((s) => describeSource(s, t)).join(", ")}</TableCell>
            <TableCell><Badge tone={SEARCH_STATUS_TONE[search.status] ?? "neutral"}>{t.hunter.common.searchStatuses[search.status] ?? search.status}</Badge></TableCell>
            <TableCell className="text-right tabular-nums">{search.found}</TableCell>
            <TableCell className="text-right tabular-nums font-medium">{search.qualified}</TableCell>
            <TableCell className="text-right tabular-nums">{formatUsd(search.cost_usd)}</TableCell>
            <TableCell className="text-right tabular-nums">{search.cost_per_qualified_usd !== null ? formatUsd(search.cost_per_qualified_usd) : t.app.none}</TableCell>
          </TableRow>
        ))}
      </QueryTable>
      <LoadMore {...searches} />
    </>
  );
}

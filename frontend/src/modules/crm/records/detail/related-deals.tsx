"use client";

import Link from "next/link";

import { pageItems } from "@/api/pagination";
import { LoadMore } from "@/components/load-more";
import { QueryError } from "@/components/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import { formatMoney } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";

import { formatDay } from "../../shared/dates";
import { DealStatusBadge } from "../../shared/deal-status";
import { useRelatedDeals, type DealFilters } from "../queries";

/** The deals of a company or contact, each linking to its page. */
export function RelatedDeals({ filters }: { filters: DealFilters }) {
  const t = useT();
  const labels = t.crm.records.detail;
  const deals = useRelatedDeals(filters);
  const items = pageItems(deals.data);
  if (deals.isError) return <QueryError error={deals.error} onRetry={() => void deals.refetch()} />;
  if (deals.isPending) return <Skeleton className="h-10" />;
  if (items.length === 0) return <p className="text-sm text-muted-foreground">{labels.noDeals}</p>;
  return (
    <>
      <ul className="grid divide-y">
        {items.map((deal) => (
          <li key={deal.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <div className="grid min-w-0">
              <Link href={`/crm/deals/${deal.id}`} className="truncate font-medium hover:underline">{deal.title}</Link>
              {deal.expected_close_date && <span className="text-xs text-muted-foreground">{formatDay(deal.expected_close_date)}</span>}
            </div>
            <div className="flex items-center gap-2">
              <span className="text-sm tabular-nums">{formatMoney(Number(deal.value))}</span>
              <DealStatusBadge status={deal.status} />
            </div>
          </li>
        ))}
      </ul>
      <LoadMore {...deals} />
    </>
  );
}

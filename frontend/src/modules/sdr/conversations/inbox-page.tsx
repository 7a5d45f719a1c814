"use client";

import { ArrowDownLeftIcon, ArrowUpRightIcon } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";

import { pageItems } from "@/api/pagination";
import { LoadMore } from "@/components/load-more";
import { PageHeader } from "@/components/page-header";
import { QueryTable } from "@/components/query-table";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TableCell, TableRow } from "@/components/ui/table";
import { formatDateTime, formatRelative } from "@/i18n/format";
import { useI18n } from "@/i18n/i18n-provider";

import { CLASSIFICATIONS, useConversations, type Classification } from "./queries";
import { ChannelBadge, ClassificationBadge, EnrollmentStatusBadge } from "../shared/badges";

function classificationOf(value: string | null): Classification | null {
  return CLASSIFICATIONS.find((item) => item === value) ?? null;
}

/** `/sdr/inbox`: every lead who replied, most recent first, filtered by the reply's class (`?classification=`). */
export function InboxPage() {
  const { t, locale } = useI18n();
  const labels = t.sdr.conversations;
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const classification = classificationOf(params.get("classification"));
  const conversations = useConversations(classification);
  const items = pageItems(conversations.data);
  const pick = (value: Classification | null) => router.replace(value ? `${pathname}?classification=${value}` : pathname, { scroll: false });

  return (
    <>
      <PageHeader title={labels.title} subtitle={labels.subtitle} />
      <div className="mb-4 flex flex-wrap gap-1" role="group" aria-label={labels.classification}>
        <Button size="sm" variant={classification === null ? "secondary" : "ghost"} aria-pressed={classification === null} onClick={() => pick(null)}>{labels.anyClass}</Button>
        {CLASSIFICATIONS.map((value) => (
          <Button key={value} size="sm" variant={classification === value ? "secondary" : "ghost"} aria-pressed={classification === value} onClick={() => pick(value)}>
            {t.sdr.shared.classifications[value]}
          </Button>
        ))}
      </div>
      <QueryTable
        query={conversations}
        headers={[labels.columns.lead, labels.columns.last, labels.columns.classification, labels.columns.status, labels.columns.when]}
        empty={classification ? labels.emptyClass : labels.empty}
        isEmpty={items.length === 0}
      >
        {items.map((item) => {
          const who = item.company ?? item.name;
          return (
            <TableRow key={item.enrollment_id} data-enrollment-id={item.enrollment_id}>
              <TableCell className="min-w-48">
                <Link href={`/sdr/campaigns/${item.campaign_id}/enrollments/${item.enrollment_id}`} className="font-medium hover:underline" aria-label={labels.open(who)}>{who}</Link>
                <p className="text-xs text-muted-foreground">{item.company && `${item.name} · `}{item.campaign_name}</p>
              </TableCell>
              <TableCell className="max-w-md">
                <p className="flex items-start gap-1.5">
                  {item.last_direction === "in" ? <ArrowDownLeftIcon className="mt-0.5 size-3.5 shrink-0 text-success" aria-hidden /> : <ArrowUpRightIcon className="mt-0.5 size-3.5 shrink-0 text-muted-foreground" aria-hidden />}
                  <span className="line-clamp-2">{item.last_direction === "out" && <span className="text-muted-foreground">{labels.you} </span>}{item.last_text}</span>
                </p>
                <div className="mt-1"><ChannelBadge channel={item.channel} /></div>
              </TableCell>
              <TableCell>{item.classification && <ClassificationBadge classification={item.classification} />}</TableCell>
              <TableCell>
                <div className="flex flex-wrap gap-1">
                  <EnrollmentStatusBadge status={item.status} finishReason={item.finish_reason} />
                  {item.accepted_at && <Badge tone="success">{t.sdr.shared.accepted}</Badge>}
                </div>
              </TableCell>
              <TableCell className="whitespace-nowrap text-muted-foreground" title={formatDateTime(item.last_at)}>{formatRelative(item.last_at, locale)}</TableCell>
            </TableRow>
          );
        })}
      </QueryTable>
      <LoadMore {...conversations} />
    </>
  );
}

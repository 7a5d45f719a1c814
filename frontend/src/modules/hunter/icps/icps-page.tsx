"use client";

import { PlusIcon, RadarIcon } from "lucide-react";
import Link from "next/link";
import { useState } from "react";

import { pageItems } from "@/api/pagination";
import { useCurrentUser } from "@/auth/use-session";
import { LoadMore } from "@/components/load-more";
import { PageHeader } from "@/components/page-header";
import { QueryTable } from "@/components/query-table";
import { Badge } from "@/components/ui/badge";
import { Button, buttonVariants } from "@/components/ui/button";
import { TableCell, TableRow } from "@/components/ui/table";
import { formatDate } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";

import { canWriteHunter } from "../access";
import { criteriaSummary } from "./criteria-view";
import { useIcps } from "./queries";

/** `/hunter/icps`: the ICPs (active or archived), each with its version, threshold and a search from it. */
export function IcpsPage() {
  const t = useT();
  const labels = t.hunter.icps;
  const writable = canWriteHunter(useCurrentUser());
  const [archived, setArchived] = useState(false);
  const icps = useIcps(archived);
  const items = pageItems(icps.data);
  return (
    <>
      <PageHeader
        title={labels.title}
        subtitle={labels.subtitle}
        actions={writable && (
          <Link href="/hunter/icps/new" className={buttonVariants()}>
            <PlusIcon aria-hidden />
            {t.hunter.common.newIcp}
          </Link>
        )}
      />
      <div className="mb-3 flex gap-1" role="group" aria-label={labels.show}>
        {[false, true].map((value) => (
          <Button key={String(value)} size="sm" variant={archived === value ? "secondary" : "ghost"} aria-pressed={archived === value} onClick={() => setArchived(value)}>
            {value ? labels.archived : labels.active}
          </Button>
        ))}
      </div>
      <QueryTable
        query={icps}
        headers={[labels.columns.name, labels.columns.criteria, labels.columns.version, labels.columns.threshold, labels.columns.updated, writable && !archived ? <span className="sr-only">{labels.columns.actions}</span> : null]}
        empty={archived ? labels.emptyArchived : writable ? labels.empty : labels.emptyReadOnly}
        isEmpty={items.length === 0}
      >
        {items.map((icp) => (
          <TableRow key={icp.id}>
            <TableCell className="font-medium">
              <Link href={`/hunter/icps/${icp.id}`} className="hover:underline">{icp.name}</Link>
              {icp.description && <p className="max-w-sm truncate text-xs font-normal text-muted-foreground">{icp.description}</p>}
            </TableCell>
            <TableCell className="max-w-md text-muted-foreground">{criteriaSummary(icp.criteria, t)}</TableCell>
            <TableCell><Badge>{labels.versionBadge(icp.version)}</Badge></TableCell>
            <TableCell className="tabular-nums">{labels.thresholdValue(icp.threshold)}</TableCell>
            <TableCell className="whitespace-nowrap">{formatDate(icp.updated_at)}</TableCell>
            {writable && !archived && (
              <TableCell className="text-right">
                <Link href={`/hunter/searches/new?icp=${icp.id}`} className={buttonVariants({ variant: "outline", size: "sm" })}>
                  <RadarIcon aria-hidden />
                  {labels.searchWith}
                </Link>
              </TableCell>
            )}
          </TableRow>
        ))}
      </QueryTable>
      <LoadMore {...icps} />
    </>
  );
}

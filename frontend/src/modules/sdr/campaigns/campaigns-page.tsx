"use client";

import { PlusIcon } from "lucide-react";
import Link from "next/link";

import { pageItems } from "@/api/pagination";
import { useCurrentUser } from "@/auth/use-session";
import { LoadMore } from "@/components/load-more";
import { PageHeader } from "@/components/page-header";
import { QueryTable } from "@/components/query-table";
import { buttonVariants } from "@/components/ui/button";
import { TableCell, TableRow } from "@/components/ui/table";
import { formatDate } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";

import { useCampaigns } from "./queries";
import { canWriteSdr } from "../access";
import { useCadences } from "../cadences/queries";
import { CampaignStatusBadge } from "../shared/badges";
import { FunnelNumbers } from "../shared/funnel";
import { ReadOnlyNote } from "../shared/read-only-note";

/** `/sdr/campaigns`: every campaign with its status, cadence and funnel, newest first. */
export function CampaignsPage() {
  const t = useT();
  const labels = t.sdr.campaigns;
  const writable = canWriteSdr(useCurrentUser());
  const campaigns = useCampaigns();
  const cadences = useCadences();
  const cadenceName = new Map((cadences.data ?? []).map((cadence) => [cadence.id, cadence.name]));
  const items = pageItems(campaigns.data);
  return (
    <>
      <PageHeader
        title={labels.title}
        subtitle={writable ? labels.subtitle : labels.subtitleOwn}
        actions={writable && (
          <Link href="/sdr/campaigns/new" className={buttonVariants()}>
            <PlusIcon aria-hidden />
            {labels.newCampaign}
          </Link>
        )}
      />
      <ReadOnlyNote />
      <QueryTable
        query={campaigns}
        headers={[labels.columns.name, labels.columns.status, labels.columns.cadence, labels.columns.funnel, labels.columns.created]}
        empty={writable ? labels.empty : labels.emptyOwn}
        isEmpty={items.length === 0}
      >
        {items.map((campaign) => (
          <TableRow key={campaign.id} data-campaign-id={campaign.id}>
            <TableCell className="font-medium">
              <Link href={`/sdr/campaigns/${campaign.id}`} className="hover:underline">{campaign.name}</Link>
            </TableCell>
            <TableCell><CampaignStatusBadge status={campaign.status} /></TableCell>
            <TableCell className="text-muted-foreground">
              {cadenceName.has(campaign.cadence_id) ? <Link href={`/sdr/cadences/${campaign.cadence_id}`} className="hover:underline">{cadenceName.get(campaign.cadence_id)}</Link> : t.app.none}
            </TableCell>
            <TableCell><FunnelNumbers funnel={campaign.funnel} compact /></TableCell>
            <TableCell className="whitespace-nowrap">{formatDate(campaign.created_at)}</TableCell>
          </TableRow>
        ))}
      </QueryTable>
      <LoadMore {...campaigns} />
    </>
  );
}

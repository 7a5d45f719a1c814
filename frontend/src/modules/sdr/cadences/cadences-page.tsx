"use client";

import { MegaphoneIcon, PlusIcon } from "lucide-react";
import Link from "next/link";

import { useCurrentUser } from "@/auth/use-session";
import { PageHeader } from "@/components/page-header";
import { QueryTable } from "@/components/query-table";
import { buttonVariants } from "@/components/ui/button";
import { TableCell, TableRow } from "@/components/ui/table";
import { formatDate } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";

import { ArchiveCadenceButton } from "./archive-button";
import { spanText, windowText } from "./describe";
import { useCadences } from "./queries";
import { canWriteSdr } from "../access";
import { StepIcon } from "../shared/badges";
import { ReadOnlyNote } from "../shared/read-only-note";

/** `/sdr/cadences`: the cadences (steps at a glance, window, cap), a campaign from one, archive. */
export function CadencesPage() {
  const t = useT();
  const labels = t.sdr.cadences;
  const writable = canWriteSdr(useCurrentUser());
  const cadences = useCadences();
  const items = cadences.data ?? [];
  return (
    <>
      <PageHeader
        title={labels.title}
        subtitle={labels.subtitle}
        actions={writable && (
          <Link href="/sdr/cadences/new" className={buttonVariants()}>
            <PlusIcon aria-hidden />
            {labels.newCadence}
          </Link>
        )}
      />
      <ReadOnlyNote />
      <QueryTable
        query={cadences}
        headers={[labels.columns.name, labels.columns.steps, labels.columns.window, labels.columns.cap, labels.columns.created, writable ? <span className="sr-only">{labels.columns.actions}</span> : null]}
        empty={writable ? labels.empty : labels.emptyReadOnly}
        isEmpty={items.length === 0}
      >
        {items.map((cadence) => (
          <TableRow key={cadence.id} data-cadence-id={cadence.id}>
            <TableCell className="font-medium">
              <Link href={`/sdr/cadences/${cadence.id}`} className="hover:underline">{cadence.name}</Link>
            </TableCell>
            <TableCell>
              <span className="flex items-center gap-1 text-muted-foreground" aria-label={cadence.steps.map((step) => t.sdr.shared.stepKinds[step.kind]).join(", ")}>
                {cadence.steps.map((step, index) => <StepIcon key={index} kind={step.kind} />)}
              </span>
              <span className="text-xs text-muted-foreground">{spanText(cadence, t)}</span>
            </TableCell>
            <TableCell className="whitespace-nowrap">{windowText(cadence, t)}</TableCell>
            <TableCell className="tabular-nums">{labels.capValue(cadence.daily_cap)}</TableCell>
            <TableCell className="whitespace-nowrap">{formatDate(cadence.created_at)}</TableCell>
            {writable && (
              <TableCell className="text-right whitespace-nowrap">
                <Link href={`/sdr/campaigns/new?cadence=${cadence.id}`} className={buttonVariants({ variant: "outline", size: "sm" })}>
                  <MegaphoneIcon aria-hidden />
                  {labels.useInCampaign}
                </Link>
                <ArchiveCadenceButton cadence={cadence} />
              </TableCell>
            )}
          </TableRow>
        ))}
      </QueryTable>
    </>
  );
}

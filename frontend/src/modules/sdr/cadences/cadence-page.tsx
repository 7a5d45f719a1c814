"use client";

import { MegaphoneIcon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";

import { useCurrentUser } from "@/auth/use-session";
import { PageHeader } from "@/components/page-header";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDate } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";

import { ArchiveCadenceButton } from "./archive-button";
import { CadenceSteps } from "./cadence-steps";
import { spanText, windowText } from "./describe";
import { useCadence } from "./queries";
import { canWriteSdr } from "../access";
import { BackLink } from "../shared/back-link";
import { RecordError } from "../shared/not-found";

/** `/sdr/cadences/[id]`: one cadence's steps and sending rules; a campaign with it, or archive it. */
export function CadencePage({ cadenceId }: { cadenceId: string }) {
  const t = useT();
  const labels = t.sdr.cadences;
  const writable = canWriteSdr(useCurrentUser());
  const router = useRouter();
  const cadence = useCadence(cadenceId);
  const back = <BackLink href="/sdr/cadences" label={labels.back} />;
  if (cadence.isError) {
    return <div className="grid justify-items-start gap-4">{back}<RecordError error={cadence.error} onRetry={() => void cadence.refetch()} /></div>;
  }
  if (!cadence.data) return <div className="grid gap-4">{back}<Skeleton className="h-64" /></div>;
  const data = cadence.data;
  const form = labels.form;
  return (
    <div className="grid max-w-3xl gap-4">
      <div className="-mb-2">{back}</div>
      <PageHeader
        title={data.name}
        subtitle={`${spanText(data, t)} · ${formatDate(data.created_at)}`}
        actions={writable && (
          <>
            <Link href={`/sdr/campaigns/new?cadence=${data.id}`} className={buttonVariants()}>
              <MegaphoneIcon aria-hidden />
              {labels.useInCampaign}
            </Link>
            <ArchiveCadenceButton cadence={data} onArchived={() => router.push("/sdr/cadences")} />
          </>
        )}
      />
      <Card>
        <CardHeader><CardTitle>{form.stepsTitle}</CardTitle></CardHeader>
        <CardContent><CadenceSteps cadence={data} /></CardContent>
      </Card>
      <Card>
        <CardHeader><CardTitle>{form.windowTitle}</CardTitle></CardHeader>
        <CardContent>
          <dl className="grid gap-3 text-sm sm:grid-cols-3">
            <div><dt className="text-muted-foreground">{labels.columns.window}</dt><dd className="font-medium">{windowText(data, t)}</dd></div>
            <div><dt className="text-muted-foreground">{form.dailyCap}</dt><dd className="font-medium">{labels.capValue(data.daily_cap)}</dd></div>
            <div><dt className="text-muted-foreground">{form.spacing}</dt><dd className="font-medium tabular-nums">{data.spacing_min_seconds}–{data.spacing_max_seconds} s</dd></div>
          </dl>
        </CardContent>
      </Card>
    </div>
  );
}

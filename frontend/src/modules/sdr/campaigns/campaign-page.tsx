"use client";

import { PauseIcon, PlayIcon, ShieldCheckIcon } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";

import { useCurrentUser } from "@/auth/use-session";
import { describeError } from "@/components/form-errors";
import { PageHeader } from "@/components/page-header";
import { Button, buttonVariants } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDate } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";

import { AcceptDialog, type AcceptTarget } from "./accept-dialog";
import { EnrollmentsTable } from "./enrollments-table";
import { MetricsPanel } from "./metrics-panel";
import { useCampaign, useCampaignTransition } from "./queries";
import { canWriteSdr } from "../access";
import { useCadence } from "../cadences/queries";
import { BackLink } from "../shared/back-link";
import { CampaignStatusBadge } from "../shared/badges";
import { RecordError } from "../shared/not-found";

/** `/sdr/campaigns/[id]`: the funnel overall and per step, the leads in it; pause or resume, accept a lead. */
export function CampaignPage({ campaignId }: { campaignId: string }) {
  const t = useT();
  const labels = t.sdr.campaigns;
  const writable = canWriteSdr(useCurrentUser());
  const campaign = useCampaign(campaignId);
  const cadence = useCadence(campaign.data?.cadence_id);
  const transition = useCampaignTransition(campaignId);
  const [accepting, setAccepting] = useState<AcceptTarget | null>(null);
  const back = <BackLink href="/sdr/campaigns" label={labels.back} />;

  if (campaign.isError) {
    return <div className="grid justify-items-start gap-4">{back}<RecordError error={campaign.error} onRetry={() => void campaign.refetch()} /></div>;
  }
  if (!campaign.data) return <div className="grid gap-4">{back}<Skeleton className="h-96" /></div>;
  const data = campaign.data;
  const pending = data.enrollments.filter((enrollment) => enrollment.status === "pending_approval").length;
  const change = (kind: "pause" | "resume") =>
    transition.mutate(kind, {
      onSuccess: () => toast.success(kind === "pause" ? labels.paused : labels.resumed),
      onError: (error) => toast.error(describeError(error, t)),
    });

  return (
    <div className="grid gap-6">
      <div className="-mb-4">{back}</div>
      <PageHeader
        title={data.name}
        subtitle={[labels.createdOn(formatDate(data.created_at)), cadence.data && labels.cadenceLink(cadence.data.name)].filter(Boolean).join(" · ")}
        actions={
          <>
            <CampaignStatusBadge status={data.status} />
            {pending > 0 && (
              <Link href={`/sdr/approvals?campaign=${data.id}`} className={buttonVariants({ variant: writable ? "default" : "outline" })}>
                <ShieldCheckIcon aria-hidden />
                {labels.approveDrafts(pending)}
              </Link>
            )}
            {writable && data.status === "active" && (
              <Button variant="outline" disabled={transition.isPending} onClick={() => change("pause")}>
                <PauseIcon aria-hidden />
                {labels.pause}
              </Button>
            )}
            {writable && data.status === "paused" && (
              <Button variant="outline" disabled={transition.isPending} onClick={() => change("resume")}>
                <PlayIcon aria-hidden />
                {labels.resume}
              </Button>
            )}
          </>
        }
      />
      <MetricsPanel campaignId={data.id} />
      <section className="grid gap-3">
        <h2 className="text-base font-semibold">{labels.enrollmentsTitle}</h2>
        <EnrollmentsTable enrollments={data.enrollments} steps={cadence.data?.steps.length ?? 1} writable={writable} onAccept={setAccepting} />
      </section>
      <AcceptDialog target={accepting} onClose={() => setAccepting(null)} />
    </div>
  );
}

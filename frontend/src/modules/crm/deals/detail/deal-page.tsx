"use client";

import { ArrowLeftIcon, BuildingIcon, ContactIcon } from "lucide-react";
import Link from "next/link";

import { ApiError } from "@/api/problem";
import { useCurrentUser } from "@/auth/use-session";
import { PageHeader } from "@/components/page-header";
import { QueryError } from "@/components/query-error";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { formatMoney } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";

import { canWriteCrm } from "../../shared/access";
import { formatDay } from "../../shared/dates";
import { DealStatusBadge } from "../../shared/deal-status";
import { companyName, lookedUpName } from "../../shared/display";
import { useCompaniesByIds, useContactsByIds, type Company, type Contact } from "../../shared/queries";
import { LogActivityForm } from "../../shared/timeline/log-activity-form";
import { Timeline } from "../../shared/timeline/timeline";
import { usePipelines } from "../pipeline-queries";
import { useDeal, type Deal } from "../queries";
import { DealFieldsForm } from "./deal-fields-form";
import { DealStage } from "./deal-stage";

function CompanyLink({ companyId, company }: { companyId: string; company: Company | null | undefined }) {
  const t = useT();
  return (
    <Link href={`/crm/companies/${companyId}`} className="inline-flex items-center gap-2 text-sm font-medium text-primary hover:underline">
      <BuildingIcon className="size-4" aria-hidden />
      {lookedUpName(company, companyName, t.app.none)}
    </Link>
  );
}

function ContactLink({ contactId, contact }: { contactId: string; contact: Contact | null | undefined }) {
  const t = useT();
  return (
    <Link href={`/crm/contacts/${contactId}`} className="inline-flex items-center gap-2 text-sm font-medium text-primary hover:underline">
      <ContactIcon className="size-4" aria-hidden />
      {lookedUpName(contact, (c) => c.name, t.app.none)}
      {contact?.job_title && <span className="font-normal text-muted-foreground">· {contact.job_title}</span>}
    </Link>
  );
}

/** The deal's company and contacts, named in one request each. */
function LinkedRecords({ deal }: { deal: Deal }) {
  const labels = useT().crm.deals;
  const companies = useCompaniesByIds([deal.company_id]);
  const contacts = useContactsByIds(deal.contact_ids);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{labels.linkedTitle}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3">
        <div className="grid gap-1">
          <p className="text-xs font-medium text-muted-foreground">{labels.company}</p>
          {deal.company_id ? <CompanyLink companyId={deal.company_id} company={companies.get(deal.company_id)} /> : <p className="text-sm text-muted-foreground">{labels.noCompany}</p>}
        </div>
        <div className="grid gap-1">
          <p className="text-xs font-medium text-muted-foreground">{labels.contacts}</p>
          {deal.contact_ids.length === 0 ? (
            <p className="text-sm text-muted-foreground">{labels.noLinkedContacts}</p>
          ) : (
            <ul className="grid gap-1">
              {deal.contact_ids.map((id) => <li key={id}><ContactLink contactId={id} contact={contacts.get(id)} /></li>)}
            </ul>
          )}
        </div>
      </CardContent>
    </Card>
  );
}

function BackToBoard({ pipelineId }: { pipelineId?: string }) {
  const labels = useT().crm.deals;
  return (
    <Link href={pipelineId ? `/crm/deals?pipeline=${pipelineId}` : "/crm/deals"} className={buttonVariants({ variant: "ghost", size: "sm" })}>
      <ArrowLeftIcon aria-hidden />
      {labels.backToBoard}
    </Link>
  );
}

/** `/crm/deals/[id]`: the deal's fields, stage, won/lost, linked records and timeline. */
export function DealPage({ dealId }: { dealId: string }) {
  const t = useT();
  const labels = t.crm.deals;
  const writable = canWriteCrm(useCurrentUser());
  const deal = useDeal(dealId);
  const pipelines = usePipelines();

  if (deal.isError) {
    const missing = deal.error instanceof ApiError && (deal.error.status === 404 || deal.error.status === 422);
    return (
      <div className="grid justify-items-start gap-4">
        <BackToBoard />
        {missing ? (
          <div className="grid gap-1">
            <h1 className="text-xl font-semibold">{labels.notFound}</h1>
            <p className="text-sm text-muted-foreground">{labels.notFoundHint}</p>
          </div>
        ) : (
          <QueryError error={deal.error} onRetry={() => void deal.refetch()} />
        )}
      </div>
    );
  }
  if (!deal.data) return <Skeleton className="h-64" />;

  const data = deal.data;
  const pipeline = pipelines.data?.find((p) => p.id === data.pipeline_id);
  const stage = pipeline?.stages.find((s) => s.id === data.stage_id);
  const subtitle = [pipeline?.name, stage?.name].filter(Boolean).join(" · ");

  return (
    <div className="grid gap-6">
      <div className="-mb-4">
        <BackToBoard pipelineId={data.pipeline_id} />
      </div>
      <PageHeader title={data.title} subtitle={subtitle || undefined} />
      <div className="-mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <DealStatusBadge status={data.status} />
        <span>
          {labels.valueLabel}: <strong className="tabular-nums">{formatMoney(Number(data.value))}</strong>
        </span>
        <span className="text-muted-foreground">
          {labels.weighted}: <span className="tabular-nums">{formatMoney(Number(data.weighted_value))}</span> ({data.probability}%)
        </span>
        {data.expected_close_date && <span className="text-muted-foreground">{labels.expectedClose}: {formatDay(data.expected_close_date)}</span>}
      </div>
      {data.status === "lost" && data.lost_reason && (
        <p className="-mt-2 rounded-md bg-danger-soft p-3 text-sm" data-testid="lost-reason">
          <span className="font-medium">{labels.lostReason}:</span> {data.lost_reason}
        </p>
      )}
      {pipeline && <DealStage deal={data} pipeline={pipeline} writable={writable} />}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <div className="grid gap-6">
          <Card>
            <CardHeader>
              <CardTitle>{labels.detailsTitle}</CardTitle>
            </CardHeader>
            <CardContent>
              <DealFieldsForm key={data.id} deal={data} writable={writable} />
            </CardContent>
          </Card>
          <LinkedRecords deal={data} />
        </div>
        <Card>
          <CardHeader>
            <CardTitle>{t.crm.shared.timeline.title}</CardTitle>
            <CardDescription>{labels.timelineHint}</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-6">
            {writable && <LogActivityForm subject={{ type: "deal", id: data.id }} />}
            <Timeline subject={{ type: "deal", id: data.id }} />
          </CardContent>
        </Card>
      </div>
    </div>
  );
}

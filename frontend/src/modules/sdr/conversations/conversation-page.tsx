"use client";

import { HandshakeIcon, RadioIcon } from "lucide-react";
import { useState } from "react";

import { useCurrentUser } from "@/auth/use-session";
import { QueryError } from "@/components/query-error";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDateTime } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";
import { formatPhone, whatsappHref } from "@/lib/br-identifiers";
import { DemoBadge } from "@/modules/hunter/leads/badges";

import { MessageList } from "./message-list";
import { PrivacyActions } from "./privacy-actions";
import { replyChannel, useEnrollment, useMessages } from "./queries";
import { ReplyBox } from "./reply-box";
import { canWriteSdr } from "../access";
import { AcceptDialog, type AcceptTarget } from "../campaigns/accept-dialog";
import { DealLink } from "../campaigns/deal-link";
import { BackLink } from "../shared/back-link";
import { EnrollmentStatusBadge } from "../shared/badges";
import { RecordError } from "../shared/not-found";

/** `/sdr/campaigns/[id]/enrollments/[enrollmentId]`: one lead's conversation in a campaign, live; reply, accept into the CRM. */
export function ConversationPage({ campaignId, enrollmentId }: { campaignId: string; enrollmentId: string }) {
  const t = useT();
  const labels = t.sdr.conversations;
  const writable = canWriteSdr(useCurrentUser());
  const enrollment = useEnrollment(enrollmentId);
  const messages = useMessages(enrollmentId);
  const [accepting, setAccepting] = useState<AcceptTarget | null>(null);
  const back = <BackLink href={`/sdr/campaigns/${campaignId}`} label={labels.back} />;

  if (enrollment.isError) return <div className="grid justify-items-start gap-4">{back}<RecordError error={enrollment.error} onRetry={() => void enrollment.refetch()} /></div>;
  if (!enrollment.data) return <div className="grid gap-4">{back}<Skeleton className="h-96" /></div>;

  const lead = enrollment.data;
  const list = messages.data ?? [];
  const channel = replyChannel(list, lead);
  const address = channel === "email" ? lead.email : lead.phone;
  const who = lead.company ?? lead.name;

  return (
    <div className="grid max-w-4xl gap-4">
      <div className="-mb-2">{back}</div>
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="grid gap-1">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-2xl font-semibold tracking-tight">{who}</h1>
            {lead.demo && <DemoBadge />}
          </div>
          {lead.company && <p className="text-sm text-muted-foreground">{lead.name}</p>}
          <p className="flex flex-wrap gap-3 text-sm">
            {lead.phone && <a href={whatsappHref(lead.phone)} target="_blank" rel="noreferrer" className="hover:underline">{formatPhone(lead.phone)}</a>}
            {lead.email && <a href={`mailto:${lead.email}`} className="hover:underline">{lead.email}</a>}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <EnrollmentStatusBadge status={lead.status} finishReason={lead.finish_reason} />
          {lead.accepted_at ? (
            <>
              <Badge tone="success" title={t.sdr.campaigns.acceptedOn(formatDateTime(lead.accepted_at))}>{t.sdr.shared.accepted}</Badge>
              <DealLink company={who} />
            </>
          ) : writable && (
            <Button onClick={() => setAccepting({ leadId: lead.lead_id, name: lead.name, company: lead.company })}>
              <HandshakeIcon aria-hidden />
              {t.sdr.campaigns.accept}
            </Button>
          )}
        </div>
      </header>
      <p className="inline-flex items-center gap-1.5 text-xs text-muted-foreground">
        <RadioIcon className="size-3.5" aria-hidden />
        {labels.live}
      </p>
      {messages.isError ? <QueryError error={messages.error} onRetry={() => void messages.refetch()} /> : messages.isPending ? <Skeleton className="h-40" /> : <MessageList messages={list} campaignId={campaignId} />}
      {writable && (address ? <ReplyBox enrollmentId={enrollmentId} channel={channel} /> : <p className="text-sm text-muted-foreground">{labels.reply.noChannel}</p>)}
      {writable && <PrivacyActions leadId={lead.lead_id} who={who} />}
      <AcceptDialog target={accepting} onClose={() => setAccepting(null)} />
    </div>
  );
}

"use client";

import { ArrowLeftIcon, BanIcon, PencilIcon, ShieldCheckIcon } from "lucide-react";
import Link from "next/link";
import { useState } from "react";

import { can } from "@/auth/permissions";
import { useCurrentUser } from "@/auth/use-session";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDate, formatDateTime } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";

import { ContactDialog } from "./contact-dialog";
import { DeleteRecordButton } from "../detail/delete-record-button";
import { FieldList } from "../detail/field-list";
import { MergeDialog } from "../detail/merge-dialog";
import { PhoneLinks } from "../detail/phone-links";
import { RecordLoadError } from "../detail/record-not-found";
import { RelatedDeals } from "../detail/related-deals";
import { TagChips } from "../list/tag-chips";
import { useOwnerName } from "../owners";
import { useCompanyNames, useContact, type Contact } from "../queries";
import { LogActivityForm } from "../timeline/log-activity-form";
import { Timeline } from "../timeline/timeline";

export function ContactDetail({ id }: { id: string }) {
  const t = useT();
  const contact = useContact(id);
  if (contact.isError) {
    return <RecordLoadError error={contact.error} onRetry={() => void contact.refetch()} backHref="/crm/contacts" backLabel={t.crm.records.detail.backToContacts} />;
  }
  if (contact.isPending) return <Skeleton className="h-40" />;
  return <ContactScreen contact={contact.data} />;
}

function ContactScreen({ contact }: { contact: Contact }) {
  const t = useT();
  const labels = t.crm.records;
  const writable = can(useCurrentUser(), "crm:write");
  const ownerName = useOwnerName();
  const [editing, setEditing] = useState(false);
  const companyNames = useCompanyNames(contact.company_id ? [contact.company_id] : []);
  const companyName = contact.company_id ? companyNames.data?.[contact.company_id] : null;
  const optedOutAt = contact.opted_out_at;
  const optedOut = optedOutAt !== null;
  const company = contact.company_id && (
    <Link href={`/crm/companies/${contact.company_id}`} className="text-primary hover:underline">{companyName ?? "…"}</Link>
  );

  return (
    <>
      <Link href="/crm/contacts" className="mb-3 inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeftIcon className="size-4" aria-hidden />
        {labels.contactsTitle}
      </Link>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">{contact.name}</h1>
          {(contact.job_title || company) && (
            <p className="text-sm text-muted-foreground">
              {contact.job_title}
              {contact.job_title && company && " · "}
              {company}
            </p>
          )}
          <div className="flex flex-wrap items-center gap-2">
            {optedOutAt ? (
              <span role="status" className="inline-flex items-center gap-1 rounded-full bg-danger-soft px-2 py-0.5 text-xs font-medium text-destructive">
                <BanIcon className="size-3.5" aria-hidden />
                {labels.detail.optedOutSince(formatDate(optedOutAt))}
              </span>
            ) : (
              <span className="inline-flex items-center gap-1 rounded-full bg-success-soft px-2 py-0.5 text-xs font-medium text-success">
                <ShieldCheckIcon className="size-3.5" aria-hidden />
                {labels.detail.canContact}
              </span>
            )}
            <TagChips ids={contact.tag_ids} />
          </div>
        </div>
        {writable && (
          <div className="flex flex-wrap gap-2">
            <Button variant="outline" onClick={() => setEditing(true)}>
              <PencilIcon aria-hidden />
              {labels.detail.edit}
            </Button>
            <MergeDialog entity="contact" id={contact.id} name={contact.name} />
            <DeleteRecordButton entity="contact" id={contact.id} name={contact.name} />
          </div>
        )}
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)]">
        <div className="grid content-start gap-6">
          <Card>
            <CardHeader><CardTitle>{labels.detail.details}</CardTitle></CardHeader>
            <CardContent>
              <FieldList
                fields={[
                  [labels.form.emails, contact.emails.length > 0 && (
                    <ul className="grid gap-1">
                      {contact.emails.map((email) => {
                        const address = String(email.address);
                        return (
                          <li key={address}>
                            <a href={`mailto:${address}`} className="text-primary hover:underline" aria-label={labels.detail.sendEmail(address)}>{address}</a>
                          </li>
                        );
                      })}
                    </ul>
                  )],
                  [labels.form.phones, contact.phones.length > 0 && <PhoneLinks phones={contact.phones} whatsapp={!optedOut} />],
                  [labels.form.jobTitle, contact.job_title],
                  [labels.form.company, company],
                  [labels.form.legalBasis, contact.legal_basis ? labels.legalBasis[contact.legal_basis] : t.app.none],
                  [labels.list.leadSource, labels.leadSources[contact.lead_source]],
                  [labels.detail.score, contact.hunter_score],
                  [labels.detail.owner, ownerName(contact.owner_id)],
                  [labels.detail.createdAt, formatDateTime(contact.created_at)],
                  [labels.detail.updatedAt, formatDateTime(contact.updated_at)],
                ]}
              />
            </CardContent>
          </Card>
          <Card>
            <CardHeader><CardTitle>{labels.detail.deals}</CardTitle></CardHeader>
            <CardContent><RelatedDeals filters={{ contact_id: contact.id }} /></CardContent>
          </Card>
        </div>
        <section aria-labelledby="timeline-title" className="grid content-start gap-4">
          <h2 id="timeline-title" className="text-base font-semibold">{labels.timeline.title}</h2>
          {writable && <LogActivityForm link={{ contact_id: contact.id }} />}
          <Timeline entity="contact" id={contact.id} />
        </section>
      </div>
      <ContactDialog contact={editing ? contact : null} open={editing} onOpenChange={setEditing} />
    </>
  );
}

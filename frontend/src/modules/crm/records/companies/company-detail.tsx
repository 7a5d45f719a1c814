"use client";

import { ArrowLeftIcon, PencilIcon, PlusIcon } from "lucide-react";
import Link from "next/link";
import { useState } from "react";

import { pageItems } from "@/api/pagination";
import { can } from "@/auth/permissions";
import { useCurrentUser } from "@/auth/use-session";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDateTime } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";

import { CompanyDialog } from "./company-dialog";
import { ContactDialog } from "../contacts/contact-dialog";
import { DeleteRecordButton } from "../detail/delete-record-button";
import { FieldList } from "../detail/field-list";
import { MergeDialog } from "../detail/merge-dialog";
import { PhoneLinks } from "../detail/phone-links";
import { RecordLoadError } from "../detail/record-not-found";
import { RelatedDeals } from "../detail/related-deals";
import { companyName, primaryEmail } from "../display";
import { formatCnpj, websiteHref } from "../identifiers";
import { TagChips } from "../list/tag-chips";
import { useOwnerName } from "../owners";
import { useCompany, useContacts, type Company } from "../queries";
import { LogActivityForm } from "../timeline/log-activity-form";
import { Timeline } from "../timeline/timeline";

export function CompanyDetail({ id }: { id: string }) {
  const t = useT();
  const company = useCompany(id);
  if (company.isError) {
    return <RecordLoadError error={company.error} onRetry={() => void company.refetch()} backHref="/crm/companies" backLabel={t.crm.records.detail.backToCompanies} />;
  }
  if (company.isPending) return <Skeleton className="h-40" />;
  return <CompanyScreen company={company.data} />;
}

function CompanyScreen({ company }: { company: Company }) {
  const t = useT();
  const labels = t.crm.records;
  const writable = can(useCurrentUser(), "crm:write");
  const ownerName = useOwnerName();
  const [editing, setEditing] = useState(false);
  const [addingContact, setAddingContact] = useState(false);
  const name = companyName(company);
  const address = company.address as Record<string, string | undefined>;
  const street = [address.street, address.number, address.complement].filter(Boolean).join(", ");
  const place = [address.district, [address.city, address.state].filter(Boolean).join("/"), address.cep].filter(Boolean).join(" · ");

  return (
    <>
      <Link href="/crm/companies" className="mb-3 inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeftIcon className="size-4" aria-hidden />
        {labels.companiesTitle}
      </Link>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">{name}</h1>
          <p className="text-sm text-muted-foreground">
            {[company.trade_name ? company.legal_name : null, company.cnpj ? `CNPJ ${formatCnpj(company.cnpj)}` : null].filter(Boolean).join(" · ")}
          </p>
          <TagChips ids={company.tag_ids} />
        </div>
        {writable && (
          <div className="flex flex-wrap gap-2">
            <Button variant="outline" onClick={() => setEditing(true)}>
              <PencilIcon aria-hidden />
              {labels.detail.edit}
            </Button>
            <MergeDialog entity="company" id={company.id} name={name} />
            <DeleteRecordButton entity="company" id={company.id} name={name} />
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
                  [labels.form.legalName, company.legal_name],
                  [labels.form.tradeName, company.trade_name],
                  [labels.form.cnpj, company.cnpj && <span className="font-mono">{formatCnpj(company.cnpj)}</span>],
                  [labels.form.website, company.website && <a href={websiteHref(company.website)} target="_blank" rel="noreferrer" className="text-primary hover:underline">{company.website}</a>],
                  [labels.form.industry, company.industry],
                  [labels.detail.cnae, company.cnae],
                  [labels.form.size, company.size && labels.sizes[company.size]],
                  [labels.form.phones, company.phones.length > 0 && <PhoneLinks phones={company.phones} />],
                  [labels.detail.address, (street || place) && <>{street && <div>{street}</div>}{place && <div>{place}</div>}</>],
                  [labels.detail.owner, ownerName(company.owner_id)],
                  [labels.detail.createdAt, formatDateTime(company.created_at)],
                  [labels.detail.updatedAt, formatDateTime(company.updated_at)],
                ]}
              />
            </CardContent>
          </Card>
          <Card>
            <CardHeader className="flex flex-wrap items-center justify-between gap-2">
              <CardTitle>{labels.detail.contacts}</CardTitle>
              {writable && (
                <Button variant="outline" size="sm" onClick={() => setAddingContact(true)}>
                  <PlusIcon aria-hidden />
                  {labels.newContact}
                </Button>
              )}
            </CardHeader>
            <CardContent><CompanyContacts companyId={company.id} /></CardContent>
          </Card>
          <Card>
            <CardHeader><CardTitle>{labels.detail.deals}</CardTitle></CardHeader>
            <CardContent><RelatedDeals filters={{ company_id: company.id }} /></CardContent>
          </Card>
        </div>
        <section aria-labelledby="timeline-title" className="grid content-start gap-4">
          <h2 id="timeline-title" className="text-base font-semibold">{labels.timeline.title}</h2>
          {writable && <LogActivityForm link={{ company_id: company.id }} />}
          <Timeline entity="company" id={company.id} />
        </section>
      </div>
      <CompanyDialog company={editing ? company : null} open={editing} onOpenChange={setEditing} />
      <ContactDialog contact={null} companyId={company.id} open={addingContact} onOpenChange={setAddingContact} />
    </>
  );
}

function CompanyContacts({ companyId }: { companyId: string }) {
  const t = useT();
  const contacts = useContacts({ company_id: companyId }, "name");
  const items = pageItems(contacts.data);
  if (contacts.isPending) return <Skeleton className="h-10" />;
  if (items.length === 0) return <p className="text-sm text-muted-foreground">{t.crm.records.detail.noContacts}</p>;
  return (
    <ul className="grid divide-y">
      {items.map((contact) => {
        const email = primaryEmail(contact);
        return (
          <li key={contact.id} className="grid py-2">
            <Link href={`/crm/contacts/${contact.id}`} className="font-medium hover:underline">{contact.name}</Link>
            <span className="text-xs text-muted-foreground">{[contact.job_title, email].filter(Boolean).join(" · ")}</span>
          </li>
        );
      })}
    </ul>
  );
}

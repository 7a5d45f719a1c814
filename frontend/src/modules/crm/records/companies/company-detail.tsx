"use client";

import { PlusIcon } from "lucide-react";
import Link from "next/link";
import { useState } from "react";

import { pageItems } from "@/api/pagination";
import { useCurrentUser } from "@/auth/use-session";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useT } from "@/i18n/i18n-provider";
import { formatCnpj, websiteHref } from "@/lib/br-identifiers";

import { canWriteCrm } from "../../shared/access";
import { companyName, primaryEmail } from "../../shared/display";
import { ContactDialog } from "../contacts/contact-dialog";
import { PhoneLinks } from "../detail/phone-links";
import { RecordDetailLayout, RecordLoader } from "../detail/record-detail-layout";
import { useCompany, useContacts, type Company } from "../queries";
import { CompanyDialog } from "./company-dialog";

export function CompanyDetail({ id }: { id: string }) {
  const company = useCompany(id);
  return <RecordLoader entity="company" query={company}>{(data) => <CompanyScreen company={data} />}</RecordLoader>;
}

function CompanyScreen({ company }: { company: Company }) {
  const t = useT();
  const labels = t.crm.records;
  const writable = canWriteCrm(useCurrentUser());
  const [editing, setEditing] = useState(false);
  const [addingContact, setAddingContact] = useState(false);
  const address = company.address as Record<string, string | undefined>;
  const street = [address.street, address.number, address.complement].filter(Boolean).join(", ");
  const place = [address.district, [address.city, address.state].filter(Boolean).join("/"), address.cep].filter(Boolean).join(" · ");

  return (
    <RecordDetailLayout
      entity="company"
      record={company}
      name={companyName(company)}
      subtitle={[company.trade_name ? company.legal_name : null, company.cnpj ? `CNPJ ${formatCnpj(company.cnpj)}` : null].filter(Boolean).join(" · ")}
      onEdit={() => setEditing(true)}
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
      ]}
      cards={
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
      }
    >
      <CompanyDialog company={editing ? company : null} open={editing} onOpenChange={setEditing} />
      <ContactDialog contact={null} companyId={company.id} open={addingContact} onOpenChange={setAddingContact} />
    </RecordDetailLayout>
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
      {items.map((contact) => (
        <li key={contact.id} className="grid py-2">
          <Link href={`/crm/contacts/${contact.id}`} className="font-medium hover:underline">{contact.name}</Link>
          <span className="text-xs text-muted-foreground">{[contact.job_title, primaryEmail(contact)].filter(Boolean).join(" · ")}</span>
        </li>
      ))}
    </ul>
  );
}

"use client";

import { BanIcon, ShieldCheckIcon } from "lucide-react";
import Link from "next/link";
import { useState } from "react";

import { formatDate } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";

import { companyName, lookedUpName } from "../../shared/display";
import { useCompaniesByIds } from "../../shared/queries";
import { PhoneLinks } from "../detail/phone-links";
import { RecordDetailLayout, RecordLoader } from "../detail/record-detail-layout";
import { useContact, type Contact } from "../queries";
import { ContactDialog } from "./contact-dialog";

export function ContactDetail({ id }: { id: string }) {
  const contact = useContact(id);
  return <RecordLoader entity="contact" query={contact}>{(data) => <ContactScreen contact={data} />}</RecordLoader>;
}

/** Whether the person may be contacted: opted out (since when), or not. */
function ConsentBadge({ optedOutAt }: { optedOutAt: string | null }) {
  const labels = useT().crm.records.detail;
  return optedOutAt ? (
    <span role="status" className="inline-flex items-center gap-1 rounded-full bg-danger-soft px-2 py-0.5 text-xs font-medium text-destructive">
      <BanIcon className="size-3.5" aria-hidden />
      {labels.optedOutSince(formatDate(optedOutAt))}
    </span>
  ) : (
    <span className="inline-flex items-center gap-1 rounded-full bg-success-soft px-2 py-0.5 text-xs font-medium text-success">
      <ShieldCheckIcon className="size-3.5" aria-hidden />
      {labels.canContact}
    </span>
  );
}

function ContactScreen({ contact }: { contact: Contact }) {
  const t = useT();
  const labels = t.crm.records;
  const [editing, setEditing] = useState(false);
  const companies = useCompaniesByIds([contact.company_id]);
  const company = contact.company_id && (
    <Link href={`/crm/companies/${contact.company_id}`} className="text-primary hover:underline">
      {lookedUpName(companies.get(contact.company_id), companyName, t.app.none)}
    </Link>
  );

  return (
    <RecordDetailLayout
      entity="contact"
      record={contact}
      name={contact.name}
      subtitle={(contact.job_title || company) && (
        <>
          {contact.job_title}
          {contact.job_title && company && " · "}
          {company}
        </>
      )}
      badges={<ConsentBadge optedOutAt={contact.opted_out_at} />}
      onEdit={() => setEditing(true)}
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
        [labels.form.phones, contact.phones.length > 0 && <PhoneLinks phones={contact.phones} whatsapp={contact.opted_out_at === null} />],
        [labels.form.jobTitle, contact.job_title],
        [labels.form.company, company],
        [labels.form.legalBasis, contact.legal_basis ? labels.legalBasis[contact.legal_basis] : t.app.none],
        [labels.list.leadSource, t.crm.shared.leadSources[contact.lead_source]],
        [labels.detail.score, contact.hunter_score],
      ]}
    >
      <ContactDialog contact={editing ? contact : null} open={editing} onOpenChange={setEditing} />
    </RecordDetailLayout>
  );
}

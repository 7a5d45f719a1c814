"use client";

import Link from "next/link";

import { pageItems } from "@/api/pagination";
import { Badge } from "@/components/ui/badge";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";

import { companyName, LEAD_SOURCES, lookedUpName, primaryEmail } from "../../shared/display";
import { useCompaniesByIds } from "../../shared/queries";
import { CompanyPicker } from "../../shared/record-pickers";
import { RecordListPage } from "../list/record-list-page";
import { useListState } from "../list/use-list-state";
import { useContacts, type Contact, type LeadSource } from "../queries";
import { ContactDialog } from "./contact-dialog";

export function ContactsPage() {
  const t = useT();
  const labels = t.crm.records;
  const list = useListState("contact");
  const contacts = useContacts(list.queryFilters, list.state.sort);
  const showsCompany = list.state.columns.includes("company_id");
  // the companies the loaded contacts work at, named in one request
  const companies = useCompaniesByIds(showsCompany ? pageItems(contacts.data).map((contact) => contact.company_id) : []);
  const { filters } = list.state;
  const optedOut = filters.opted_out === undefined || filters.opted_out === null ? "" : String(filters.opted_out);

  const cell = (contact: Contact, column: string) => {
    switch (column) {
      case "emails": {
        const email = primaryEmail(contact);
        return email ? <a href={`mailto:${email}`} className="text-primary hover:underline">{email}</a> : t.app.none;
      }
      case "job_title": return contact.job_title ?? t.app.none;
      case "company_id":
        return contact.company_id
          ? <Link href={`/crm/companies/${contact.company_id}`} className="hover:underline">{lookedUpName(companies.get(contact.company_id), companyName, t.app.none)}</Link>
          : t.app.none;
      case "lead_source": return t.crm.shared.leadSources[contact.lead_source];
      case "legal_basis": return contact.legal_basis ? labels.legalBasis[contact.legal_basis] : t.app.none;
      case "opted_out_at":
        return contact.opted_out_at ? <Badge tone="danger">{labels.list.optedOut}</Badge> : t.app.none;
      default: return null;
    }
  };

  return (
    <RecordListPage
      entity="contact"
      list={list}
      query={contacts}
      nameOf={(contact) => contact.name}
      detailOf={(contact) => contact.job_title}
      cell={cell}
      createDialog={(open, onOpenChange) => <ContactDialog contact={null} open={open} onOpenChange={onOpenChange} />}
      filters={
        <>
          <FormField label={labels.form.company}>
            <CompanyPicker value={filters.company_id ?? null} onChange={(id) => list.setFilters({ ...filters, company_id: id ?? undefined })} />
          </FormField>
          <FormField label={labels.list.optedOut}>
            <NativeSelect value={optedOut} onChange={(e) => list.setFilters({ ...filters, opted_out: e.target.value === "" ? undefined : e.target.value === "true" })}>
              <option value="">{labels.list.any}</option>
              <option value="false">{labels.list.optedOutNo}</option>
              <option value="true">{labels.list.optedOutYes}</option>
            </NativeSelect>
          </FormField>
          <FormField label={labels.list.leadSource}>
            <NativeSelect value={filters.lead_source ?? ""} onChange={(e) => list.setFilters({ ...filters, lead_source: (e.target.value || undefined) as LeadSource | undefined })}>
              <option value="">{labels.list.any}</option>
              {LEAD_SOURCES.map((source) => <option key={source} value={source}>{t.crm.shared.leadSources[source]}</option>)}
            </NativeSelect>
          </FormField>
        </>
      }
    />
  );
}

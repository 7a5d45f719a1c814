"use client";

import { MessageCircleIcon, PlusIcon, UploadIcon } from "lucide-react";
import Link from "next/link";

import { pageItems } from "@/api/pagination";
import { can } from "@/auth/permissions";
import { useCurrentUser } from "@/auth/use-session";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Button, buttonVariants } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/input";
import { formatDate } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";
import { useNewParam } from "@/lib/use-new-param";

import { primaryEmail } from "../display";
import { CompanyPicker } from "../form/company-picker";
import { formatPhone } from "../identifiers";
import { ContactDialog, LEAD_SOURCES } from "./contact-dialog";
import { RecordList } from "../list/record-list";
import { TagChips } from "../list/tag-chips";
import { useListState } from "../list/use-list-state";
import { useOwnerName } from "../owners";
import { useCompanyNames, useContacts, type Contact, type LeadSource } from "../queries";

export function ContactsPage() {
  const t = useT();
  const labels = t.crm.records;
  const writable = can(useCurrentUser(), "crm:write");
  const list = useListState("contact");
  const contacts = useContacts(list.queryFilters, list.state.sort);
  const [creating, setCreating] = useNewParam();
  const ownerName = useOwnerName();
  const showsCompany = list.state.columns.includes("company_id");
  const companyIds = showsCompany ? pageItems(contacts.data).flatMap((c) => (c.company_id ? [c.company_id] : [])) : [];
  const companyNames = useCompanyNames(companyIds);
  const { filters } = list.state;
  const optedOut = filters.opted_out === undefined || filters.opted_out === null ? "" : String(filters.opted_out);

  const cell = (contact: Contact, column: string) => {
    switch (column) {
      case "emails": {
        const email = primaryEmail(contact);
        return email ? <a href={`mailto:${email}`} className="text-primary hover:underline">{email}</a> : t.app.none;
      }
      case "phones": {
        const [first, ...rest] = contact.phones;
        if (!first) return t.app.none;
        return (
          <span className="inline-flex items-center gap-1 whitespace-nowrap">
            {formatPhone(String(first.number))}
            {first.whatsapp === true && <MessageCircleIcon className="size-3.5 text-success" aria-label="WhatsApp" />}
            {rest.length > 0 && <span className="text-muted-foreground">+{rest.length}</span>}
          </span>
        );
      }
      case "job_title": return contact.job_title ?? t.app.none;
      case "company_id":
        return contact.company_id
          ? <Link href={`/crm/companies/${contact.company_id}`} className="hover:underline">{companyNames.data?.[contact.company_id] ?? "…"}</Link>
          : t.app.none;
      case "lead_source": return labels.leadSources[contact.lead_source];
      case "legal_basis": return contact.legal_basis ? labels.legalBasis[contact.legal_basis] : t.app.none;
      case "opted_out_at":
        return contact.opted_out_at ? <Badge tone="danger">{labels.list.optedOut}</Badge> : t.app.none;
      case "tags": return <TagChips ids={contact.tag_ids} />;
      case "owner_id": return ownerName(contact.owner_id);
      case "created_at": return <span className="whitespace-nowrap">{formatDate(contact.created_at)}</span>;
      default: return null;
    }
  };

  return (
    <>
      <PageHeader
        title={labels.contactsTitle}
        subtitle={labels.contactsSubtitle}
        actions={writable && (
          <>
            <Link href="/crm/import" className={buttonVariants({ variant: "outline" })}>
              <UploadIcon aria-hidden />
              {labels.importTitle}
            </Link>
            <Button onClick={() => setCreating(true)}>
              <PlusIcon aria-hidden />
              {labels.newContact}
            </Button>
          </>
        )}
      />
      <RecordList
        entity="contact"
        list={list}
        query={contacts}
        searchPlaceholder={labels.list.searchContacts}
        empty={labels.list.emptyContacts}
        nameOf={(contact) => contact.name}
        detailOf={(contact) => contact.job_title}
        hrefOf={(contact) => `/crm/contacts/${contact.id}`}
        cell={cell}
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
                {LEAD_SOURCES.map((source) => <option key={source} value={source}>{labels.leadSources[source]}</option>)}
              </NativeSelect>
            </FormField>
          </>
        }
      />
      <ContactDialog contact={null} open={creating} onOpenChange={setCreating} />
    </>
  );
}

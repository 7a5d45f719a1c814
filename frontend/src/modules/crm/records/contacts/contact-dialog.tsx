"use client";

import { useState } from "react";

import { formErrors } from "@/components/form-errors";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useT } from "@/i18n/i18n-provider";

import { LEAD_SOURCES } from "../../shared/display";
import { CompanyPicker } from "../../shared/record-pickers";
import { EmailsInput, emailDrafts, emailsBody } from "../form/emails-input";
import { PhonesInput, phoneDrafts, phonesBody, type PhoneDraft } from "../form/phones-input";
import { RecordDialog, RecordFormShell, useRecordForm } from "../form/record-form";
import { useCreateContact, useUpdateContact, type Contact, type LeadSource, type LegalBasis } from "../queries";

const FIELDS = ["name", "emails", "phones", "job_title", "company_id", "lead_source", "legal_basis", "opted_out", "tag_ids", "custom_fields", "owner_id"] as const;
export const LEGAL_BASES: LegalBasis[] = ["consent", "legitimate_interest", "contract", "legal_obligation"];

interface ContactDialogProps {
  /** The contact to edit; none: create one. */
  contact: Contact | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** A new contact's company (adding a contact from a company's page). */
  companyId?: string | null;
}

/** Create a contact, or edit one: e-mails, phones (with WhatsApp), company, LGPD basis, opt-out. */
export function ContactDialog({ contact, open, onOpenChange, companyId = null }: ContactDialogProps) {
  return (
    <RecordDialog open={open} onOpenChange={onOpenChange}>
      <ContactForm key={contact?.id ?? "new"} contact={contact} companyId={companyId} onDone={() => onOpenChange(false)} />
    </RecordDialog>
  );
}

function ContactForm({ contact, companyId: initialCompany, onDone }: { contact: Contact | null; companyId: string | null; onDone: () => void }) {
  const t = useT();
  const labels = t.crm.records.form;
  const form = useRecordForm("contact", contact, onDone);
  const [name, setName] = useState(contact?.name ?? "");
  const [emails, setEmails] = useState<string[]>(() => (contact ? emailDrafts(contact.emails) : [""]));
  const [phones, setPhones] = useState<PhoneDraft[]>(() => (contact ? phoneDrafts(contact.phones) : [{ number: "", label: "", whatsapp: true }]));
  const [jobTitle, setJobTitle] = useState(contact?.job_title ?? "");
  const [companyId, setCompanyId] = useState<string | null>(contact ? contact.company_id : initialCompany);
  const [legalBasis, setLegalBasis] = useState<LegalBasis | "">(contact?.legal_basis ?? "");
  const [leadSource, setLeadSource] = useState<LeadSource>(contact?.lead_source ?? "manual");
  const [optedOut, setOptedOut] = useState(Boolean(contact?.opted_out_at));
  const create = useCreateContact();
  const update = useUpdateContact(contact?.id ?? "");
  const mutation = contact ? update : create;
  const errors = formErrors(mutation.error, FIELDS, t);

  const submit = () => {
    const body = {
      ...form.common(),
      emails: emailsBody(emails),
      phones: phonesBody(phones),
      job_title: form.optional(jobTitle),
      company_id: companyId ?? form.cleared,
      legal_basis: legalBasis || form.cleared,
      lead_source: leadSource,
      opted_out: contact || optedOut ? optedOut : undefined,
    };
    const onSuccess = (saved: Contact) => form.saved(saved, saved.name);
    if (contact) update.mutate({ ...body, name: name.trim() || undefined }, { onSuccess });
    else create.mutate({ ...body, name: name.trim() }, { onSuccess });
  };

  return (
    <RecordFormShell form={form} name={contact?.name ?? null} onSubmit={submit} mutation={mutation} errors={errors} onCancel={onDone}>
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <FormField label={labels.name} error={errors.field("name")}>
          <Input required autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        </FormField>
        <FormField label={labels.jobTitle} error={errors.field("job_title")}>
          <Input autoComplete="off" value={jobTitle} onChange={(e) => setJobTitle(e.target.value)} />
        </FormField>
      </div>
      <FormField label={labels.company} error={errors.field("company_id")}>
        <CompanyPicker value={companyId} onChange={setCompanyId} placeholder={labels.companyNone} />
      </FormField>
      <EmailsInput value={emails} onChange={setEmails} error={mutation.error} />
      <PhonesInput value={phones} onChange={setPhones} error={mutation.error} />
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <FormField label={labels.legalBasis} hint={labels.legalBasisHint} error={errors.field("legal_basis")}>
          <NativeSelect value={legalBasis} onChange={(e) => setLegalBasis(e.target.value as LegalBasis | "")}>
            <option value="">{labels.none}</option>
            {LEGAL_BASES.map((basis) => <option key={basis} value={basis}>{t.crm.records.legalBasis[basis]}</option>)}
          </NativeSelect>
        </FormField>
        <FormField label={t.crm.records.list.leadSource} error={errors.field("lead_source")}>
          <NativeSelect value={leadSource} onChange={(e) => setLeadSource(e.target.value as LeadSource)}>
            {LEAD_SOURCES.map((source) => <option key={source} value={source}>{t.crm.shared.leadSources[source]}</option>)}
          </NativeSelect>
        </FormField>
      </div>
      <div className="grid gap-1">
        <div className="flex items-center gap-2">
          <Checkbox id="contact-opted-out" checked={optedOut} onCheckedChange={(checked) => setOptedOut(checked === true)} />
          <Label htmlFor="contact-opted-out">{labels.optedOut}</Label>
        </div>
        <p className="text-xs text-muted-foreground">{labels.optedOutHint}</p>
      </div>
    </RecordFormShell>
  );
}

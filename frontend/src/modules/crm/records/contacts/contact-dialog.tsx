"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { useCurrentUser } from "@/auth/use-session";
import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useT } from "@/i18n/i18n-provider";

import { CompanyPicker } from "../form/company-picker";
import { CustomFieldsInput, customFieldsBody, type CustomValues } from "../form/custom-fields-input";
import { EmailsInput, emailDrafts, emailsBody } from "../form/emails-input";
import { messageAt, messageUnder } from "../form/field-errors";
import { PhonesInput, phoneDrafts, phonesBody, type PhoneDraft } from "../form/phones-input";
import { TagPicker } from "../form/tag-picker";
import { OwnerSelect } from "../list/owner-select";
import { useCustomFields } from "../list/queries";
import { TagChips } from "../list/tag-chips";
import { useCreateContact, useUpdateContact, type Contact, type LeadSource, type LegalBasis } from "../queries";

const FIELDS = ["name", "emails", "phones", "job_title", "company_id", "lead_source", "legal_basis", "opted_out", "tag_ids", "custom_fields", "owner_id"] as const;
export const LEGAL_BASES: LegalBasis[] = ["consent", "legitimate_interest", "contract", "legal_obligation"];
export const LEAD_SOURCES: LeadSource[] = ["manual", "referral", "event", "website", "hunter", "sdr", "import", "other"];

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
    <Dialog open={open} onOpenChange={onOpenChange}>
      {open && <ContactForm key={contact?.id ?? "new"} contact={contact} companyId={companyId} onDone={() => onOpenChange(false)} />}
    </Dialog>
  );
}

function ContactForm({ contact, companyId: initialCompany, onDone }: { contact: Contact | null; companyId: string | null; onDone: () => void }) {
  const t = useT();
  const labels = t.crm.records.form;
  const router = useRouter();
  const me = useCurrentUser();
  const [name, setName] = useState(contact?.name ?? "");
  const [emails, setEmails] = useState<string[]>(() => (contact ? emailDrafts(contact.emails) : [""]));
  const [phones, setPhones] = useState<PhoneDraft[]>(() => (contact ? phoneDrafts(contact.phones) : [{ number: "", label: "", whatsapp: true }]));
  const [jobTitle, setJobTitle] = useState(contact?.job_title ?? "");
  const [companyId, setCompanyId] = useState<string | null>(contact ? contact.company_id : initialCompany);
  const [legalBasis, setLegalBasis] = useState<LegalBasis | "">(contact?.legal_basis ?? "");
  const [leadSource, setLeadSource] = useState<LeadSource>(contact?.lead_source ?? "manual");
  const [optedOut, setOptedOut] = useState(Boolean(contact?.opted_out_at));
  const [tagIds, setTagIds] = useState<string[]>(contact?.tag_ids ?? []);
  const [ownerId, setOwnerId] = useState<string>(contact ? contact.owner_id ?? "" : me.id);
  const [custom, setCustom] = useState<CustomValues>(contact?.custom_fields ?? {});
  const customFields = useCustomFields("contact");
  const create = useCreateContact();
  const update = useUpdateContact(contact?.id ?? "");
  const mutation = contact ? update : create;
  const errors = formErrors(mutation.error, FIELDS, t);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      emails: emailsBody(emails),
      phones: phonesBody(phones),
      job_title: jobTitle.trim() || (contact ? null : undefined),
      company_id: companyId ?? (contact ? null : undefined),
      legal_basis: legalBasis || (contact ? null : undefined),
      lead_source: leadSource,
      opted_out: contact || optedOut ? optedOut : undefined,
      tag_ids: tagIds,
      owner_id: ownerId || undefined,
      custom_fields: customFields.data?.length ? customFieldsBody(customFields.data, custom) : undefined,
    };
    if (contact) {
      update.mutate({ ...body, name: name.trim() || undefined }, {
        onSuccess: () => {
          toast.success(labels.updated);
          onDone();
        },
      });
    } else {
      create.mutate({ ...body, name: name.trim() }, {
        onSuccess: (created) => {
          toast.success(labels.created(created.name), {
            action: { label: t.app.open, onClick: () => router.push(`/crm/contacts/${created.id}`) },
          });
          onDone();
        },
      });
    }
  };

  return (
    <DialogContent className="max-w-2xl">
      <DialogHeader>
        <DialogTitle>{contact ? labels.editContact : t.crm.records.newContact}</DialogTitle>
        <DialogDescription>{contact ? contact.name : t.crm.records.contactsSubtitle}</DialogDescription>
      </DialogHeader>
      <form onSubmit={submit} noValidate className="grid gap-4">
        <div className="grid items-start gap-4 sm:grid-cols-2">
          <FormField label={labels.name} error={errors.field("name")}>
            <Input required autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
          </FormField>
          <FormField label={labels.jobTitle} error={errors.field("job_title")}>
            <Input autoComplete="off" value={jobTitle} onChange={(e) => setJobTitle(e.target.value)} />
          </FormField>
        </div>
        <FormField label={labels.company} error={errors.field("company_id")}>
          <CompanyPicker value={companyId} onChange={setCompanyId} />
        </FormField>
        <EmailsInput
          value={emails}
          onChange={setEmails}
          errorAt={(index) => messageUnder(mutation.error, `emails.${index}`)}
          error={messageAt(mutation.error, "emails")}
        />
        <PhonesInput
          value={phones}
          onChange={setPhones}
          errorAt={(index) => messageUnder(mutation.error, `phones.${index}`)}
          error={messageAt(mutation.error, "phones")}
        />
        <div className="grid items-start gap-4 sm:grid-cols-2">
          <FormField label={labels.legalBasis} hint={labels.legalBasisHint} error={errors.field("legal_basis")}>
            <NativeSelect value={legalBasis} onChange={(e) => setLegalBasis(e.target.value as LegalBasis | "")}>
              <option value="">{labels.none}</option>
              {LEGAL_BASES.map((basis) => <option key={basis} value={basis}>{t.crm.records.legalBasis[basis]}</option>)}
            </NativeSelect>
          </FormField>
          <FormField label={t.crm.records.list.leadSource} error={errors.field("lead_source")}>
            <NativeSelect value={leadSource} onChange={(e) => setLeadSource(e.target.value as LeadSource)}>
              {LEAD_SOURCES.map((source) => <option key={source} value={source}>{t.crm.records.leadSources[source]}</option>)}
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
        <div className="grid gap-1.5">
          <span className="text-sm font-medium">{labels.tags}</span>
          <div className="flex flex-wrap items-center gap-2">
            <TagChips ids={tagIds} onRemove={(id) => setTagIds(tagIds.filter((v) => v !== id))} />
            <TagPicker value={tagIds} onChange={setTagIds} />
          </div>
          {errors.field("tag_ids") && <p className="text-xs font-medium text-destructive">{errors.field("tag_ids")}</p>}
        </div>
        <OwnerSelect value={ownerId} onChange={setOwnerId} error={errors.field("owner_id")} />
        <CustomFieldsInput
          fields={customFields.data ?? []}
          values={custom}
          onChange={setCustom}
          errorOf={(key) => messageUnder(mutation.error, `custom_fields.${key}`)}
        />
        <FormAlert message={errors.general} />
        <DialogFooter>
          <Button variant="outline" onClick={onDone}>{t.app.cancel}</Button>
          <Button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? labels.saving : contact ? t.app.save : t.app.create}
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}

"use client";

import { useState } from "react";

import type { components } from "@/api/schema";
import { formErrors } from "@/components/form-errors";
import { FormField } from "@/components/ui/form-field";
import { Input, NativeSelect } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";
import { digitsOf, formatCnpj } from "@/lib/br-identifiers";

import { companyName } from "../../shared/display";
import { messageUnder } from "../form/field-errors";
import { PhonesInput, phoneDrafts, phonesBody, type PhoneDraft } from "../form/phones-input";
import { RecordDialog, RecordFormShell, useRecordForm } from "../form/record-form";
import { useCreateCompany, useUpdateCompany, type Company, type CompanySize } from "../queries";

const FIELDS = ["legal_name", "trade_name", "cnpj", "website", "domain", "industry", "cnae", "size", "phones", "address", "tag_ids", "custom_fields", "owner_id"] as const;
export const SIZES: CompanySize[] = ["mei", "micro", "small", "medium", "large"];

interface CompanyDialogProps {
  /** The company to edit; none: create one. */
  company: Company | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Create a company, or edit one's fields. */
export function CompanyDialog({ company, open, onOpenChange }: CompanyDialogProps) {
  return (
    <RecordDialog open={open} onOpenChange={onOpenChange}>
      <CompanyForm key={company?.id ?? "new"} company={company} onDone={() => onOpenChange(false)} />
    </RecordDialog>
  );
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function CompanyForm({ company, onDone }: { company: Company | null; onDone: () => void }) {
  const t = useT();
  const labels = t.crm.records.form;
  const form = useRecordForm("company", company, onDone);
  const [legalName, setLegalName] = useState(company?.legal_name ?? "");
  const [tradeName, setTradeName] = useState(company?.trade_name ?? "");
  const [cnpj, setCnpj] = useState(company?.cnpj ? formatCnpj(company.cnpj) : "");
  const [website, setWebsite] = useState(company?.website ?? "");
  const [industry, setIndustry] = useState(company?.industry ?? "");
  const [size, setSize] = useState<CompanySize | "">(company?.size ?? "");
  const [phones, setPhones] = useState<PhoneDraft[]>(() => phoneDrafts(company?.phones));
  const [city, setCity] = useState(text(company?.address.city));
  const [state, setState] = useState(text(company?.address.state));
  const [cep, setCep] = useState(text(company?.address.cep));
  const create = useCreateCompany();
  const update = useUpdateCompany(company?.id ?? "");
  const mutation = company ? update : create;
  const errors = formErrors(mutation.error, FIELDS, t);

  const submit = () => {
    const address = { ...(company?.address ?? {}), city: city.trim() || null, state: state.trim().toUpperCase() || null, cep: cep.trim() || null };
    const hasAddress = Object.values(address).some((v) => v);
    const body = {
      ...form.common(),
      trade_name: form.optional(tradeName),
      cnpj: form.optional(digitsOf(cnpj) || cnpj),
      website: form.optional(website),
      industry: form.optional(industry),
      size: size || form.cleared,
      phones: phonesBody(phones),
      address: hasAddress ? ({ country: "BR", ...address } as components["schemas"]["Address"]) : form.cleared,
    };
    const onSuccess = (saved: Company) => form.saved(saved, companyName(saved));
    if (company) update.mutate({ ...body, legal_name: legalName.trim() || undefined }, { onSuccess });
    else create.mutate({ ...body, legal_name: legalName.trim() }, { onSuccess });
  };

  return (
    <RecordFormShell form={form} name={company?.legal_name ?? null} onSubmit={submit} mutation={mutation} errors={errors} onCancel={onDone}>
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <FormField label={labels.legalName} error={errors.field("legal_name")}>
          <Input required autoComplete="organization" value={legalName} onChange={(e) => setLegalName(e.target.value)} />
        </FormField>
        <FormField label={labels.tradeName} error={errors.field("trade_name")}>
          <Input value={tradeName} onChange={(e) => setTradeName(e.target.value)} />
        </FormField>
        <FormField label={labels.cnpj} hint={labels.cnpjHint} error={errors.field("cnpj")}>
          <Input
            inputMode="numeric"
            autoComplete="off"
            placeholder="00.000.000/0000-00"
            className="font-mono"
            value={cnpj}
            onChange={(e) => setCnpj(formatCnpj(e.target.value))}
          />
        </FormField>
        <FormField label={labels.website} error={errors.field("website") ?? errors.field("domain")}>
          <Input type="url" inputMode="url" placeholder="empresa.com.br" value={website} onChange={(e) => setWebsite(e.target.value)} />
        </FormField>
        <FormField label={labels.industry} error={errors.field("industry")}>
          <Input value={industry} onChange={(e) => setIndustry(e.target.value)} />
        </FormField>
        <FormField label={labels.size} error={errors.field("size")}>
          <NativeSelect value={size} onChange={(e) => setSize(e.target.value as CompanySize | "")}>
            <option value="">{labels.none}</option>
            {SIZES.map((s) => <option key={s} value={s}>{t.crm.records.sizes[s]}</option>)}
          </NativeSelect>
        </FormField>
      </div>
      <PhonesInput value={phones} onChange={setPhones} error={mutation.error} />
      <div className="grid items-start gap-4 sm:grid-cols-[1fr_6rem_9rem]">
        <FormField label={labels.city} error={messageUnder(mutation.error, "address.city")}>
          <Input autoComplete="address-level2" value={city} onChange={(e) => setCity(e.target.value)} />
        </FormField>
        <FormField label={labels.state} error={messageUnder(mutation.error, "address.state")}>
          <Input autoComplete="address-level1" maxLength={2} className="uppercase" value={state} onChange={(e) => setState(e.target.value)} />
        </FormField>
        <FormField label={labels.cep} error={messageUnder(mutation.error, "address.cep")}>
          <Input inputMode="numeric" autoComplete="postal-code" value={cep} onChange={(e) => setCep(e.target.value)} />
        </FormField>
      </div>
    </RecordFormShell>
  );
}

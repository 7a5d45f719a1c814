"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import type { components } from "@/api/schema";
import { useCurrentUser } from "@/auth/use-session";
import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input, NativeSelect } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";

import { CustomFieldsInput, customFieldsBody, type CustomValues } from "../form/custom-fields-input";
import { messageAt, messageUnder } from "../form/field-errors";
import { PhonesInput, phoneDrafts, phonesBody, type PhoneDraft } from "../form/phones-input";
import { TagPicker } from "../form/tag-picker";
import { digitsOf, formatCnpj } from "../identifiers";
import { OwnerSelect } from "../list/owner-select";
import { useCustomFields } from "../list/queries";
import { TagChips } from "../list/tag-chips";
import { useCreateCompany, useUpdateCompany, type Company, type CompanySize } from "../queries";

type Schemas = components["schemas"];

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
    <Dialog open={open} onOpenChange={onOpenChange}>
      {open && <CompanyForm key={company?.id ?? "new"} company={company} onDone={() => onOpenChange(false)} />}
    </Dialog>
  );
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function CompanyForm({ company, onDone }: { company: Company | null; onDone: () => void }) {
  const t = useT();
  const labels = t.crm.records.form;
  const router = useRouter();
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
  const [tagIds, setTagIds] = useState<string[]>(company?.tag_ids ?? []);
  const me = useCurrentUser();
  const [ownerId, setOwnerId] = useState<string>(company ? company.owner_id ?? "" : me.id);
  const [custom, setCustom] = useState<CustomValues>(company?.custom_fields ?? {});
  const customFields = useCustomFields("company");
  const create = useCreateCompany();
  const update = useUpdateCompany(company?.id ?? "");
  const mutation = company ? update : create;
  const errors = formErrors(mutation.error, FIELDS, t);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = (value: string) => (value.trim() === "" ? (company ? null : undefined) : value.trim());
    const address = { ...(company?.address ?? {}), city: city.trim() || null, state: state.trim().toUpperCase() || null, cep: cep.trim() || null };
    const hasAddress = Object.values(address).some((v) => v);
    const body = {
      trade_name: blank(tradeName),
      cnpj: cnpj.trim() === "" ? (company ? null : undefined) : digitsOf(cnpj) || cnpj.trim(),
      website: blank(website),
      industry: blank(industry),
      size: size || (company ? null : undefined),
      phones: phonesBody(phones),
      address: hasAddress ? ({ country: "BR", ...address } as Schemas["Address"]) : company ? null : undefined,
      tag_ids: tagIds,
      owner_id: ownerId || undefined,
      custom_fields: customFields.data?.length ? customFieldsBody(customFields.data, custom) : undefined,
    };
    if (company) {
      update.mutate({ ...body, legal_name: legalName.trim() || undefined }, {
        onSuccess: () => {
          toast.success(labels.updated);
          onDone();
        },
      });
    } else {
      create.mutate({ ...body, legal_name: legalName.trim() }, {
        onSuccess: (created) => {
          const name = created.trade_name || created.legal_name;
          toast.success(labels.created(name), {
            action: { label: t.app.open, onClick: () => router.push(`/crm/companies/${created.id}`) },
          });
          onDone();
        },
      });
    }
  };

  return (
    <DialogContent className="max-w-2xl">
      <DialogHeader>
        <DialogTitle>{company ? labels.editCompany : t.crm.records.newCompany}</DialogTitle>
        <DialogDescription>{company ? company.legal_name : t.crm.records.companiesSubtitle}</DialogDescription>
      </DialogHeader>
      <form onSubmit={submit} noValidate className="grid gap-4">
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
        <PhonesInput
          value={phones}
          onChange={setPhones}
          errorAt={(index) => messageUnder(mutation.error, `phones.${index}`)}
          error={messageAt(mutation.error, "phones")}
        />
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
            {mutation.isPending ? labels.saving : company ? t.app.save : t.app.create}
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}

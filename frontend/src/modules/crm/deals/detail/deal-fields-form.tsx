"use client";

import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input, NativeSelect } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";

import { LEAD_SOURCES } from "../../shared/display";
import { OwnerSelect } from "../../shared/owners";
import { CompanyPicker, ContactsPicker } from "../../shared/record-pickers";
import { moneyInput, parseMoney } from "../money";
import { isStale, staleCurrent, useUpdateDeal, type Deal, type DealUpdate } from "../queries";

const FIELDS = ["title", "value", "expected_close_date", "probability_override", "owner_id", "company_id", "contact_ids", "source"] as const;

interface Draft {
  title: string;
  value: string;
  expectedClose: string;
  probability: string;
  ownerId: string | null;
  companyId: string | null;
  contactIds: string[];
  source: Deal["source"];
}

function draftOf(deal: Deal): Draft {
  return {
    title: deal.title,
    value: moneyInput(deal.value),
    expectedClose: deal.expected_close_date ?? "",
    probability: deal.probability_override === null ? "" : String(deal.probability_override),
    ownerId: deal.owner_id,
    companyId: deal.company_id,
    contactIds: deal.contact_ids,
    source: deal.source,
  };
}

/** The draft as the API takes it (null: a value that is not one, such as "abc" for money). */
function fieldsOf(draft: Draft) {
  const probability = draft.probability.trim() === "" ? null : Number(draft.probability);
  return {
    title: draft.title.trim(),
    value: draft.value.trim() === "" ? "0.00" : parseMoney(draft.value),
    expected_close_date: draft.expectedClose || null,
    probability_override: probability,
    owner_id: draft.ownerId,
    company_id: draft.companyId,
    contact_ids: [...draft.contactIds].sort(),
    source: draft.source,
  };
}

type Fields = ReturnType<typeof fieldsOf>;

function changes(draft: Draft, deal: Deal): Partial<Fields> {
  const now = fieldsOf(draft);
  const before = fieldsOf(draftOf(deal));
  const changed: Partial<Fields> = {};
  for (const key of Object.keys(now) as (keyof Fields)[]) {
    if (JSON.stringify(now[key]) !== JSON.stringify(before[key])) Object.assign(changed, { [key]: now[key] });
  }
  return changed;
}

/**
 * The deal's fields, edited in place and saved with the version they were read at. Someone
 * else's change arriving meanwhile replaces an untouched form, and is announced over a touched
 * one; saving over it is refused (409) with a way to load their version.
 */
export function DealFieldsForm({ deal, writable }: { deal: Deal; writable: boolean }) {
  const t = useT();
  const labels = t.crm.deals;
  const update = useUpdateDeal(deal.id);
  const [base, setBase] = useState(deal);
  const [draft, setDraft] = useState(() => draftOf(deal));
  const [valueError, setValueError] = useState<string | undefined>();
  const pending = changes(draft, base);
  const dirty = Object.keys(pending).length > 0;
  // a newer version with nothing typed over the old one (or what was typed is what it has): show it
  if (deal.version !== base.version && (!dirty || Object.keys(changes(draft, deal)).length === 0)) {
    setBase(deal);
    setDraft(draftOf(deal));
  }
  const changedElsewhere = deal.version > base.version && dirty;
  const conflict = isStale(update.error);
  const errors = formErrors(conflict ? null : update.error, FIELDS, t);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const loadCurrent = () => {
    const current = staleCurrent(update.error) ?? deal;
    update.reset();
    setBase(current);
    setDraft(draftOf(current));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending.value === null) return setValueError(labels.invalidValue);
    setValueError(undefined);
    update.mutate({ ...(pending as DealUpdate), version: base.version }, {
      onSuccess: (saved) => {
        setBase(saved);
        setDraft(draftOf(saved));
        toast.success(labels.saved);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate className="grid gap-4" aria-label={labels.detailsTitle}>
      {(conflict || changedElsewhere) && (
        <div role="alert" className="grid gap-2 rounded-md bg-warning-soft p-3 text-sm">
          <p className="font-medium">{conflict ? labels.conflictTitle : labels.changedElsewhere}</p>
          <p className="text-muted-foreground">{labels.conflictHint}</p>
          <Button variant="outline" size="sm" className="justify-self-start" onClick={loadCurrent}>
            {labels.loadCurrent}
          </Button>
        </div>
      )}
      <FormField label={labels.dealName} error={errors.field("title")}>
        <Input required disabled={!writable} value={draft.title} onChange={(e) => set("title", e.target.value)} />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
        <FormField label={labels.value} error={valueError ?? errors.field("value")}>
          <Input inputMode="decimal" disabled={!writable} value={draft.value} onChange={(e) => set("value", e.target.value)} />
        </FormField>
        <FormField label={labels.expectedClose} error={errors.field("expected_close_date")}>
          <Input type="date" disabled={!writable} value={draft.expectedClose} onChange={(e) => set("expectedClose", e.target.value)} />
        </FormField>
      </div>
      <FormField label={labels.probabilityOverride} hint={labels.probabilityOverrideHint(deal.probability)} error={errors.field("probability_override")}>
        <Input type="number" min={0} max={100} disabled={!writable} value={draft.probability} onChange={(e) => set("probability", e.target.value)} />
      </FormField>
      <FormField label={labels.company} error={errors.field("company_id")}>
        <CompanyPicker value={draft.companyId} onChange={(companyId) => set("companyId", companyId)} />
      </FormField>
      <FormField label={labels.contacts} error={errors.field("contact_ids")}>
        <ContactsPicker value={draft.contactIds} onChange={(ids) => set("contactIds", ids)} companyId={draft.companyId} />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
        <FormField label={labels.source} error={errors.field("source")}>
          <NativeSelect disabled={!writable} value={draft.source} onChange={(e) => set("source", e.target.value as Deal["source"])}>
            {LEAD_SOURCES.map((source) => <option key={source} value={source}>{t.crm.shared.leadSources[source]}</option>)}
          </NativeSelect>
        </FormField>
        <OwnerSelect disabled={!writable} value={draft.ownerId} onChange={(ownerId) => set("ownerId", ownerId)} error={errors.field("owner_id")} />
      </div>
      <FormAlert message={errors.general} />
      {writable && (
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={!dirty || update.isPending}>{t.app.save}</Button>
          {dirty && (
            <Button variant="ghost" onClick={() => { update.reset(); setDraft(draftOf(base)); }}>
              {labels.discard}
            </Button>
          )}
        </div>
      )}
    </form>
  );
}

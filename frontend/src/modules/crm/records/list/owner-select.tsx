"use client";

import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";

import { useOwners } from "../owners";

/** Who owns the record, for users who may hand records to others (it defaults to the caller). */
export function OwnerSelect({ value, onChange, error }: { value: string; onChange: (ownerId: string) => void; error?: string }) {
  const t = useT();
  const owners = useOwners();
  if (owners.length < 2 && !error) return null;
  return (
    <FormField label={t.crm.records.detail.owner} error={error}>
      <NativeSelect value={value} onChange={(e) => onChange(e.target.value)}>
        {value === "" && <option value="">{t.crm.records.owners.none}</option>}
        {owners.map((owner) => <option key={owner.id} value={owner.id}>{owner.name}</option>)}
      </NativeSelect>
    </FormField>
  );
}

"use client";

import type { FormErrors } from "@/components/form-errors";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useT } from "@/i18n/i18n-provider";

import { SIZES, type CriteriaDraft, type Size } from "./criteria";
import { StatesPicker } from "../form/states-picker";
import { TermsInput } from "../form/terms-input";

interface CriteriaFieldsProps {
  draft: CriteriaDraft;
  onChange: (draft: CriteriaDraft) => void;
  errors: FormErrors;
  /** Where the backend puts these fields' errors (`criteria`, for an ICP or a search). */
  prefix?: string;
}

const digits = (term: string) => term.replace(/\D/g, "");

/** What the ideal customer is and where it is: the criteria an ICP (or a one-off search) sets. */
export function CriteriaFields({ draft, onChange, errors, prefix = "criteria" }: CriteriaFieldsProps) {
  const t = useT();
  const labels = t.hunter.icps.form;
  const set = (patch: Partial<CriteriaDraft>) => onChange({ ...draft, ...patch });
  const error = (field: string) => errors.field(`${prefix}.${field}`);
  const toggleSize = (size: Size, on: boolean) => set({ sizes: on ? SIZES.filter((s) => s === size || draft.sizes.includes(s)) : draft.sizes.filter((s) => s !== size) });

  return (
    <div className="grid gap-6">
      <section className="grid gap-4" aria-labelledby="icp-who">
        <h2 id="icp-who" className="text-base font-semibold">{labels.who}</h2>
        <div className="grid items-start gap-4 md:grid-cols-2">
          <FormField label={labels.industries} hint={labels.industriesHint} error={error("industries")}>
            <TermsInput value={draft.industries} onChange={(industries) => set({ industries })} removeLabel={labels.remove} placeholder={labels.industriesPlaceholder} />
          </FormField>
          <FormField label={labels.cnae} hint={labels.cnaeHint} error={error("cnae_codes")}>
            <TermsInput value={draft.cnae_codes} onChange={(cnae_codes) => set({ cnae_codes })} removeLabel={labels.remove} placeholder="7311400" normalize={digits} />
          </FormField>
        </div>
        <fieldset className="grid gap-2">
          <legend className="mb-1.5 text-sm font-medium">{labels.sizes}</legend>
          <div className="flex flex-wrap gap-x-5 gap-y-2">
            {SIZES.map((size) => (
              <div key={size} className="flex items-center gap-2">
                <Checkbox id={`size-${prefix}-${size}`} checked={draft.sizes.includes(size)} onCheckedChange={(on) => toggleSize(size, on === true)} />
                <Label htmlFor={`size-${prefix}-${size}`} className="font-normal">{t.hunter.common.sizes[size]}</Label>
              </div>
            ))}
          </div>
          {error("sizes") && <p className="text-xs font-medium text-destructive">{error("sizes")}</p>}
        </fieldset>
        <div className="grid max-w-md items-start gap-4 sm:grid-cols-2">
          <FormField label={labels.employeesMin} error={error("employees_min")}>
            <Input type="number" inputMode="numeric" min={0} value={draft.employees_min} onChange={(e) => set({ employees_min: e.target.value })} />
          </FormField>
          <FormField label={labels.employeesMax} hint={labels.employeesHint} error={error("employees_max")}>
            <Input type="number" inputMode="numeric" min={0} value={draft.employees_max} onChange={(e) => set({ employees_max: e.target.value })} />
          </FormField>
        </div>
      </section>

      <section className="grid gap-4" aria-labelledby="icp-where">
        <h2 id="icp-where" className="text-base font-semibold">{labels.where}</h2>
        <StatesPicker legend={labels.states} hint={labels.statesHint} value={draft.states} onChange={(states) => set({ states })} error={error("states")} />
        <FormField label={labels.cities} hint={labels.citiesHint} error={error("cities")}>
          <TermsInput value={draft.cities} onChange={(cities) => set({ cities })} removeLabel={labels.remove} placeholder={labels.citiesPlaceholder} />
        </FormField>
      </section>

      <section className="grid gap-4" aria-labelledby="icp-signals">
        <h2 id="icp-signals" className="text-base font-semibold">{labels.signals}</h2>
        <div className="grid items-start gap-4 md:grid-cols-2">
          <FormField label={labels.keywords} hint={labels.keywordsHint} error={error("keywords")}>
            <TermsInput value={draft.keywords} onChange={(keywords) => set({ keywords })} removeLabel={labels.remove} placeholder={labels.keywordsPlaceholder} />
          </FormField>
          <FormField label={labels.disqualifiers} hint={labels.disqualifiersHint} error={error("disqualifiers")}>
            <TermsInput value={draft.disqualifiers} onChange={(disqualifiers) => set({ disqualifiers })} removeLabel={labels.remove} placeholder={labels.disqualifiersPlaceholder} />
          </FormField>
        </div>
      </section>
    </div>
  );
}

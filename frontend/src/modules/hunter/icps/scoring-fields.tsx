"use client";

import type { FormErrors } from "@/components/form-errors";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import { CRITERIA, criteriaOf, isSet, MAX_WEIGHT, pointShares, type CriteriaDraft, type Criterion } from "./criteria";

interface ScoringFieldsProps {
  draft: CriteriaDraft;
  onChange: (draft: CriteriaDraft) => void;
  threshold: number;
  onThreshold: (threshold: number) => void;
  errors: FormErrors;
  prefix?: string;
}

/** The hues of the share bar, one per criterion. */
const HUES: Record<Criterion, string> = {
  industry: "bg-primary",
  cnae: "bg-primary/70",
  size: "bg-success",
  employees: "bg-success/60",
  location: "bg-warning",
  keywords: "bg-warning/60",
  contactable: "bg-destructive/70",
  web_presence: "bg-muted-foreground/60",
};

const clamp = (value: number, max: number) => Math.max(0, Math.min(max, Math.round(value)));

/** Each criterion's weight (0-10) and whether it is required, the threshold, and what each criterion is worth. */
export function ScoringFields({ draft, onChange, threshold, onThreshold, errors, prefix = "criteria" }: ScoringFieldsProps) {
  const t = useT();
  const labels = t.hunter.icps.form;
  const names = t.hunter.common.criteria;
  const criteria = criteriaOf(draft);
  const shares = pointShares(criteria);
  const shareOf = (criterion: Criterion) => shares.find((s) => s.criterion === criterion);
  const setWeight = (criterion: Criterion, weight: number) => onChange({ ...draft, weights: { ...draft.weights, [criterion]: clamp(weight, MAX_WEIGHT) } });
  const setRequired = (criterion: Criterion, on: boolean) =>
    onChange({ ...draft, required: on ? CRITERIA.filter((c) => c === criterion || draft.required.includes(c)) : draft.required.filter((c) => c !== criterion) });

  return (
    <section className="grid gap-4" aria-labelledby="icp-scoring">
      <div className="grid gap-1">
        <h2 id="icp-scoring" className="text-base font-semibold">{labels.scoring}</h2>
        <p className="text-sm text-muted-foreground">{labels.scoringHint}</p>
      </div>
      <div className="grid gap-1.5">
        <p className="text-xs font-medium text-muted-foreground">{labels.previewTitle}</p>
        {shares.length === 0 ? (
          <p className="text-sm text-muted-foreground">{labels.previewEmpty}</p>
        ) : (
          <div className="flex h-3 overflow-hidden rounded-full bg-muted" aria-hidden>
            {shares.map((share) => <div key={share.criterion} className={HUES[share.criterion]} style={{ width: `${share.points}%` }} title={names[share.criterion]} />)}
          </div>
        )}
      </div>
      <div className="overflow-x-auto rounded-lg border">
        <table className="w-full text-sm">
          <thead className="bg-muted/50 text-xs text-muted-foreground">
            <tr className="border-b">
              <th scope="col" className="px-3 py-2 text-left font-medium">{labels.criterion}</th>
              <th scope="col" className="px-3 py-2 text-left font-medium">{labels.weight}</th>
              <th scope="col" className="px-3 py-2 text-left font-medium">{labels.required}</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">{labels.share}</th>
            </tr>
          </thead>
          <tbody>
            {CRITERIA.map((criterion) => {
              const counted = isSet(criteria, criterion);
              const share = shareOf(criterion);
              const weight = draft.weights[criterion];
              return (
                <tr key={criterion} className={cn("border-b last:border-0", !counted && "text-muted-foreground")}>
                  <td className="px-3 py-2.5 align-top">
                    <span className="inline-flex items-center gap-2 font-medium">
                      <span className={cn("size-2.5 rounded-full", counted ? HUES[criterion] : "bg-muted")} aria-hidden />
                      {names[criterion]}
                    </span>
                    <p className="text-xs text-muted-foreground">{counted ? t.hunter.common.criteriaHints[criterion] : labels.notSet}</p>
                  </td>
                  <td className="px-3 py-2.5 align-top">
                    <div className="flex items-center gap-2">
                      <input
                        type="range"
                        min={0}
                        max={MAX_WEIGHT}
                        step={1}
                        value={weight}
                        aria-label={labels.weightLabel(names[criterion]!)}
                        aria-valuetext={labels.weightValue(weight)}
                        onChange={(e) => setWeight(criterion, Number(e.target.value))}
                        className="w-28 accent-primary"
                      />
                      <span className="w-5 text-right tabular-nums" aria-hidden>{weight}</span>
                    </div>
                  </td>
                  <td className="px-3 py-2.5 align-top">
                    <Checkbox
                      aria-label={labels.requiredLabel(names[criterion]!)}
                      checked={counted && draft.required.includes(criterion)}
                      disabled={!counted}
                      onCheckedChange={(on) => setRequired(criterion, on === true)}
                    />
                  </td>
                  <td className="px-3 py-2.5 text-right align-top tabular-nums whitespace-nowrap">
                    {share ? labels.points(Math.round(share.points)) : t.app.none}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {(errors.field(`${prefix}.weights`) || errors.field(`${prefix}.required`)) && (
        <p className="text-xs font-medium text-destructive">{errors.field(`${prefix}.weights`) ?? errors.field(`${prefix}.required`)}</p>
      )}
      <p className="text-xs text-muted-foreground">{labels.requiredHint}</p>
      <div className="grid max-w-lg gap-2">
        <FormField label={labels.threshold} hint={labels.thresholdHint} error={errors.field("threshold")}>
          <Input type="number" inputMode="numeric" min={0} max={100} className="w-24" value={threshold} onChange={(e) => onThreshold(clamp(Number(e.target.value), 100))} />
        </FormField>
        <input
          type="range"
          min={0}
          max={100}
          step={5}
          value={threshold}
          aria-label={labels.thresholdSlider}
          onChange={(e) => onThreshold(Number(e.target.value))}
          className="accent-primary"
        />
      </div>
    </section>
  );
}

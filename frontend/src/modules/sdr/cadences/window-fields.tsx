"use client";

import type { FormErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";

import { toggleWeekday, WEEKDAYS, type CadenceDraft } from "./draft";

const number = (value: string) => Math.max(0, Math.round(Number(value)) || 0);

/** When a cadence sends: the daily window (São Paulo time), the weekdays, the cap per sender and the spacing between sends. */
export function WindowFields({ draft, onChange, errors }: { draft: CadenceDraft; onChange: (draft: CadenceDraft) => void; errors: FormErrors }) {
  const labels = useT().sdr.cadences;
  const form = labels.form;
  return (
    <fieldset className="grid gap-4">
      <legend className="mb-1 text-base font-semibold">{form.windowTitle}</legend>
      <p className="-mt-2 text-sm text-muted-foreground">{form.windowHint}</p>
      <div className="grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <FormField label={form.windowStart} error={errors.field("window_start")}>
          <Input type="time" step={60} value={draft.windowStart} onChange={(e) => onChange({ ...draft, windowStart: e.target.value })} />
        </FormField>
        <FormField label={form.windowEnd} error={errors.field("window_end")}>
          <Input type="time" step={60} value={draft.windowEnd} onChange={(e) => onChange({ ...draft, windowEnd: e.target.value })} />
        </FormField>
        <FormField label={form.dailyCap} hint={form.dailyCapHint} error={errors.field("daily_cap")}>
          <Input type="number" inputMode="numeric" min={1} max={1000} value={draft.dailyCap} onChange={(e) => onChange({ ...draft, dailyCap: number(e.target.value) })} />
        </FormField>
      </div>
      <div className="grid gap-1.5">
        <span className="text-sm font-medium" id="weekdays-label">{form.weekdays}</span>
        <div className="flex flex-wrap gap-1" role="group" aria-labelledby="weekdays-label">
          {WEEKDAYS.map((day) => (
            <Button
              key={day}
              size="sm"
              variant={draft.weekdays.includes(day) ? "secondary" : "outline"}
              aria-pressed={draft.weekdays.includes(day)}
              aria-label={labels.weekdaysLong[day]}
              onClick={() => onChange(toggleWeekday(draft, day))}
            >
              {labels.weekdaysShort[day]}
            </Button>
          ))}
        </div>
        {errors.field("weekdays") && <p className="text-xs font-medium text-destructive">{errors.field("weekdays")}</p>}
      </div>
      <div className="grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <FormField label={form.spacingMin} error={errors.field("spacing_min_seconds")}>
          <Input type="number" inputMode="numeric" min={0} max={3600} value={draft.spacingMin} onChange={(e) => onChange({ ...draft, spacingMin: number(e.target.value) })} />
        </FormField>
        <FormField label={form.spacingMax} hint={form.spacingHint} error={errors.field("spacing_max_seconds")}>
          <Input type="number" inputMode="numeric" min={0} max={7200} value={draft.spacingMax} onChange={(e) => onChange({ ...draft, spacingMax: number(e.target.value) })} />
        </FormField>
      </div>
    </fieldset>
  );
}

"use client";

import { useT } from "@/i18n/i18n-provider";
import { BRAZIL_STATES } from "@/lib/br-identifiers";
import { cn } from "@/lib/cn";

import { REGIONS, type Region } from "../format";

interface StatesPickerProps {
  legend: string;
  value: string[];
  onChange: (states: string[]) => void;
  error?: string;
  hint?: string;
}

const toggleClass = (on: boolean) =>
  cn(
    "h-8 rounded-md border px-2 text-xs font-medium tabular-nums transition-colors",
    on ? "border-primary bg-primary text-primary-foreground" : "bg-background hover:bg-accent",
  );

/** Several UFs at once: one toggle per state, and a whole region in one click. */
export function StatesPicker({ legend, value, onChange, error, hint }: StatesPickerProps) {
  const labels = useT().hunter.icps;
  const selected = new Set(value);
  const toggle = (state: string) => onChange(selected.has(state) ? value.filter((s) => s !== state) : [...value, state].sort());
  const toggleRegion = (region: Region) => {
    const states: readonly string[] = REGIONS[region];
    const all = states.every((s) => selected.has(s));
    onChange(all ? value.filter((s) => !states.includes(s)) : [...new Set([...value, ...states])].sort());
  };
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1.5 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-1" role="group" aria-label={labels.regionsLabel}>
        {(Object.keys(REGIONS) as Region[]).map((region) => {
          const on = REGIONS[region].every((s) => selected.has(s));
          return (
            <button key={region} type="button" aria-pressed={on} className={cn(toggleClass(on), "px-2.5")} onClick={() => toggleRegion(region)}>
              {labels.regions[region]}
            </button>
          );
        })}
        {value.length > 0 && (
          <button type="button" className="h-8 rounded-md px-2 text-xs text-muted-foreground hover:text-foreground" onClick={() => onChange([])}>
            {labels.clearStates}
          </button>
        )}
      </div>
      <div className="grid grid-cols-7 gap-1 sm:grid-cols-9 lg:grid-cols-14">
        {BRAZIL_STATES.map((state) => (
          <button key={state} type="button" aria-pressed={selected.has(state)} className={toggleClass(selected.has(state))} onClick={() => toggle(state)}>
            {state}
          </button>
        ))}
      </div>
      {hint && <p className="text-xs text-muted-foreground">{hint}</p>}
      {error && <p className="text-xs font-medium text-destructive">{error}</p>}
    </fieldset>
  );
}

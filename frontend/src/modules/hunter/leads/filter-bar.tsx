"use client";

import { pageItems } from "@/api/pagination";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input, NativeSelect } from "@/components/ui/input";
import { formatDateTime } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";
import { BRAZIL_STATES } from "@/lib/br-identifiers";

import { presetOf, PRESETS, withPreset, type Preset } from "./list-params";
import type { LeadFilters, LeadSort, LeadStatus, Tier } from "./queries";
import { useSearches } from "../searches/queries";

interface FilterBarProps {
  filters: LeadFilters;
  onFilters: (filters: LeadFilters) => void;
  sort: LeadSort;
  onSort: (sort: LeadSort) => void;
  text: string;
  onText: (text: string) => void;
}

/** Quick views, text search and the list's filters (search, status, tier, qualification, score, UF), and the sort. */
export function FilterBar({ filters, onFilters, sort, onSort, text, onText }: FilterBarProps) {
  const t = useT();
  const labels = t.hunter.leads.filters;
  const common = t.hunter.common;
  const searches = useSearches();
  const preset = presetOf(filters);
  const set = (patch: Partial<LeadFilters>) => onFilters({ ...filters, ...patch });
  const listed = pageItems(searches.data);
  const active = Object.keys(filters).length > 0 || text.trim() !== "";

  return (
    <div className="mb-4 grid gap-3">
      <div className="flex flex-wrap gap-1" role="group" aria-label={labels.views}>
        {(Object.keys(PRESETS) as Preset[]).map((name) => (
          <Button key={name} size="sm" variant={preset === name ? "secondary" : "ghost"} aria-pressed={preset === name} onClick={() => onFilters(withPreset(filters, name))}>
            {labels.presets[name]}
          </Button>
        ))}
      </div>
      <div className="grid items-end gap-3 rounded-lg border bg-card p-3 sm:grid-cols-2 lg:grid-cols-6">
        <div className="sm:col-span-2">
          <FormField label={labels.text}>
            <Input type="search" placeholder={labels.textPlaceholder} value={text} onChange={(e) => onText(e.target.value)} />
          </FormField>
        </div>
        <div className="sm:col-span-2">
          <FormField label={labels.search}>
            <NativeSelect value={filters.search_id ?? ""} onChange={(e) => set({ search_id: e.target.value || undefined })}>
              <option value="">{labels.anySearch}</option>
              {filters.search_id && !listed.some((s) => s.id === filters.search_id) && <option value={filters.search_id}>{labels.thisSearch}</option>}
              {listed.map((search) => <option key={search.id} value={search.id}>{labels.searchOption(formatDateTime(search.created_at), search.qualified)}</option>)}
            </NativeSelect>
          </FormField>
        </div>
        <div className="sm:col-span-2">
          <FormField label={labels.sort}>
            <NativeSelect value={sort} onChange={(e) => onSort(e.target.value as LeadSort)}>
              <option value="score">{labels.sortScore}</option>
              <option value="created_at">{labels.sortRecent}</option>
            </NativeSelect>
          </FormField>
        </div>
        <FormField label={labels.status}>
          <NativeSelect value={filters.status ?? ""} onChange={(e) => set({ status: (e.target.value || undefined) as LeadStatus | undefined })}>
            <option value="">{labels.any}</option>
            {(["new", "approved", "discarded"] as const).map((status) => <option key={status} value={status}>{common.leadStatuses[status]}</option>)}
          </NativeSelect>
        </FormField>
        <FormField label={labels.tier}>
          <NativeSelect value={filters.tier ?? ""} onChange={(e) => set({ tier: (e.target.value || undefined) as Tier | undefined })}>
            <option value="">{labels.any}</option>
            {(["hot", "warm", "cold"] as const).map((tier) => <option key={tier} value={tier}>{common.tiers[tier]}</option>)}
          </NativeSelect>
        </FormField>
        <FormField label={labels.qualified}>
          <NativeSelect
            value={filters.qualified === undefined ? "" : String(filters.qualified)}
            onChange={(e) => set({ qualified: e.target.value === "" ? undefined : e.target.value === "true" })}
          >
            <option value="">{labels.any}</option>
            <option value="true">{labels.qualifiedYes}</option>
            <option value="false">{labels.qualifiedNo}</option>
          </NativeSelect>
        </FormField>
        <FormField label={labels.minScore}>
          <Input
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            value={filters.min_score ?? ""}
            onChange={(e) => {
              const value = e.target.value === "" ? undefined : Math.max(0, Math.min(100, Math.round(Number(e.target.value))));
              set({ min_score: Number.isFinite(value) ? value : undefined });
            }}
          />
        </FormField>
        <FormField label={labels.state}>
          <NativeSelect value={filters.state ?? ""} onChange={(e) => set({ state: e.target.value || undefined })}>
            <option value="">{labels.anyState}</option>
            {BRAZIL_STATES.map((uf) => <option key={uf} value={uf}>{uf}</option>)}
          </NativeSelect>
        </FormField>
        <div className="flex items-end">
          {active && (
            <Button variant="outline" onClick={() => { onText(""); onFilters({}); }}>{labels.clear}</Button>
          )}
        </div>
      </div>
    </div>
  );
}

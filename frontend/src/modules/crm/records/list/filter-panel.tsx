"use client";

import type { ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input, NativeSelect } from "@/components/ui/input";
import { saoPauloDayBoundary } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";

import { dayInSaoPaulo } from "../../shared/dates";
import { useOwnerChoices } from "../../shared/owners";
import { TagPicker } from "../form/tag-picker";
import type { RecordEntity } from "../queries";
import { customCondition, withCustomCondition, type RecordFilters } from "./list-state";
import { useCustomFields } from "./queries";
import { TagChips } from "./tag-chips";

interface FilterPanelProps {
  entity: RecordEntity;
  filters: RecordFilters;
  onChange: (filters: RecordFilters) => void;
  onClear: () => void;
  /** The list's own filters (size, state; company, opt-out...). */
  children?: ReactNode;
}

/** Owner, tags, creation dates, the simple custom fields, and the list's own filters. */
export function FilterPanel({ entity, filters, onChange, onClear, children }: FilterPanelProps) {
  const t = useT();
  const labels = t.crm.records.list;
  const owners = useOwnerChoices();
  const customFields = useCustomFields(entity);
  const set = (patch: Partial<RecordFilters>) => onChange({ ...filters, ...patch });
  const simpleFields = (customFields.data ?? []).filter((field) => field.type === "select" || field.type === "multi_select" || field.type === "boolean");
  const tagIds = filters.tag_ids ?? [];

  return (
    <div className="mb-4 grid gap-3 rounded-lg border bg-card p-4 sm:grid-cols-2 lg:grid-cols-4">
      <FormField label={labels.owner}>
        <NativeSelect value={filters.owner_id ?? ""} onChange={(e) => set({ owner_id: e.target.value || undefined })}>
          <option value="">{labels.ownerAnyone}</option>
          {owners.map((owner, index) => (
            <option key={owner.id} value={owner.id}>{index === 0 ? labels.ownerMe : owner.name}</option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField label={labels.createdFrom}>
        <Input
          type="date"
          value={dayInSaoPaulo(filters.created_from)}
          onChange={(e) => set({ created_from: e.target.value ? saoPauloDayBoundary(e.target.value, "start") : undefined })}
        />
      </FormField>
      <FormField label={labels.createdTo}>
        <Input
          type="date"
          value={dayInSaoPaulo(filters.created_to)}
          onChange={(e) => set({ created_to: e.target.value ? saoPauloDayBoundary(e.target.value, "end") : undefined })}
        />
      </FormField>
      <div className="grid content-start gap-1.5">
        <span className="text-sm font-medium">{labels.tags}</span>
        <div className="flex flex-wrap items-center gap-2">
          <TagPicker value={tagIds} onChange={(ids) => set({ tag_ids: ids })} creatable={false} label={labels.tags} />
          <TagChips ids={tagIds} onRemove={(id) => set({ tag_ids: tagIds.filter((v) => v !== id) })} />
        </div>
      </div>
      {children}
      {simpleFields.map((field) => (
        <FormField key={field.key} label={field.label}>
          <NativeSelect
            value={customCondition(filters.custom, field.key) ?? ""}
            onChange={(e) => set({ custom: withCustomCondition(filters.custom, field.key, e.target.value) })}
          >
            <option value="">{labels.any}</option>
            {field.type === "boolean" ? (
              <>
                <option value="true">{t.app.yes}</option>
                <option value="false">{t.app.no}</option>
              </>
            ) : (
              field.options.map((option) => <option key={option} value={option}>{option}</option>)
            )}
          </NativeSelect>
        </FormField>
      ))}
      <div className="flex items-end sm:col-span-2 lg:col-span-4">
        <Button variant="outline" size="sm" onClick={onClear}>{labels.clearFilters}</Button>
      </div>
    </div>
  );
}

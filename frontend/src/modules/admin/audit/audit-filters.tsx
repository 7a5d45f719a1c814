"use client";

import { useState, type FormEvent } from "react";

import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input, NativeSelect } from "@/components/ui/input";
import { saoPauloDayBoundary } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";

import type { ActorType, AuditFilters as Filters } from "../queries";

const ACTOR_TYPES: ActorType[] = ["user", "api_key", "agent", "webhook", "system"];

interface Draft {
  action: string;
  actorType: ActorType | "";
  entityType: string;
  entityId: string;
  since: string;
  until: string;
}

const EMPTY: Draft = { action: "", actorType: "", entityType: "", entityId: "", since: "", until: "" };

function toFilters(draft: Draft): Filters {
  return {
    action: draft.action.trim() || undefined,
    actor_type: draft.actorType || undefined,
    entity_type: draft.entityType.trim() || undefined,
    entity_id: draft.entityId.trim() || undefined,
    since: draft.since ? saoPauloDayBoundary(draft.since, "start") : undefined,
    until: draft.until ? saoPauloDayBoundary(draft.until, "end") : undefined,
  };
}

/** Action, actor type, entity and a date range (days in São Paulo); applied on submit. */
export function AuditFilters({ onApply }: { onApply: (filters: Filters) => void }) {
  const t = useT();
  const labels = t.admin.audit;
  const [draft, setDraft] = useState(EMPTY);
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(toFilters(draft));
  };
  const clear = () => {
    setDraft(EMPTY);
    onApply({});
  };
  return (
    <form onSubmit={submit} className="mb-4 grid gap-3 rounded-lg border bg-card p-4 sm:grid-cols-2 lg:grid-cols-3">
      <FormField label={labels.action}>
        <Input placeholder="identity.api_key.created" value={draft.action} onChange={(e) => set({ action: e.target.value })} />
      </FormField>
      <FormField label={labels.actorType}>
        <NativeSelect value={draft.actorType} onChange={(e) => set({ actorType: e.target.value as ActorType | "" })}>
          <option value="">{t.app.all}</option>
          {ACTOR_TYPES.map((type) => (
            <option key={type} value={type}>{labels.actorTypes[type]}</option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField label={labels.entityType}>
        <Input placeholder="api_key" value={draft.entityType} onChange={(e) => set({ entityType: e.target.value })} />
      </FormField>
      <FormField label={labels.entityId}>
        <Input className="font-mono" value={draft.entityId} onChange={(e) => set({ entityId: e.target.value })} />
      </FormField>
      <FormField label={labels.since}>
        <Input type="date" value={draft.since} onChange={(e) => set({ since: e.target.value })} />
      </FormField>
      <FormField label={labels.until}>
        <Input type="date" value={draft.until} onChange={(e) => set({ until: e.target.value })} />
      </FormField>
      <div className="flex gap-2 sm:col-span-2 lg:col-span-3">
        <Button type="submit">{labels.apply}</Button>
        <Button variant="outline" onClick={clear}>{labels.clear}</Button>
      </div>
    </form>
  );
}

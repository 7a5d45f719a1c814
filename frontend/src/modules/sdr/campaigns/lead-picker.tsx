"use client";

import Link from "next/link";
import { useState } from "react";

import { pageItems } from "@/api/pagination";
import { LoadMore } from "@/components/load-more";
import { QueryTable } from "@/components/query-table";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { TableCell, TableRow } from "@/components/ui/table";
import { useT } from "@/i18n/i18n-provider";
import { formatPhone } from "@/lib/br-identifiers";
import { useDebounced } from "@/lib/use-debounced";
import { DemoBadge, ScoreMeter } from "@/modules/hunter/leads/badges";
import { useLeads, type Lead, type LeadFilters } from "@/modules/hunter/leads/queries";

/** The most leads one campaign takes (the API's limit). */
export const MAX_CAMPAIGN_LEADS = 500;

function contactOf(lead: Lead): string | null {
  const phone = lead.phones[0];
  return phone ? formatPhone(phone) : (lead.emails[0] ?? null);
}

interface LeadPickerProps {
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
  error?: string;
}

/** The hunter's approved leads (best score first), to pick for a campaign: search, qualified only, select all. */
export function LeadPicker({ selected, onChange, error }: LeadPickerProps) {
  const t = useT();
  const labels = t.sdr.campaigns.new;
  const [text, setText] = useState("");
  const [qualifiedOnly, setQualifiedOnly] = useState(true);
  const q = useDebounced(text.trim()).slice(0, 100);
  const filters: LeadFilters = { status: "approved", ...(qualifiedOnly ? { qualified: true } : {}), ...(q ? { q } : {}) };
  const leads = useLeads(filters, "score");
  const items = pageItems(leads.data);
  const all = items.length > 0 && items.every((lead) => selected.has(lead.id));
  const some = items.some((lead) => selected.has(lead.id));

  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (on && next.size < MAX_CAMPAIGN_LEADS) next.add(id);
      else if (!on) next.delete(id);
    }
    onChange(next);
  };

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-end gap-4">
        <div className="w-72">
          <FormField label={labels.search}>
            <Input type="search" value={text} placeholder={labels.searchPlaceholder} onChange={(e) => setText(e.target.value)} />
          </FormField>
        </div>
        <span className="flex h-9 items-center gap-2">
          <Checkbox id="leads-qualified" checked={qualifiedOnly} onCheckedChange={(checked) => setQualifiedOnly(checked === true)} />
          <Label htmlFor="leads-qualified" className="font-normal">{labels.onlyQualified}</Label>
        </span>
        <span className="ml-auto h-9 content-center text-sm font-medium" aria-live="polite" data-testid="picked-count">{labels.selected(selected.size)}</span>
      </div>
      {error && <p className="text-xs font-medium text-destructive">{error}</p>}
      <QueryTable
        query={leads}
        headers={[
          <Checkbox key="all" aria-label={labels.selectAll} disabled={items.length === 0} checked={all ? true : some ? "indeterminate" : false} onCheckedChange={(checked) => toggle(items.map((lead) => lead.id), checked === true)} />,
          labels.columns.lead, labels.columns.score, labels.columns.contact, labels.columns.place,
        ]}
        empty={labels.noLeads}
        isEmpty={items.length === 0}
      >
        {items.map((lead) => (
          <TableRow key={lead.id} data-lead-id={lead.id}>
            <TableCell className="w-8">
              <Checkbox aria-label={labels.select(lead.name)} checked={selected.has(lead.id)} onCheckedChange={(checked) => toggle([lead.id], checked === true)} />
            </TableCell>
            <TableCell>
              <span className="font-medium">{lead.name}</span>
              {lead.demo && <span className="ml-2"><DemoBadge short /></span>}
            </TableCell>
            <TableCell><ScoreMeter score={lead.score} qualified={lead.qualified} /></TableCell>
            <TableCell className="text-muted-foreground">{contactOf(lead) ?? <span className="italic">{labels.noContact}</span>}</TableCell>
            <TableCell className="text-muted-foreground">{[lead.city, lead.state].filter(Boolean).join(" · ")}</TableCell>
          </TableRow>
        ))}
      </QueryTable>
      {!leads.isPending && items.length === 0 && (
        <Link href="/hunter/leads" className="text-sm text-primary hover:underline">{labels.reviewLeads}</Link>
      )}
      <LoadMore {...leads} />
    </div>
  );
}

"use client";

import { RadarIcon } from "lucide-react";
import Link from "next/link";
import { useMemo, useState } from "react";

import { pageItems } from "@/api/pagination";
import { useCurrentUser } from "@/auth/use-session";
import { LoadMore } from "@/components/load-more";
import { PageHeader } from "@/components/page-header";
import { buttonVariants } from "@/components/ui/button";
import { useT } from "@/i18n/i18n-provider";
import { useDebounced } from "@/lib/use-debounced";

import { canWriteHunter } from "../access";
import { BulkApproveBar } from "./bulk-approve-bar";
import { FilterBar } from "./filter-bar";
import { LeadDrawer } from "./lead-drawer";
import { approvable, LeadsTable } from "./leads-table";
import { writeListParams } from "./list-params";
import { useLeads, type Lead } from "./queries";
import { useLeadList } from "./use-lead-list";

/** `/hunter/leads`: the leads to review (filters and sort in the address), a lead in a drawer, bulk approval. */
export function LeadsPage() {
  const t = useT();
  const labels = t.hunter.leads;
  const writable = canWriteHunter(useCurrentUser());
  const list = useLeadList();
  const [text, setText] = useState(list.filters.q ?? "");
  const settled = useDebounced(text.trim());
  const filters = useMemo(() => {
    const { q: _q, ...rest } = list.filters;
    return settled ? { ...rest, q: settled.slice(0, 100) } : rest;
  }, [list.filters, settled]);
  const leads = useLeads(filters, list.sort);
  const items = pageItems(leads.data);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const picked = items.filter((lead) => selected.has(lead.id) && approvable(lead)).map((lead) => lead.id);
  const filtered = Object.keys(filters).length > 0;
  const hrefOf = (lead: Lead) => `/hunter/leads?${writeListParams({ filters: list.filters, sort: list.sort, lead: lead.id }).toString()}`;

  return (
    <>
      <PageHeader
        title={labels.title}
        subtitle={writable ? labels.subtitle : labels.subtitleOwn}
        actions={writable && (
          <Link href="/hunter/searches/new" className={buttonVariants()}>
            <RadarIcon aria-hidden />
            {t.hunter.common.newSearch}
          </Link>
        )}
      />
      {!writable && <p className="-mt-3 mb-4 text-sm text-muted-foreground">{t.hunter.common.readOnly}</p>}
      <FilterBar filters={list.filters} onFilters={(next) => { setSelected(new Set()); list.setFilters(next); }} sort={list.sort} onSort={list.setSort} text={text} onText={setText} />
      {writable && picked.length > 0 && <BulkApproveBar selected={picked} onDone={() => setSelected(new Set())} />}
      <LeadsTable
        query={leads}
        leads={items}
        empty={filtered ? labels.emptyFiltered : writable ? labels.empty : labels.emptyOwn}
        hrefOf={hrefOf}
        openId={list.lead}
        selection={writable ? { selected, onChange: setSelected } : undefined}
      />
      <div className="flex flex-wrap items-center justify-between gap-2">
        {!leads.isPending && items.length > 0 && <p className="pt-4 text-xs text-muted-foreground" data-testid="leads-count">{labels.loaded(items.length, leads.hasNextPage)}</p>}
        <LoadMore {...leads} />
      </div>
      <LeadDrawer leadId={list.lead} ids={items.map((lead) => lead.id)} onOpen={list.openLead} />
    </>
  );
}

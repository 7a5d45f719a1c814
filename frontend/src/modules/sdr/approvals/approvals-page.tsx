"use client";

import { RadioIcon } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";

import { pageItems } from "@/api/pagination";
import { useCurrentUser } from "@/auth/use-session";
import { LoadMore } from "@/components/load-more";
import { PageHeader } from "@/components/page-header";
import { QueryError } from "@/components/query-error";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { useT } from "@/i18n/i18n-provider";

import { BulkApproveBar } from "./bulk-bar";
import { DraftCard } from "./draft-card";
import { useDrafts, type Draft } from "./queries";
import { RejectDialog } from "./reject-dialog";
import { canWriteSdr } from "../access";
import { useCampaigns } from "../campaigns/queries";
import { ReadOnlyNote } from "../shared/read-only-note";

/** `/sdr/approvals`: the first contacts waiting (of one campaign with `?campaign=`), live; edit, approve, reject, many at once. */
export function ApprovalsPage() {
  const t = useT();
  const labels = t.sdr.approvals;
  const writable = canWriteSdr(useCurrentUser());
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const campaignId = params.get("campaign");
  const drafts = useDrafts(campaignId);
  const campaigns = useCampaigns();
  const items = pageItems(drafts.data);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [rejecting, setRejecting] = useState<Draft | null>(null);
  const picked = items.filter((draft) => selected.has(draft.approval_id)).map((draft) => draft.approval_id);
  const all = items.length > 0 && picked.length === items.length;

  const select = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  return (
    <>
      <PageHeader title={labels.title} subtitle={labels.subtitle} />
      <ReadOnlyNote />
      <div className="mb-4 flex flex-wrap items-end gap-4">
        <div className="w-96 max-w-full">
          <FormField label={labels.campaign}>
            <NativeSelect value={campaignId ?? ""} onChange={(e) => { setSelected(new Set()); router.replace(e.target.value ? `${pathname}?campaign=${e.target.value}` : pathname); }}>
              <option value="">{labels.anyCampaign}</option>
              {pageItems(campaigns.data).map((campaign) => <option key={campaign.id} value={campaign.id}>{campaign.name}</option>)}
            </NativeSelect>
          </FormField>
        </div>
        {writable && items.length > 0 && (
          <span className="flex h-9 items-center gap-2">
            <Checkbox id="drafts-all" checked={all ? true : picked.length > 0 ? "indeterminate" : false} onCheckedChange={(checked) => setSelected(checked === true ? new Set(items.map((draft) => draft.approval_id)) : new Set())} />
            <Label htmlFor="drafts-all" className="font-normal">{labels.selectAll}</Label>
          </span>
        )}
        <span className="ml-auto inline-flex h-9 items-center gap-1.5 text-xs text-muted-foreground">
          <RadioIcon className="size-3.5" aria-hidden />
          {labels.live}
        </span>
      </div>
      {writable && picked.length > 0 && <BulkApproveBar selected={picked} onDone={() => setSelected(new Set())} />}
      {drafts.isError ? (
        <QueryError error={drafts.error} onRetry={() => void drafts.refetch()} />
      ) : (
        <div className="grid gap-3" data-testid="drafts">
          {drafts.isPending && <Skeleton className="h-40" />}
          {!drafts.isPending && items.length === 0 && <p className="py-8 text-center text-sm text-muted-foreground">{campaignId ? labels.emptyCampaign : labels.empty}</p>}
          {items.map((draft) => (
            <DraftCard
              key={draft.approval_id}
              draft={draft}
              writable={writable}
              selected={selected.has(draft.approval_id)}
              onSelect={(on) => select(draft.approval_id, on)}
              onReject={() => setRejecting(draft)}
            />
          ))}
        </div>
      )}
      <LoadMore {...drafts} />
      <RejectDialog draft={rejecting} onClose={() => setRejecting(null)} />
    </>
  );
}

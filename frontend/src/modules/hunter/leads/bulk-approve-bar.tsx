"use client";

import { CheckCheckIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";

import { can } from "@/auth/permissions";
import { useCurrentUser } from "@/auth/use-session";
import { describeError } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { useT } from "@/i18n/i18n-provider";

import { useApproveLeads } from "./queries";

/**
 * The selected qualified leads, approved in one go (one request each, in turn); whoever may
 * run campaigns can start one with them from the toast.
 */
export function BulkApproveBar({ selected, onDone }: { selected: string[]; onDone: () => void }) {
  const t = useT();
  const labels = t.hunter.leads.bulk;
  const approve = useApproveLeads();
  const router = useRouter();
  const outreach = can(useCurrentUser(), "sdr:write");
  const [done, setDone] = useState(0);
  const run = () => {
    setDone(0);
    approve.mutate({ ids: selected, onProgress: setDone }, {
      onSuccess: ({ approved, failed }) => {
        const campaign = outreach && approved.length > 0
          ? { label: labels.startCampaign, onClick: () => router.push(`/sdr/campaigns/new?leads=${approved.map((lead) => lead.id).join(",")}`) }
          : undefined;
        if (failed.length === 0) toast.success(labels.approved(approved.length), { action: campaign });
        else toast.error(labels.partly(approved.length, failed.length, describeError(failed[0]!.error, t)));
        onDone();
      },
    });
  };
  return (
    <div className="mb-3 flex flex-wrap items-center gap-3 rounded-lg border border-primary/40 bg-primary/5 px-3 py-2 text-sm" role="region" aria-label={labels.label}>
      <span className="font-medium" aria-live="polite">{approve.isPending ? labels.progress(done, selected.length) : labels.selected(selected.length)}</span>
      <Button size="sm" disabled={approve.isPending} onClick={run}>
        <CheckCheckIcon aria-hidden />
        {labels.approve(selected.length)}
      </Button>
      <Button size="sm" variant="ghost" disabled={approve.isPending} onClick={onDone}>{labels.clear}</Button>
    </div>
  );
}

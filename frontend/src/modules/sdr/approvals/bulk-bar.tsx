"use client";

import { CheckCheckIcon } from "lucide-react";
import { toast } from "sonner";

import { describeError } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { useT } from "@/i18n/i18n-provider";

import { useBulkApprove } from "./queries";

/** The selected drafts, approved as written in one request; what could not be is said. */
export function BulkApproveBar({ selected, onDone }: { selected: string[]; onDone: () => void }) {
  const t = useT();
  const labels = t.sdr.approvals.bulk;
  const approve = useBulkApprove();
  // approved drafts leave the queue (and with the last one this bar) before the request settles
  const run = () =>
    approve.mutateAsync(selected).then(
      ({ approved, failed }) => {
        if (failed.length === 0) toast.success(labels.approved(approved.length));
        else toast.error(labels.partly(approved.length, failed.length, failed[0]!.message));
        onDone();
      },
      (error: Error) => toast.error(describeError(error, t)),
    );
  return (
    <div className="sticky top-2 z-10 mb-3 flex flex-wrap items-center gap-3 rounded-lg border border-primary/40 bg-primary/5 px-3 py-2 text-sm backdrop-blur" role="region" aria-label={labels.label}>
      <span className="font-medium" aria-live="polite">{approve.isPending ? labels.approving : labels.selected(selected.length)}</span>
      <Button size="sm" disabled={approve.isPending} onClick={run}>
        <CheckCheckIcon aria-hidden />
        {labels.approve(selected.length)}
      </Button>
      <Button size="sm" variant="ghost" disabled={approve.isPending} onClick={onDone}>{labels.clear}</Button>
    </div>
  );
}

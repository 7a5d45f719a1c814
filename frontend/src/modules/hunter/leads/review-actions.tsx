"use client";

import { CheckIcon, RefreshCwIcon, XIcon } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";

import { describeError } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { useT } from "@/i18n/i18n-provider";

import { DiscardDialog } from "./discard-dialog";
import { useApproveLead, type Lead } from "./queries";
import { RescoreDialog } from "./rescore-dialog";

/** Approve (a qualified lead goes to the SDR), discard with a reason, or re-score with feedback. */
export function ReviewActions({ lead }: { lead: Lead }) {
  const t = useT();
  const labels = t.hunter.leads.review;
  const approve = useApproveLead();
  const [discarding, setDiscarding] = useState(false);
  const [rescoring, setRescoring] = useState(false);
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap gap-2">
        {lead.status !== "approved" && (
          <Button
            disabled={approve.isPending}
            onClick={() => approve.mutate(lead.id, {
              onSuccess: (approved) => toast.success(approved.qualified ? labels.approved(lead.name) : labels.approvedBelow(lead.name)),
              onError: (error) => toast.error(describeError(error, t)),
            })}
          >
            <CheckIcon aria-hidden />
            {approve.isPending ? labels.saving : labels.approve}
          </Button>
        )}
        {lead.status !== "discarded" && (
          <Button variant="outline" onClick={() => setDiscarding(true)}>
            <XIcon aria-hidden />
            {labels.discard}
          </Button>
        )}
        <Button variant="outline" onClick={() => setRescoring(true)}>
          <RefreshCwIcon aria-hidden />
          {labels.rescore}
        </Button>
      </div>
      {lead.status !== "approved" && <p className="text-xs text-muted-foreground">{lead.qualified ? labels.approveHint : labels.approveBelowHint}</p>}
      <DiscardDialog lead={lead} open={discarding} onOpenChange={setDiscarding} />
      <RescoreDialog lead={lead} open={rescoring} onOpenChange={setRescoring} />
    </div>
  );
}

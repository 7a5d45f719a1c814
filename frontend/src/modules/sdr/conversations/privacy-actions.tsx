"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { DownloadIcon, EraserIcon } from "lucide-react";
import { toast } from "sonner";

import { api } from "@/api/client";
import { unwrap } from "@/api/problem";
import { describeError } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useT } from "@/i18n/i18n-provider";
import { saveBlob } from "@/lib/save-blob";

import { sdrKeys } from "../shared/keys";

/** The lead's personal data as the LGPD asks: everything the SDR keeps about them, or erased (its opt-out kept). */
export function PrivacyActions({ leadId, who }: { leadId: string; who: string }) {
  const t = useT();
  const labels = t.sdr.conversations.privacy;
  const queryClient = useQueryClient();
  const exported = useMutation({
    mutationFn: () => unwrap(api.GET("/api/v1/sdr/leads/{lead_id}/personal-data", { params: { path: { lead_id: leadId } } })),
    onSuccess: (data) => saveBlob(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }), `dados-pessoais-${leadId}.json`),
    onError: (error) => toast.error(describeError(error, t)),
  });
  const erased = useMutation({
    mutationFn: () => unwrap(api.DELETE("/api/v1/sdr/leads/{lead_id}/personal-data", { params: { path: { lead_id: leadId } } })),
    onSuccess: () => {
      toast.success(labels.erased(who));
      return queryClient.invalidateQueries({ queryKey: sdrKeys.all });
    },
    onError: (error) => toast.error(describeError(error, t)),
  });
  return (
    <section className="grid gap-2 border-t pt-4" aria-label={labels.title}>
      <h2 className="text-sm font-semibold">{labels.title}</h2>
      <p className="text-xs text-muted-foreground">{labels.hint}</p>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="outline" disabled={exported.isPending} onClick={() => exported.mutate()}>
          <DownloadIcon aria-hidden />
          {labels.export}
        </Button>
        <ConfirmDialog title={labels.eraseTitle(who)} description={labels.eraseBody} confirmLabel={labels.erase} onConfirm={() => erased.mutate()}>
          <Button size="sm" variant="ghost" className="text-destructive" disabled={erased.isPending}>
            <EraserIcon aria-hidden />
            {labels.erase}
          </Button>
        </ConfirmDialog>
      </div>
    </section>
  );
}

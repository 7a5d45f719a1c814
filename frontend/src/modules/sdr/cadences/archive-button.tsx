"use client";

import { ArchiveIcon } from "lucide-react";
import { toast } from "sonner";

import { describeError } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useT } from "@/i18n/i18n-provider";

import { useArchiveCadence, type Cadence } from "./queries";

/** Archives a cadence behind a confirmation (running campaigns keep it). */
export function ArchiveCadenceButton({ cadence, onArchived }: { cadence: Cadence; onArchived?: () => void }) {
  const t = useT();
  const labels = t.sdr.cadences;
  const archive = useArchiveCadence();
  return (
    <ConfirmDialog
      title={labels.archiveTitle(cadence.name)}
      description={labels.archiveBody}
      confirmLabel={labels.archive}
      // the row leaves the list before the request settles
      onConfirm={() => archive.mutateAsync(cadence.id).then(
        () => {
          toast.success(labels.archived(cadence.name));
          onArchived?.();
        },
        (error: Error) => toast.error(describeError(error, t)),
      )}
    >
      <Button variant="ghost" size="sm" disabled={archive.isPending}>
        <ArchiveIcon aria-hidden />
        {labels.archive}
      </Button>
    </ConfirmDialog>
  );
}

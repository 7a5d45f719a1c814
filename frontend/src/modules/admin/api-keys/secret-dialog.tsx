"use client";

import { TriangleAlertIcon } from "lucide-react";

import { CopyField } from "@/components/copy-field";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useT } from "@/i18n/i18n-provider";

import type { CreatedApiKey } from "../queries";

/** The new key's secret, this once; closing forgets it (only the caller's state held it). */
export function SecretDialog({ created, onClose }: { created: CreatedApiKey | null; onClose: () => void }) {
  const t = useT();
  const labels = t.admin.apiKeys;
  return (
    <Dialog open={created !== null} onOpenChange={(open) => !open && onClose()}>
      {created && (
        <DialogContent onInteractOutside={(event) => event.preventDefault()}>
          <DialogHeader>
            <DialogTitle>{labels.secretTitle}</DialogTitle>
            <DialogDescription className="flex gap-2">
              <TriangleAlertIcon className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden />
              {labels.secretBody}
            </DialogDescription>
          </DialogHeader>
          <CopyField label={`${labels.secretLabel} · ${created.name}`} value={created.key} />
          <DialogFooter>
            <Button onClick={onClose}>{labels.secretDone}</Button>
          </DialogFooter>
        </DialogContent>
      )}
    </Dialog>
  );
}

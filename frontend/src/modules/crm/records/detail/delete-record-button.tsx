"use client";

import { Trash2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";

import { describeError } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useT } from "@/i18n/i18n-provider";

import { entityLabels } from "../entity-labels";
import { useDeleteRecord, type RecordEntity } from "../queries";

/** Deletes the record after a confirmation and goes back to its list. */
export function DeleteRecordButton({ entity, id, name }: { entity: RecordEntity; id: string; name: string }) {
  const t = useT();
  const labels = t.crm.records.detail;
  const router = useRouter();
  const remove = useDeleteRecord(entity);
  return (
    <ConfirmDialog
      title={labels.deleteTitle}
      description={entity === "company" ? labels.deleteCompanyBody(name) : labels.deleteContactBody(name)}
      confirmLabel={labels.delete}
      onConfirm={() => remove.mutate(id, {
        onSuccess: () => {
          toast.success(labels.deleted);
          router.push(entityLabels(t, entity).listHref);
        },
        onError: (error) => toast.error(describeError(error, t)),
      })}
    >
      <Button variant="outline" disabled={remove.isPending}>
        <Trash2Icon aria-hidden />
        {labels.delete}
      </Button>
    </ConfirmDialog>
  );
}

"use client";

import { XIcon } from "lucide-react";
import { toast } from "sonner";

import { describeError } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { useT } from "@/i18n/i18n-provider";

import { TagPicker } from "../form/tag-picker";
import { useBulkTag, type RecordEntity } from "../queries";

interface BulkTagBarProps {
  entity: RecordEntity;
  selected: string[];
  /** Tags the selected records carry (what "remove" offers). */
  carried: string[];
  onDone: () => void;
}

/** What can be done to the selected rows at once: add a tag, remove a tag. */
export function BulkTagBar({ entity, selected, carried, onDone }: BulkTagBarProps) {
  const t = useT();
  const labels = t.crm.records.list;
  const bulk = useBulkTag(entity);
  const apply = (change: { add?: string[]; remove?: string[] }) =>
    bulk.mutate({ ids: selected, ...change }, {
      onSuccess: ({ updated }) => {
        toast.success(labels.bulkTagged(updated));
        onDone();
      },
      onError: (error) => toast.error(describeError(error, t)),
    });
  return (
    <div role="region" aria-label={labels.selected(selected.length)} className="sticky bottom-2 z-20 mb-3 flex flex-wrap items-center gap-2 rounded-lg border bg-popover p-2 shadow-md">
      <span className="px-2 text-sm font-medium" aria-live="polite">{labels.selected(selected.length)}</span>
      <TagPicker single value={[]} label={labels.addTag} disabled={bulk.isPending} onChange={([tag]) => tag && apply({ add: [tag] })} />
      <TagPicker single creatable={false} only={carried} value={[]} label={labels.removeTag} disabled={bulk.isPending || carried.length === 0} onChange={([tag]) => tag && apply({ remove: [tag] })} />
      <Button variant="ghost" size="sm" className="ml-auto" onClick={onDone}>
        <XIcon aria-hidden />
        {labels.clearSelection}
      </Button>
    </div>
  );
}

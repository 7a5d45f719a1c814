"use client";

import { PlayIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { useT } from "@/i18n/i18n-provider";

import type { RecordEntity } from "../queries";
import { ImportCounts } from "./import-counts";
import type { ImportPreview } from "./queries";
import { RowOutcomes } from "./row-outcomes";
import { StepActions } from "./step-actions";

interface PreviewStepProps {
  entity: RecordEntity;
  preview: ImportPreview;
  onBack: () => void;
  onStart: () => void;
  starting: boolean;
  error: Error | null;
}

/** Step 3: the dry run of the first rows; nothing was written yet. */
export function PreviewStep({ entity, preview, onBack, onStart, starting, error }: PreviewStepProps) {
  const t = useT();
  const labels = t.crm.records.import;
  const title = labels.previewTitle(preview.rows);
  return (
    <div className="grid gap-4">
      <h2 className="text-base font-semibold">{title}</h2>
      <ImportCounts counts={preview.counts} label={title} />
      <RowOutcomes rows={preview.outcomes} entity={entity} empty={labels.noRows} />
      <StepActions error={error} onBack={onBack}>
        <Button onClick={onStart} disabled={starting}>
          <PlayIcon aria-hidden />
          {starting ? labels.starting : labels.start}
        </Button>
      </StepActions>
    </div>
  );
}

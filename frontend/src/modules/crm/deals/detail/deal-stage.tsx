"use client";

import { RotateCcwIcon, ThumbsDownIcon, TrophyIcon } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";

import { describeError } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import type { Pipeline, Stage } from "../board-cache";
import { LostReasonDialog } from "../lost-reason-dialog";
import { isStale, useChangeStage, type Deal } from "../queries";

/**
 * Where the deal is in its pipeline, as steps to click, and the won / lost / reopen actions.
 * A lost stage asks for the reason first; the backend's message shows if it is missing.
 */
export function DealStage({ deal, pipeline, writable }: { deal: Deal; pipeline: Pipeline; writable: boolean }) {
  const t = useT();
  const labels = t.crm.deals;
  const change = useChangeStage(deal);
  const [losing, setLosing] = useState<Stage | null>(null);
  const stages = pipeline.stages;
  const current = stages.findIndex((stage) => stage.id === deal.stage_id);
  const wonStage = stages.find((stage) => stage.is_won);
  const lostStage = stages.find((stage) => stage.is_lost);
  const openStages = stages.filter((stage) => !stage.is_won && !stage.is_lost);

  const moveTo = (stage: Stage) => {
    if (stage.id === deal.stage_id || change.isPending) return;
    if (stage.is_lost && deal.status !== "lost") {
      change.reset();
      setLosing(stage);
      return;
    }
    change.mutate({ stageId: stage.id }, {
      onSuccess: (moved) => toast.success(stage.is_won ? labels.wonToast(moved.title) : labels.movedTo(stage.name)),
      onError: (error) => toast.error(isStale(error) ? labels.moveConflict(deal.title) : describeError(error, t)),
    });
  };

  const confirmLost = (reason: string) => {
    if (!losing) return;
    change.mutate({ stageId: losing.id, lostReason: reason }, {
      onSuccess: () => {
        setLosing(null);
        toast.success(labels.lostToast(deal.title));
      },
      onError: (error) => {
        if (!isStale(error)) return; // shown in the dialog
        setLosing(null);
        toast.error(labels.moveConflict(deal.title));
      },
    });
  };

  return (
    <div className="grid gap-3">
      <ol className="flex overflow-x-auto rounded-lg border" aria-label={labels.stagesOf(pipeline.name)}>
        {stages.map((stage, index) => {
          const here = stage.id === deal.stage_id;
          const passed = deal.status === "open" && index < current && !stage.is_won && !stage.is_lost;
          return (
            <li key={stage.id} className="min-w-28 flex-1 border-r last:border-r-0">
              <button
                type="button"
                disabled={!writable || change.isPending}
                aria-current={here ? "step" : undefined}
                onClick={() => moveTo(stage)}
                title={stage.is_won || stage.is_lost ? stage.name : labels.stageProbability(stage.probability)}
                className={cn(
                  "w-full truncate px-3 py-2 text-xs font-medium transition-colors enabled:hover:bg-accent disabled:cursor-default",
                  passed && "bg-primary/10",
                  here && "bg-primary text-primary-foreground enabled:hover:bg-primary/90",
                  here && stage.is_won && "bg-success text-background",
                  here && stage.is_lost && "bg-destructive text-destructive-foreground",
                )}
              >
                {stage.name}
              </button>
            </li>
          );
        })}
      </ol>
      {writable && (
        <div className="flex flex-wrap gap-2">
          {deal.status === "open" ? (
            <>
              {wonStage && (
                <Button size="sm" className="bg-success text-background hover:bg-success/90" disabled={change.isPending} onClick={() => moveTo(wonStage)}>
                  <TrophyIcon aria-hidden />
                  {labels.markWon}
                </Button>
              )}
              {lostStage && (
                <Button size="sm" variant="outline" disabled={change.isPending} onClick={() => moveTo(lostStage)}>
                  <ThumbsDownIcon aria-hidden />
                  {labels.markLost}
                </Button>
              )}
            </>
          ) : (
            openStages.length > 0 && (
              <Button size="sm" variant="outline" disabled={change.isPending} onClick={() => moveTo(openStages[openStages.length - 1]!)}>
                <RotateCcwIcon aria-hidden />
                {labels.reopen(openStages[openStages.length - 1]!.name)}
              </Button>
            )
          )}
        </div>
      )}
      <LostReasonDialog
        dealTitle={losing ? deal.title : null}
        stageName={losing?.name ?? ""}
        pending={change.isPending}
        error={change.error}
        onConfirm={confirmLost}
        onClose={() => setLosing(null)}
      />
    </div>
  );
}

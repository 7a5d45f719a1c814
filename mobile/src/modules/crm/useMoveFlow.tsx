import { useCallback, useState } from 'react';

import { useT } from '@/i18n';
import { Notice } from '@/ui/Notice';

import { MoveStageSheet } from './MoveStageSheet';
import { type DealSummary, type Stage, useMoveDeal } from './queries';
import { moveErrorText } from './wording';

/**
 * Moving deals of one pipeline: `start(deal)` opens the sheet of stages; `sheet` and
 * `outcome` (what happened to the last move) go where the screen wants them.
 */
export function useMoveFlow(pipelineId: string | undefined, stages: Stage[]) {
  const t = useT();
  const move = useMoveDeal();
  const [moving, setMoving] = useState<DealSummary | null>(null);
  const start = useCallback((deal: DealSummary) => setMoving(deal), []);

  const stageName = (id: string) => stages.find((s) => s.id === id)?.name ?? '';
  const sheet = (
    <MoveStageSheet
      deal={moving}
      stages={stages}
      onClose={() => setMoving(null)}
      onPick={(to, lostReason) => {
        if (moving && pipelineId) move.mutate({ deal: moving, pipelineId, to, lostReason });
      }}
    />
  );

  let outcome = null;
  if (move.isError && move.variables) {
    const text = moveErrorText(t, move.error, move.variables, stageName);
    outcome = <Notice tone="error" text={text} />;
  } else if (move.isSuccess) {
    const text = t('crm.moved', { title: move.data.title, stage: stageName(move.data.stage_id) });
    outcome = <Notice text={text} />;
  }

  return { start, sheet, outcome };
}

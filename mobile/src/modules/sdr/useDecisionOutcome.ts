import { saveErrorText } from '@/i18n/errorText';
import { useT } from '@/i18n';

import { alreadyDecided, useDecideDraft } from './queries';

/** Deciding drafts from the queue, and what became of the last decision, in words. */
export function useDecisionOutcome() {
  const t = useT();
  const decide = useDecideDraft();
  const name = decide.variables?.draft.name ?? '';
  let outcome: { tone: 'info' | 'error'; text: string } | null = null;
  if (decide.isError) {
    outcome = alreadyDecided(decide.error)
      ? { tone: 'info', text: t('sdr.draft.alreadyDecided', { name }) }
      : {
          tone: 'error',
          text: saveErrorText(
            t,
            decide.error,
            { offline: 'sdr.draft.offline', failed: 'sdr.draft.failed' },
            { name },
          ),
        };
  } else if (decide.isSuccess) {
    const key = decide.variables.decision.approve ? 'sdr.draft.approved' : 'sdr.draft.rejected';
    outcome = { tone: 'info', text: t(key, { name }) };
  }
  return { decide: decide.mutate, outcome };
}

import { ApiError } from '@/api/problem';
import type { MessageKey, Translate } from '@/i18n';

import { type ActivityKind, type Move, StaleDeal, type TimelineEntry } from './queries';

/** The kinds a person logs from the phone (e-mails and WhatsApp messages are the SDR's). */
export const LOGGABLE_KINDS = ['note', 'call', 'meeting', 'task'] as const;

export const kindLabel = (t: Translate, kind: ActivityKind) =>
  t(`crm.activity.kind.${kind}` as MessageKey);

export const dealsCount = (t: Translate, count: number) =>
  count === 1 ? t('crm.deals.one') : t('crm.deals.other', { count });

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** One event of a record's timeline (created, stage change, won, lost, merge, ...). */
export function eventText(t: Translate, entry: TimelineEntry): string {
  const data = entry.data ?? {};
  switch (entry.event) {
    case 'created':
      return data.stage
        ? t('crm.event.created', { stage: text(data.stage) })
        : t('crm.event.createdPlain');
    case 'stage_changed':
      return t('crm.event.stage_changed', { from: text(data.from_stage), to: text(data.to_stage) });
    case 'won':
      return t('crm.event.won');
    case 'lost':
      return t('crm.event.lost', { reason: text(data.reason) });
    case 'merged':
      return t('crm.event.merged');
    case 'converted':
      return t('crm.event.converted');
    default:
      return t('crm.event.other', { event: entry.event ?? '' });
  }
}

/** Why a move did not happen, in words; `stageName` names a stage by id. */
export function moveErrorText(
  t: Translate,
  error: unknown,
  { deal }: Move,
  stageName: (id: string) => string,
): string {
  const title = deal.title;
  if (error instanceof StaleDeal) {
    return t('crm.move.stale', { title, stage: stageName(error.current.stage_id) });
  }
  if (!(error instanceof ApiError)) return t('crm.move.offline', { title });
  if (error.fieldErrors.some((e) => e.field === 'lost_reason')) {
    return t('crm.move.needsReason', { title });
  }
  return t('crm.move.failed', { title, reason: error.message });
}

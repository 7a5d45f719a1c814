import { ApiError } from '@/api/problem';
import type { MessageKey, Translate } from '@/i18n';
import { saveErrorText } from '@/i18n/errorText';

import type { Conversation, Message, ReplyClass } from './queries';

/** The classes of a reply, in the order the inbox offers them as filters. */
export const CLASSIFICATIONS: readonly ReplyClass[] = [
  'interested',
  'objection',
  'not_now',
  'unsubscribe',
  'out_of_office',
  'other',
];

const known = (classification: string | null) =>
  (CLASSIFICATIONS as readonly (string | null)[]).includes(classification);

/** A reply's class in words (one the app does not know reads as "other"). */
export const classificationLabel = (t: Translate, classification: string | null) =>
  t(`sdr.class.${known(classification) ? classification : 'other'}` as MessageKey);

export const channelLabel = (t: Translate, channel: string) =>
  channel === 'email' || channel === 'whatsapp' ? t(`sdr.channel.${channel}`) : channel;

export const messageStatusLabel = (t: Translate, status: Message['status']) =>
  t(`sdr.message.status.${status}` as MessageKey);

/** Where the enrollment stands: its status, or why it finished. */
export function enrollmentState(t: Translate, c: Pick<Conversation, 'status' | 'finish_reason'>) {
  return c.status === 'finished' && c.finish_reason
    ? t(`sdr.finish.${c.finish_reason}` as MessageKey)
    : t(`sdr.status.${c.status}` as MessageKey);
}

/** The lead opted out: the phone offers no way to write to them again. */
export const optedOut = (c: {
  classification: string | null;
  finish_reason: Conversation['finish_reason'];
}) =>
  c.finish_reason === 'opted_out' || c.classification === 'unsubscribe';

/** Why the server refused to send an answer (409), by its problem+json `code`. */
const REFUSALS = new Map<string, MessageKey>([
  ['suppressed', 'sdr.refusal.suppressed'],
  ['demo_lead', 'sdr.refusal.demo_lead'],
  ['no_address', 'sdr.refusal.no_address'],
  ['enrollment_finished', 'sdr.refusal.enrollment_finished'],
  ['enrollment_gone', 'sdr.refusal.enrollment_gone'],
]);

/**
 * Why an answer did not go: offline, a refusal the app explains in its own words, or the
 * server's reason (a refusal of a code the app does not know, or another failure).
 */
export function answerErrorText(t: Translate, error: unknown) {
  const refused = error instanceof ApiError && error.status === 409;
  const known = refused ? REFUSALS.get(error.code) : undefined;
  if (known) return t(known);
  return saveErrorText(t, error, {
    offline: 'sdr.answer.offline',
    failed: refused ? 'sdr.answer.refused' : 'sdr.answer.failed',
  });
}

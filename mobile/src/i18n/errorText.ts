import { ApiError } from '@/api/problem';

import type { MessageKey, Translate } from '.';

/** Why a write failed: offline (the call never got an answer), or the server's reason. */
export function saveErrorText(
  t: Translate,
  error: unknown,
  keys: { offline: MessageKey; failed: MessageKey },
  values: Record<string, string> = {},
): string {
  if (!(error instanceof ApiError)) return t(keys.offline, values);
  const reason = error.fieldErrors[0]?.message ?? error.message;
  return t(keys.failed, { ...values, reason });
}

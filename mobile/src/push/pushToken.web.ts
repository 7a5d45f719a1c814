import type { PushTokenResult } from './types';

export type { PushTokenResult } from './types';

/** The web export is a preview: it registers for no pushes. */
export async function obtainPushToken(): Promise<PushTokenResult> {
  return { status: 'unavailable' };
}

import type { Href } from 'expo-router';

/**
 * What a notification says about itself: the `kind`, `link` and `data` of a NotificationRead,
 * which its push carries too (`{notification_id, link, kind, data}`). A reply's `data` is
 * `{enrollment_id, lead_id, classification, channel}`.
 */
export type Pointer = { kind?: unknown; link?: unknown; data?: unknown };

const text = (value: unknown) => (typeof value === 'string' ? value : null);

/**
 * Where a tapped notification or push opens: a reply its conversation, the SDR's other
 * news the replies inbox, an agent's approval the queue, anything else the inbox.
 */
export function destinationOf({ kind, link, data }: Pointer): Href {
  const path = text(link) ?? '';
  const enrollmentId = text((data as { enrollment_id?: unknown } | null)?.enrollment_id);
  if (kind === 'sdr.reply' && enrollmentId) {
    return { pathname: '/sdr/conversations/[id]', params: { id: enrollmentId } };
  }
  if (kind === 'sdr.reply' || path.startsWith('/sdr/')) return '/sdr/replies';
  if (path.startsWith('/agents/approvals')) return '/approvals';
  return '/notifications';
}

/** A notification about the SDR: its lists are stale once it arrives. */
export const aboutSdr = ({ kind, link }: Pointer) =>
  text(kind)?.startsWith('sdr.') || !!text(link)?.startsWith('/sdr/');

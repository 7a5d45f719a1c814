import type { Locale } from '@/i18n';

import type { Notification } from './queries';

type Wording = { title: string; body: string };
type Data = Record<string, unknown>;

/** English for the kinds the backend sends; it writes title and body in pt-BR. */
const ENGLISH: Record<string, (data: Data) => Wording> = {
  'agents.approval_requested': () => ({
    title: 'Approval pending',
    body: 'An agent prepared something that only goes out with your approval.',
  }),
  'agents.run_needs_manual_retry': (data) => ({
    title: `Agent ${String(data.agent)} stopped`,
    body: 'No AI model answered. Try again when the providers are back.',
  }),
  'agents.budget_exceeded': (data) => ({
    title: 'Daily AI budget exceeded',
    body: `Spent today: US$ ${String(data.spent_usd)} (budget US$ ${String(data.budget_usd)}).`,
  }),
};

export function notificationWording(notification: Notification, locale: Locale): Wording {
  const english = locale === 'en' ? ENGLISH[notification.kind] : undefined;
  return english ? english(notification.data) : notification;
}

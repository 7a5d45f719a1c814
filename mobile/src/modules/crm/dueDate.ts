import { dayInSaoPaulo, formatDay } from '@/i18n/format';

/** São Paulo has kept UTC-3 all year since 2019 (no daylight saving time). */
const SAO_PAULO_OFFSET = '-03:00';

const DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const DEFAULT_DUE_TIME = '18:00';

/** dd/mm/yyyy of the São Paulo day `days` after today: the quick choices of a task's due date. */
export function dayFromToday(days: number, now: Date = new Date()): string {
  const [year, month, day] = dayInSaoPaulo(now).split('-').map(Number);
  const shifted = new Date(Date.UTC(year!, month! - 1, day! + days));
  return formatDay(shifted.toISOString());
}

/**
 * "20/12/2026" and "18:00" (São Paulo) as the instant the API takes, or null when either
 * is not a real date or time.
 */
export function dueAt(date: string, time: string): string | null {
  const d = DATE.exec(date.trim());
  const t = TIME.exec(time.trim());
  if (!d || !t) return null;
  const [, day, month, year] = d;
  const probe = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (probe.getUTCDate() !== Number(day) || probe.getUTCMonth() !== Number(month) - 1) {
    return null;
  }
  return new Date(`${year}-${month}-${day}T${t[1]}:${t[2]}:00${SAO_PAULO_OFFSET}`).toISOString();
}

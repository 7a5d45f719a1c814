import type { Locale } from './locale';

/** Every date and hour the app shows is in the company's time zone, whatever the phone's. */
export const TIME_ZONE = 'America/Sao_Paulo';

const numeric = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('pt-BR', { timeZone: TIME_ZONE, ...options });

const DATE = numeric({ day: '2-digit', month: '2-digit', year: 'numeric' });
const TIME = numeric({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const HOUR = numeric({ hour: 'numeric', hourCycle: 'h23' });

const toDate = (value: Date | string) => (typeof value === 'string' ? new Date(value) : value);

/** dd/mm/yyyy in both languages (the company's convention). */
export function formatDate(value: Date | string): string {
  return DATE.format(toDate(value));
}

/** HH:mm, 24 h. */
export function formatTime(value: Date | string): string {
  return TIME.format(toDate(value));
}

/** dd/mm/yyyy HH:mm. */
export function formatDateTime(value: Date | string): string {
  return `${formatDate(value)} ${formatTime(value)}`;
}

/** "terça-feira" / "Tuesday". */
export function formatWeekday(value: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, weekday: 'long' }).format(
    toDate(value),
  );
}

/** The hour (0-23) in São Paulo. */
export function hourInSaoPaulo(value: Date = new Date()): number {
  return Number(HOUR.format(value));
}

/** R$ 1.234,56 (pt-BR) or R$1,234.56 (en): always reais. */
export function formatBRL(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'BRL' }).format(amount);
}

const DAY_PARTS = numeric({ day: '2-digit', month: '2-digit', year: 'numeric' });

/** A calendar day (an API `date`, "2026-12-20") as dd/mm/yyyy, with no time zone shift. */
export function formatDay(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** The São Paulo calendar day of a moment, as "yyyy-mm-dd". */
export function dayInSaoPaulo(value: Date = new Date()): string {
  const parts = Object.fromEntries(
    DAY_PARTS.formatToParts(value).map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** An amount the API sends as a decimal string ("12000.00"), in reais. */
export function formatMoney(amount: string | number, locale: Locale): string {
  return formatBRL(Number(amount), locale);
}

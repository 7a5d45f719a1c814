/**
 * Formatting the product's way whatever the interface language: money in BRL written the
 * Brazilian way, dates dd/mm/yyyy and times in America/Sao_Paulo.
 */
import type { Locale } from "./locales";

export const TIME_ZONE = "America/Sao_Paulo";
/** Brazil has kept UTC-3 all year since 2019. */
const SAO_PAULO_OFFSET = "-03:00";

const money = new Intl.NumberFormat("pt-BR", { style: "currency", currency: "BRL" });
const date = new Intl.DateTimeFormat("pt-BR", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });
const time = new Intl.DateTimeFormat("pt-BR", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const hour = new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, hour: "numeric", hourCycle: "h23" });

type Instant = string | number | Date;

function toDate(value: Instant): Date {
  return value instanceof Date ? value : new Date(value);
}

export function formatMoney(amount: number): string {
  return money.format(amount);
}

export function formatDate(value: Instant): string {
  return date.format(toDate(value));
}

export function formatTime(value: Instant): string {
  return time.format(toDate(value));
}

export function formatDateTime(value: Instant): string {
  return `${formatDate(value)} ${formatTime(value)}`;
}

/** The hour of the day (0-23) in São Paulo. */
export function saoPauloHour(value: Instant = new Date()): number {
  return Number(hour.format(toDate(value))) % 24;
}

/** "há 5 minutos" / "5 minutes ago", in the interface language. */
export function formatRelative(value: Instant, locale: Locale, now: number = Date.now()): string {
  const seconds = Math.round((toDate(value).getTime() - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ["second", 60], ["minute", 60], ["hour", 24], ["day", 30], ["month", 12], ["year", Infinity],
  ];
  let amount = seconds;
  for (const [unit, size] of steps) {
    if (Math.abs(amount) < size) return rtf.format(unit === "second" && Math.abs(amount) < 10 ? 0 : amount, unit);
    amount = Math.round(amount / size);
  }
  return formatDate(value);
}

/** A yyyy-mm-dd day picked in a date input, as the ISO instant it starts (or ends) in São Paulo. */
export function saoPauloDayBoundary(day: string, edge: "start" | "end"): string {
  return `${day}T${edge === "start" ? "00:00:00.000" : "23:59:59.999"}${SAO_PAULO_OFFSET}`;
}

/** "terça-feira" / "Tuesday": the day of the week in São Paulo, in the interface language. */
export function formatWeekday(value: Instant, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, weekday: "long" }).format(toDate(value));
}

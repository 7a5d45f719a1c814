/** Days without a time (a deal's expected close date, "2027-01-31") and instants, in São Paulo. */
import { TIME_ZONE } from "@/i18n/format";

const isoDay = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** Today in São Paulo, as yyyy-mm-dd. */
export function todayInSaoPaulo(now: Date = new Date()): string {
  return isoDay.format(now);
}

/** The São Paulo day (yyyy-mm-dd, for a date input) of an instant; "" for none or an invalid one. */
export function dayInSaoPaulo(instant: string | null | undefined): string {
  if (!instant) return "";
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? "" : isoDay.format(date);
}

/** "2027-01-31" as 31/01/2027 (no time zone shift: it is a day, not an instant). */
export function formatDay(day: string): string {
  const [year, month, date] = day.split("-");
  return `${date}/${month}/${year}`;
}

/** A yyyy-mm-ddThh:mm typed in a datetime-local input, as the instant it is in São Paulo. */
export function saoPauloInstant(local: string): string {
  return `${local}:00-03:00`;
}

/** Whether an instant has passed. */
export function isPast(instant: string, now: number = Date.now()): boolean {
  return new Date(instant).getTime() < now;
}

/** A saved cadence in words: its sending window and weekdays, and how long it runs. */
import type { Dictionary } from "@/i18n/dictionary";

import { totalWaitDays } from "./draft";
import type { Cadence } from "./queries";

/** `"09:00:00"` -> `"09:00"`. */
export function hhmm(time: string): string {
  return time.slice(0, 5);
}

/** `[0,1,2,3,4]` -> "Seg–Sex"; other sets day by day. */
export function weekdaysText(days: number[], t: Dictionary): string {
  const short = t.sdr.cadences.weekdaysShort;
  const sorted = [...days].sort();
  const contiguous = sorted.length > 2 && sorted.every((day, i) => i === 0 || day === sorted[i - 1]! + 1);
  return contiguous ? `${short[sorted[0]!]}–${short[sorted.at(-1)!]}` : sorted.map((day) => short[day]).join(", ");
}

export function windowText(cadence: Cadence, t: Dictionary): string {
  return t.sdr.cadences.windowValue(hhmm(cadence.window_start), hhmm(cadence.window_end), weekdaysText(cadence.weekdays, t));
}

export function spanText(cadence: Cadence, t: Dictionary): string {
  const steps = cadence.steps.map((step) => ({ kind: step.kind, days: step.days ?? 0 }));
  return `${t.sdr.cadences.stepsCount(cadence.steps.length)} · ${t.sdr.cadences.spanDays(totalWaitDays(steps))}`;
}

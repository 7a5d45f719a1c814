/**
 * The cadence builder's state and its rules, apart from the screen: ordered steps where the
 * first is always a message (WhatsApp or e-mail) that needs approval, waits in business days,
 * and the sending window, daily cap and spacing; `bodyOf` is what the API takes.
 */
import type { CadenceCreate, StepKind } from "./queries";

export const STEP_KINDS: StepKind[] = ["whatsapp", "email", "linkedin_task", "call_task", "wait"];
export const MESSAGE_KINDS: StepKind[] = ["whatsapp", "email"];
/** Monday first, as the backend numbers them (0 Monday … 6 Sunday). */
export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;
export const MAX_STEPS = 20;
export const MAX_WAIT_DAYS = 60;

export interface StepDraft {
  /** Stable across reorders (the list's React key). */
  key: string;
  kind: StepKind;
  days: number;
  subject: string;
  needsApproval: boolean;
}

export interface CadenceDraft {
  name: string;
  steps: StepDraft[];
  windowStart: string;
  windowEnd: string;
  weekdays: number[];
  dailyCap: number;
  spacingMin: number;
  spacingMax: number;
}

let keys = 0;

export function newStep(kind: StepKind): StepDraft {
  keys += 1;
  return { key: `step-${keys}`, kind, days: kind === "wait" ? 2 : 1, subject: "", needsApproval: false };
}

/** A WhatsApp first contact, a wait of 2 business days and a follow-up: the usual start. */
export function emptyDraft(): CadenceDraft {
  return {
    name: "",
    steps: [{ ...newStep("whatsapp"), needsApproval: true }, newStep("wait"), newStep("whatsapp")],
    windowStart: "09:00",
    windowEnd: "18:00",
    weekdays: [0, 1, 2, 3, 4],
    dailyCap: 40,
    spacingMin: 60,
    spacingMax: 300,
  };
}

export function isMessage(kind: StepKind): boolean {
  return MESSAGE_KINDS.includes(kind);
}

/** The first step: a message, approved by a person before anything goes out. */
function lockFirst(steps: StepDraft[]): StepDraft[] {
  return steps.map((step, index) => (index === 0 ? { ...step, needsApproval: true } : step));
}

export function addStep(draft: CadenceDraft, kind: StepKind): CadenceDraft {
  if (draft.steps.length >= MAX_STEPS) return draft;
  return { ...draft, steps: [...draft.steps, newStep(kind)] };
}

export function removeStep(draft: CadenceDraft, index: number): CadenceDraft {
  if (index === 0) return draft;
  return { ...draft, steps: draft.steps.filter((_, i) => i !== index) };
}

/** Whether the step at `index` may move by `delta` (the first step stays first). */
export function canMove(draft: CadenceDraft, index: number, delta: -1 | 1): boolean {
  const target = index + delta;
  return index > 0 && target > 0 && target < draft.steps.length;
}

export function moveStep(draft: CadenceDraft, index: number, delta: -1 | 1): CadenceDraft {
  if (!canMove(draft, index, delta)) return draft;
  const steps = [...draft.steps];
  [steps[index], steps[index + delta]] = [steps[index + delta]!, steps[index]!];
  return { ...draft, steps };
}

/** Changes one step; the first may only be a message and always needs approval. */
export function updateStep(draft: CadenceDraft, index: number, patch: Partial<Omit<StepDraft, "key">>): CadenceDraft {
  if (index === 0 && patch.kind && !isMessage(patch.kind)) return draft;
  return { ...draft, steps: lockFirst(draft.steps.map((step, i) => (i === index ? { ...step, ...patch } : step))) };
}

export function toggleWeekday(draft: CadenceDraft, day: number): CadenceDraft {
  const weekdays = draft.weekdays.includes(day) ? draft.weekdays.filter((d) => d !== day) : [...draft.weekdays, day].sort();
  return { ...draft, weekdays };
}

/** How many business days the cadence spans (its waits). */
export function totalWaitDays(steps: Pick<StepDraft, "kind" | "days">[]): number {
  return steps.reduce((sum, step) => sum + (step.kind === "wait" ? step.days : 0), 0);
}

/** The API's body: days only on waits, a subject only on e-mails (blank: the drafter writes one). */
export function bodyOf(draft: CadenceDraft): CadenceCreate {
  return {
    name: draft.name.trim(),
    steps: draft.steps.map((step, index) => ({
      kind: step.kind,
      days: step.kind === "wait" ? step.days : null,
      subject: step.kind === "email" && step.subject.trim() ? step.subject.trim() : null,
      needs_approval: index === 0 || (isMessage(step.kind) && step.needsApproval),
    })),
    window_start: draft.windowStart,
    window_end: draft.windowEnd,
    weekdays: draft.weekdays,
    daily_cap: draft.dailyCap,
    spacing_min_seconds: draft.spacingMin,
    spacing_max_seconds: draft.spacingMax,
  };
}

/** Where the backend's errors go: the cadence's fields, and each step's. */
export function cadenceFields(steps: number): string[] {
  const perStep = Array.from({ length: steps }, (_, i) => [`steps.${i}.kind`, `steps.${i}.days`, `steps.${i}.subject`, `steps.${i}.needs_approval`]).flat();
  return ["name", ...perStep, "steps", "window_start", "window_end", "weekdays", "daily_cap", "spacing_min_seconds", "spacing_max_seconds"];
}

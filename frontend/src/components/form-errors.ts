import { ApiError } from "@/api/problem";
import type { Dictionary } from "@/i18n/dictionary";

export interface FormErrors {
  /** The backend's message for a field of this form (`scopes.2` counts as `scopes`). */
  field: (name: string) => string | undefined;
  /** What no field shows: the problem's detail, or errors on fields this form does not have. */
  general: string | null;
}

/** One sentence for a failed request: the backend's detail, or a generic line with its request id. */
export function describeError(error: Error, t: Dictionary): string {
  if (!(error instanceof ApiError)) return t.app.unavailable;
  if (error.status === 429) return t.auth.tooManyAttempts(error.retryAfter ?? 60);
  const { detail, request_id: requestId } = error.problem;
  return detail ?? (requestId ? t.app.errorWithId(requestId) : t.app.error);
}

const NONE: FormErrors = { field: () => undefined, general: null };

export function formErrors(error: Error | null, fields: readonly string[], t: Dictionary): FormErrors {
  if (!error) return NONE;
  if (!(error instanceof ApiError)) return { field: () => undefined, general: describeError(error, t) };
  const owner = (field: string) => fields.find((name) => field === name || field.startsWith(`${name}.`));
  const byField: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const { field, message } of error.problem.errors ?? []) {
    const name = owner(field);
    if (name) byField[name] ??= message;
    else unplaced.push(`${field}: ${message}`);
  }
  const hasFieldErrors = Object.keys(byField).length > 0;
  const general = unplaced.length > 0 ? unplaced.join("; ") : hasFieldErrors ? null : describeError(error, t);
  return { field: (name) => byField[name], general };
}

/**
 * `formErrors`, with a model-level message naming its field (`criteria`: "employees_min: above
 * employees_max", `steps.0`: "days: ...", or a whole-body validator's `body`: "window_end: ...")
 * moved to that field (`criteria.employees_min`, `steps.0.days`, `window_end`).
 */
export function namedFormErrors(error: Error | null, fields: readonly string[], t: Dictionary): FormErrors {
  if (!(error instanceof ApiError) || !error.problem.errors) return formErrors(error, fields, t);
  const errors = error.problem.errors.map((e) => {
    const named = /^([a-z_]+): (.+)$/.exec(e.message);
    if (!named || e.field.endsWith(named[1]!)) return e;
    return { ...e, field: e.field === "body" ? named[1]! : `${e.field}.${named[1]}`, message: named[2]! };
  });
  return formErrors(new ApiError({ ...error.problem, errors }, error.retryAfter), fields, t);
}

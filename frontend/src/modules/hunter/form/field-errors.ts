import { ApiError } from "@/api/problem";
import { formErrors, type FormErrors } from "@/components/form-errors";
import type { Dictionary } from "@/i18n/dictionary";

/**
 * The form's errors, with a model-level message naming its field (`criteria`:
 * "employees_min: above employees_max") moved to that field (`criteria.employees_min`).
 */
export function hunterFormErrors(error: Error | null, fields: readonly string[], t: Dictionary): FormErrors {
  if (!(error instanceof ApiError) || !error.problem.errors) return formErrors(error, fields, t);
  const errors = error.problem.errors.map((e) => {
    const named = /^([a-z_]+): (.+)$/.exec(e.message);
    if (!named || e.field.endsWith(named[1]!)) return e;
    // a whole-body validator's error comes as `body`
    return { ...e, field: e.field === "body" ? named[1]! : `${e.field}.${named[1]}`, message: named[2]! };
  });
  return formErrors(new ApiError({ ...error.problem, errors }, error.retryAfter), fields, t);
}

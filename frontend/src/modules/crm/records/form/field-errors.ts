import { ApiError } from "@/api/problem";

/** The backend's first message for `field` itself or anything under it (`phones.0` holds `phones.0.number`). */
export function messageUnder(error: Error | null, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.problem.errors?.find((e) => e.field === field || e.field.startsWith(`${field}.`))?.message;
}

/** The backend's message for exactly `field` (a list's own error, not one of its items'). */
export function messageAt(error: Error | null, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.problem.errors?.find((e) => e.field === field)?.message;
}

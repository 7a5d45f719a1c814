/** RFC 9457 problem+json as the backend sends it, and the error type every API call throws. */
import type { components } from "./schema";

type Schemas = components["schemas"];
export type FieldError = Pick<Schemas["FieldError"], "field" | "message">;
/** The backend's Problem; ours (from the session handlers) may leave out `type`. */
export type Problem = Omit<Schemas["Problem"], "type" | "errors"> & { type?: string; errors?: FieldError[] | null };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: Problem;
  /** Seconds to wait, from Retry-After (429 and 503). */
  readonly retryAfter: number | null;

  constructor(problem: Problem, retryAfter: number | null = null) {
    super(problem.detail ?? problem.title);
    this.name = "ApiError";
    this.status = problem.status;
    this.code = problem.code;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /** The first message per field (`email`, `scopes.0`, ...), for showing next to inputs. */
  get fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const { field, message } of this.problem.errors ?? []) byField[field] ??= message;
    return byField;
  }
}

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Problem).status === "number" &&
    typeof (value as Problem).code === "string"
  );
}

function retryAfterSeconds(headers: Headers): number | null {
  const raw = headers.get("Retry-After");
  if (!raw) return null;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(raw);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** An ApiError from a failed response whose body was already parsed (or not JSON at all). */
function apiErrorFrom(response: Response, body: unknown): ApiError {
  const problem: Problem = isProblem(body)
    ? body
    : { status: response.status, code: `http_${response.status}`, title: response.statusText || "Error" };
  return new ApiError(problem, retryAfterSeconds(response.headers));
}

export async function readApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  return apiErrorFrom(response, body);
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of an openapi-fetch call, or the ApiError it failed with. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw apiErrorFrom(response, error);
  return data as T;
}

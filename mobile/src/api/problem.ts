/** One invalid field of a 422, as the backend's problem+json lists it. */
export type FieldError = { field: string; message: string; type?: string };

type ProblemBody = { title?: unknown; detail?: unknown; code?: unknown; errors?: unknown };

/** A non-2xx answer of the API, read from its problem+json body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldError[] = [],
    /** Seconds to wait, from Retry-After (429). */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static from(response: Response, body: unknown): ApiError {
    const problem = (typeof body === 'object' && body !== null ? body : {}) as ProblemBody;
    const message = [problem.detail, problem.title].find((v) => typeof v === 'string');
    const retryAfter = Number(response.headers.get('Retry-After'));
    return new ApiError(
      response.status,
      typeof problem.code === 'string' ? problem.code : `http_${response.status}`,
      (message as string | undefined) ?? `HTTP ${response.status}`,
      Array.isArray(problem.errors) ? problem.errors.filter(isFieldError) : [],
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    );
  }
}

function isFieldError(value: unknown): value is FieldError {
  const e = value as FieldError;
  return typeof e?.field === 'string' && typeof e?.message === 'string';
}

type ClientResult<T> = { data?: T; error?: unknown; response: Response };

/** The body of a successful call, or an ApiError. */
export async function unwrap<T>(call: Promise<ClientResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw ApiError.from(response, error);
  return data as T;
}

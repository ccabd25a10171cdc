import { redact } from './redact';

/** Field-level problems a 400 may carry in `details.fields` (the mock uses this shape). */
export type FieldErrors = Record<string, string>;

/**
 * The one error type of the API layer: every failed call (HTTP error, network drop, timeout,
 * malformed answer) ends up as an ApiError whose message is already redacted.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status, or 0 when no answer arrived. */
  readonly status: number;
  /** Palette's error code (`Forbidden`, `NotFound`, `TooManyRequests`...) or `NetworkError`/`Timeout`. */
  readonly code: string;
  /** Palette's correlation reference, to quote to support. */
  readonly ref: string | undefined;
  readonly fieldErrors: FieldErrors;
  /** Seconds to wait before retrying, from `Retry-After`. */
  readonly retryAfter: number | undefined;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    ref?: string | undefined;
    fieldErrors?: FieldErrors | undefined;
    retryAfter?: number | undefined;
  }) {
    super(redact(init.message));
    this.status = init.status;
    this.code = init.code;
    this.ref = init.ref;
    this.fieldErrors = Object.fromEntries(
      Object.entries(init.fieldErrors ?? {}).map(([k, v]) => [k, redact(v)]),
    );
    this.retryAfter = init.retryAfter;
  }

  /** True when the request may or may not have reached the server (no answer came back). */
  get isNoAnswer(): boolean {
    return this.status === 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const STATUS_CODES: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  429: 'TooManyRequests',
};

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

/** Builds the ApiError for a non-2xx answer from Palette's `v1Error` body, tolerating any body. */
export function errorFromResponse(status: number, body: unknown, headers: Headers): ApiError {
  const record = asRecord(body);
  const details = asRecord(record?.details);
  const fields = asRecord(details?.fields);
  const fieldErrors: FieldErrors = {};
  for (const [k, v] of Object.entries(fields ?? {})) if (typeof v === 'string') fieldErrors[k] = v;
  const message =
    typeof record?.message === 'string' && record.message.trim()
      ? record.message
      : `The server answered ${status}${typeof body === 'string' && body ? `: ${body.slice(0, 200)}` : ''}`;
  return new ApiError({
    status,
    code: typeof record?.code === 'string' ? record.code : (STATUS_CODES[status] ?? 'ServerError'),
    message,
    ref: typeof record?.ref === 'string' && record.ref ? record.ref : undefined,
    fieldErrors,
    retryAfter: parseRetryAfter(headers.get('Retry-After')),
  });
}

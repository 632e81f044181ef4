/**
 * @module The one error type the sandbox throws: one of the model's shared error shapes
 * (`example.platform`) with its `@httpError` status and its members. Handlers and the state
 * stores throw `ApiError` through the factories below, which take each shape's required members;
 * the app's error handler writes it on the wire (`http/render-api-error.ts`). It knows no HTTP
 * framework, so the state stores can report a missing order without depending on the web layer.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The kinds of failure the sandbox reports, each one of the model's error shapes. */
export type ErrorKind =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'gone'
  | 'versionRetired'
  | 'rateLimited'
  | 'internal'
  | 'unavailable';

export interface ErrorSpec {
  readonly status: ContentfulStatusCode;
  /** The error shape's name, written as `code`. */
  readonly code: string;
}

export type ErrorCatalog = Readonly<Record<ErrorKind, ErrorSpec>>;

/**
 * Status and code per kind, as `model/common/errors.smithy` declares them. Binding the API to the
 * model checks this table against the model's shapes, so a renamed error fails at start-up.
 */
export const ERROR_CATALOG: ErrorCatalog = {
  validation: { status: 400, code: 'ValidationError' },
  unauthorized: { status: 401, code: 'UnauthorizedError' },
  forbidden: { status: 403, code: 'ForbiddenError' },
  notFound: { status: 404, code: 'NotFoundError' },
  conflict: { status: 409, code: 'ConflictError' },
  gone: { status: 410, code: 'GoneError' },
  versionRetired: { status: 410, code: 'ApiVersionRetiredError' },
  rateLimited: { status: 429, code: 'RateLimitedError' },
  internal: { status: 500, code: 'InternalError' },
  unavailable: { status: 503, code: 'ServiceUnavailableError' },
};

/** A failure with its wire form: kind (status and code), message, extra members, headers. */
export class ApiError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
    readonly headers: Readonly<Record<string, string>> = {},
    /** A status other than the kind's (an injected 502 still carries `InternalError`'s code). */
    readonly status?: ContentfulStatusCode,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** One problem with one input member; `path` is a JSON Pointer into the operation's input. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

/**
 * Field errors one answer lists at most: a body with 80,000 unknown members must not become an
 * 8.9 MB error. The message says when the list was cut, since the model's `ValidationError` has
 * no member for it.
 */
export const MAX_FIELD_ERRORS = 100;
/** Longest path or message echoed back; a member name of a megabyte is cut, ending in `…`. */
export const MAX_ECHOED_CHARS = 1000;

function clip(text: string): string {
  return text.length > MAX_ECHOED_CHARS ? `${text.slice(0, MAX_ECHOED_CHARS - 1)}…` : text;
}

/** 400 `ValidationError` listing the field problems found (none when not tied to a member). */
export function validationError(message: string, fieldErrors: readonly FieldError[] = []) {
  const cut =
    fieldErrors.length > MAX_FIELD_ERRORS
      ? ` Only the first ${MAX_FIELD_ERRORS} of ${fieldErrors.length} field errors are listed.`
      : '';
  return new ApiError('validation', `${clip(message)}${cut}`, {
    fieldErrors: fieldErrors
      .slice(0, MAX_FIELD_ERRORS)
      .map((error) => ({ path: clip(error.path), message: clip(error.message) })),
  });
}

export type ResourceType = 'order' | 'client_secret' | 'webhook_endpoint' | 'user';

/** 404 `NotFoundError`, for a missing resource or another partner's (the API does not say which). */
export function notFound(message: string, resource?: { type: ResourceType; id: string }) {
  return new ApiError(
    'notFound',
    message,
    resource ? { resourceType: resource.type, resourceId: resource.id } : {},
  );
}

export type ForbiddenReason = 'insufficient_scope' | 'human_only' | 'application_suspended';

export function forbidden(
  reason: ForbiddenReason,
  message: string,
  missingScopes?: readonly string[],
  headers: Readonly<Record<string, string>> = {},
) {
  return new ApiError(
    'forbidden',
    message,
    missingScopes ? { reason, missingScopes } : { reason },
    headers,
  );
}

export type ConflictReason =
  | 'order_state'
  | 'client_secret_limit'
  | 'last_active_client_secret'
  | 'idempotency_key_reused'
  | 'idempotency_key_in_progress';

export function conflict(reason: ConflictReason, message: string) {
  return new ApiError('conflict', message, { reason });
}

/**
 * @module The one way an `ApiError` is written on the wire: a JSON body `{ code, message,
 * requestId, ...members }` with the error shape's `@httpError` status.
 */
import type { Context } from 'hono';
import { ERROR_CATALOG, type ApiError } from '../api-error.js';

/** Writes an `ApiError` as the modeled JSON error body, with the request's id. */
export function renderApiError(
  c: Context,
  error: ApiError,
  requestId: string,
  extraHeaders: Readonly<Record<string, string>> = {},
): Response {
  const { status, code } = ERROR_CATALOG[error.kind];
  const body = { code, message: error.message, requestId, ...error.details };
  return c.json(body, error.status ?? status, { ...error.headers, ...extraHeaders });
}

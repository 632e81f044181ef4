/**
 * @module The one way an `ApiError` is written on the wire: a JSON body `{ code, message,
 * requestId, ...members }` with the error shape's `@httpError` status.
 */
import type { Context } from 'hono';
import { ERROR_CATALOG, type ApiError } from '../api-error.js';

function wireForm(error: ApiError, requestId: string) {
  const { status, code } = ERROR_CATALOG[error.kind];
  const body = { code, message: error.message, requestId, ...error.details };
  return { status: error.status ?? status, body };
}

/** Writes an `ApiError` as the modeled JSON error body, with the request's id. */
export function renderApiError(
  c: Context,
  error: ApiError,
  requestId: string,
  extraHeaders: Readonly<Record<string, string>> = {},
): Response {
  const { status, body } = wireForm(error, requestId);
  return c.json(body, status, { ...error.headers, ...extraHeaders });
}

/** The same answer for a request that never reached the app (Node's adapter refused it). */
export function bareApiErrorResponse(error: ApiError, requestId: string): Response {
  const { status, body } = wireForm(error, requestId);
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...error.headers, 'content-type': 'application/json', 'x-request-id': requestId },
  });
}

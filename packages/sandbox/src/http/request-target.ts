/**
 * @module Refuses request paths whose meaning depends on who decodes them, before any route
 * sees them. The URL parser behind `Request` resolves `%2e%2e` and `..` segments (WHATWG URL),
 * so `/v2/orders/%2e%2e/%2e%2e/_sandbox/audit` would be routed as `/_sandbox/audit`; encoded
 * slashes and backslashes and double encoding are the same trick in other clothes. The check
 * reads the raw request target from Node, since the parsed URL has already been normalised.
 * Clients normalise paths before sending them (RFC 3986 §5.2.4), so refusing costs no real
 * client anything. A target Node's adapter cannot even parse becomes the same 400 (see
 * `server.ts`).
 */
import { RequestError } from '@hono/node-server';
import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from './env.js';
import { ApiError, validationError } from '../api-error.js';
import { bareApiErrorResponse } from './render-api-error.js';
import { newRequestId } from './request-id.js';

/** What is wrong with a raw request target's path, or `undefined` when it is unambiguous. */
export function ambiguousPathProblem(target: string): string | undefined {
  const path = target.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').split('?')[0] ?? '';
  if (path.includes('\\') || /%5c/i.test(path)) return 'has a backslash';
  if (/%2f/i.test(path)) return 'has an encoded slash (%2F)';
  if (/%25[0-9a-f]{2}/i.test(path)) return 'is percent-encoded twice (%25 before hex digits)';
  for (const segment of path.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return 'has a malformed percent-escape';
    }
    if (decoded === '.' || decoded === '..') return 'has a "." or ".." segment (also when encoded)';
  }
  return undefined;
}

export function requestTargetRefusal(problem: string) {
  return validationError(
    `The request path ${problem}; send the normalised path, with labels percent-encoded as RFC 3986 section 3.3 allows.`,
  );
}

export const refuseAmbiguousPaths: MiddlewareHandler<SandboxEnv> = async (c, next) => {
  const problem = ambiguousPathProblem(c.env.incoming.url ?? '');
  if (problem !== undefined) throw requestTargetRefusal(problem);
  await next();
};

/**
 * The answer to a request Node's adapter could not turn into a `Request` (a backslash in the
 * path, a bad Host header): a 400 in the API's shape instead of its empty one. Anything else
 * reaching here is a sandbox bug: logged, and a 500.
 */
export function unroutableRequestResponse(
  error: unknown,
  logError: (message: string) => void,
): Response {
  const id = newRequestId();
  if (error instanceof RequestError) {
    const refusal = validationError(
      `The request cannot be read as an HTTP URL (${error.message}); send a normalised absolute path and a valid Host header.`,
    );
    return bareApiErrorResponse(refusal, id);
  }
  logError(
    `platform-sandbox: request ${id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  return bareApiErrorResponse(
    new ApiError(
      'internal',
      `The sandbox failed to handle this request; quote the request id ${id}.`,
    ),
    id,
  );
}

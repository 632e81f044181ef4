/**
 * @module Cross-origin access for pages in a browser (the portal's request console, a partner's
 * web app in development): CORS preflights are answered and every answer names the calling
 * origin, for loopback origins by default and for the origins `corsOrigins` (`--cors-origin`)
 * adds. Credentials mode is never allowed: callers authenticate with client credentials and
 * bearer tokens they send themselves, so no cookie of the sandbox's host may ride along. The
 * headers partners act on (request id, `Retry-After`, the challenge, lifecycle) are exposed to
 * scripts. The admin surface is left out by the caller (`skip`): a web page must never move the
 * clock, inject faults or read every tenant's audit log.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { notFound } from '../api-error.js';
import { isLoopbackAddress } from '../net/address-kinds.js';
import { OAuthError, renderOAuthError } from '../oauth/oauth-error.js';
import { TOKEN_PATH } from '../oauth/token-endpoint.js';
import type { SandboxEnv } from './env.js';

/** `corsOrigins` entry that allows every origin. */
export const ANY_ORIGIN = '*';

export const CORS_ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Response headers a script may read besides the CORS-safelisted ones. */
export const CORS_EXPOSED_HEADERS = [
  'x-request-id',
  'retry-after',
  'retry-after-ms',
  'www-authenticate',
  'deprecation',
  'sunset',
  'link',
  'idempotent-replayed',
] as const;

/** How long a browser may reuse a preflight answer. */
export const CORS_MAX_AGE_SECONDS = 600;

/** Whether `origin` (an `Origin` header value) is `http(s)` on a loopback host. */
export function isLoopbackOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return host === 'localhost' || isLoopbackAddress(host);
}

/**
 * A `corsOrigins` entry as the `Origin` header spells it (`https://portal.example.com:8443`),
 * or a `TypeError` naming `what` and the accepted forms.
 */
export function checkCorsOrigin(value: string, what: string): string {
  if (value === ANY_ORIGIN) return value;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  const origin = url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.origin : '';
  if (origin === '' || (value !== origin && value !== `${origin}/`)) {
    throw new TypeError(
      `${what}: "${value}" is not an origin; give scheme, host and optional port only (https://portal.example.com), or "*" for any origin.`,
    );
  }
  return origin;
}

/** Decides which origins may call: loopback ones always, then `extra` (`*` for all). */
export function corsOriginPolicy(extra: readonly string[]): (origin: string) => boolean {
  const listed = new Set(extra);
  return (origin) => listed.has(ANY_ORIGIN) || listed.has(origin) || isLoopbackOrigin(origin);
}

/** Refuses a preflight from an origin not allowed, in the form of the endpoint it was sent to. */
function refuse(c: Context<SandboxEnv>, origin: string): Response {
  const message =
    `This sandbox does not answer browser requests from origin ${origin}: it allows loopback origins only. ` +
    `Start it with --cors-origin ${origin} (startSandbox option corsOrigins) to allow that origin.`;
  // The same errors an OPTIONS request gets without CORS: the token endpoint takes POST only,
  // and the API has no OPTIONS operation.
  if (c.req.path === TOKEN_PATH) {
    const error = new OAuthError('invalid_request', message, {
      status: 405,
      headers: { allow: 'POST' },
    });
    return renderOAuthError(c, error);
  }
  throw notFound(message);
}

export interface CorsOptions {
  readonly allowed: (origin: string) => boolean;
  /** Paths that get no CORS answer at all. */
  readonly skip: (path: string) => boolean;
}

export function cors(options: CorsOptions): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    if (options.skip(c.req.path)) return next();
    const origin = c.req.header('origin');
    const allowed = origin !== undefined && options.allowed(origin);
    const requestedMethod = c.req.header('access-control-request-method');
    if (c.req.method === 'OPTIONS' && origin !== undefined && requestedMethod !== undefined) {
      if (!allowed) return refuse(c, origin);
      const requestedHeaders = c.req.header('access-control-request-headers');
      return c.body(null, 204, {
        'access-control-allow-origin': origin,
        'access-control-allow-methods': CORS_ALLOWED_METHODS.join(', '),
        ...(requestedHeaders ? { 'access-control-allow-headers': requestedHeaders } : {}),
        'access-control-max-age': String(CORS_MAX_AGE_SECONDS),
        vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
      });
    }
    await next();
    c.res.headers.append('vary', 'Origin');
    if (allowed) {
      c.res.headers.set('access-control-allow-origin', origin);
      c.res.headers.set('access-control-expose-headers', CORS_EXPOSED_HEADERS.join(', '));
    }
  };
}

/**
 * @module Middleware that writes one audit event per request once its answer is known, for
 * every request whose application is known by then: token requests after client
 * authentication, API calls with a valid token, and unmatched routes called with a valid token.
 */
import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from '../http/env.js';
import type { AccessTokenAuthority } from '../oauth/access-tokens.js';
import type { ApplicationRegistry } from '../state/applications.js';
import type { AuditLog } from './audit-log.js';

/** What the matched route tells the audit log; routes set it as the `auditRoute` variable. */
export interface AuditedRoute {
  readonly operation?: string;
  readonly route: string;
  readonly scopes: readonly string[];
}

/** Prefixed ids (`ord_…`), numbers, and long mixed letter-digit tokens (UUIDs and the like). */
const ID_LIKE = /^[a-z]{2,5}_[0-9A-Za-z]+$|^[0-9]+$|^(?=.*[0-9])(?=.*[A-Za-z])[0-9A-Za-z-]{12,}$/;
const TEMPLATE_SAFE = /^[A-Za-z0-9._~-]+$/;

/** A request path with identifier-looking (or unprintable) segments replaced by `{id}`. */
export function routeTemplateOf(path: string): string {
  const template = path
    .split('/')
    .map((segment) =>
      segment === '' || (TEMPLATE_SAFE.test(segment) && !ID_LIKE.test(segment)) ? segment : '{id}',
    )
    .join('/');
  return template.slice(0, 256) || '/';
}

/** The methods the model's `HttpMethod` names; other requests (HEAD, OPTIONS) are not recorded. */
const AUDITED_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

export interface AuditDependencies {
  readonly log: AuditLog;
  readonly applications: ApplicationRegistry;
  readonly tokens: AccessTokenAuthority;
  readonly now: () => number;
  /** Paths that are not the partner's API (the sandbox's admin surface, discovery documents). */
  readonly ignore: (path: string) => boolean;
}

async function callerOf(
  deps: AuditDependencies,
  authorization: string | undefined,
): Promise<string | undefined> {
  const token = /^Bearer +(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) return undefined;
  try {
    return (await deps.tokens.verify(token)).clientId;
  } catch {
    return undefined;
  }
}

export function recordRequests(deps: AuditDependencies): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    if (deps.ignore(c.req.path) || !AUDITED_METHODS.has(c.req.method)) return next();
    const occurredAt = deps.now();
    await next();
    let app = c.get('application');
    if (!app) {
      const clientId = await callerOf(deps, c.req.header('authorization'));
      app = clientId === undefined ? undefined : deps.applications.byClientId(clientId);
    }
    if (!app) return;
    const route = c.get('auditRoute') ?? { route: routeTemplateOf(c.req.path), scopes: [] };
    deps.log.record({
      applicationId: app.id,
      ...(route.operation === undefined ? {} : { operation: route.operation }),
      method: c.req.method,
      route: route.route,
      scopes: route.scopes,
      statusCode: c.res.status,
      requestId: c.get('requestId'),
      occurredAt,
    });
  };
}

/**
 * @module The API's authentication: a bearer JWT from our token endpoint (RFC 6750), checked
 * for signature, expiry and a still-active application; then the operation's required scopes.
 * Failures carry the RFC 6750 `WWW-Authenticate` challenge.
 */
import type { MiddlewareHandler } from 'hono';
import type { SandboxContext } from '../context.js';
import type { SandboxEnv } from '../http/env.js';
import { ApiError, forbidden } from '../api-error.js';
import { invalidToken } from './access-tokens.js';

export const bearerAuth =
  (ctx: SandboxContext): MiddlewareHandler<SandboxEnv> =>
  async (c, next) => {
    const header = c.req.header('authorization');
    if (header === undefined) {
      throw new ApiError(
        'unauthorized',
        'No access token; send Authorization: Bearer <token> with a token from the token endpoint.',
        {},
        { 'www-authenticate': 'Bearer realm="platform"' },
      );
    }
    const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header);
    if (!match?.[1]) {
      throw invalidToken('The Authorization header is not "Bearer <token>".');
    }
    const claims = await ctx.tokens.verify(match[1]);
    const app = ctx.applications.byClientId(claims.clientId);
    if (!app) throw invalidToken('The application behind this token no longer exists.');
    if (app.status !== 'active') {
      throw forbidden(
        'application_suspended',
        'The platform has suspended this application; contact partner support.',
      );
    }
    c.set('caller', claims);
    c.set('application', app);
    await next();
  };

/** 403 naming the scopes the token lacks (all of `required` are needed). */
export function requireScopes(required: readonly string[]): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const granted = c.get('caller').scopes;
    const missing = required.filter((scope) => !granted.includes(scope));
    if (missing.length > 0) {
      throw forbidden(
        'insufficient_scope',
        `The access token lacks the scope(s) ${missing.join(', ')}; request a token with them (the application must have been granted them).`,
        missing,
        {
          'www-authenticate': `Bearer realm="platform", error="insufficient_scope", scope="${required.join(' ')}"`,
        },
      );
    }
    await next();
  };
}

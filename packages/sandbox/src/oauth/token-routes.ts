/**
 * @module Everything served at `/oauth/token`, as its own Hono app so that every answer there is
 * RFC 6749's: the client credentials grant behind fault injection on `POST`, a 405 in the §5.2
 * form for other methods, and an error handler that words any failure (an over-size body, a bad
 * fault header, a crash) as `{ error, error_description }` with `Cache-Control: no-store`,
 * never as the API's error body.
 */
import { Hono } from 'hono';
import type { SandboxContext } from '../context.js';
import { injectFaults } from '../faults/inject-faults.js';
import type { SandboxEnv } from '../http/env.js';
import { logCrash } from '../http/log-crash.js';
import { OAuthError, renderOAuthError } from './oauth-error.js';
import { TOKEN_PATH, tokenEndpoint } from './token-endpoint.js';

/** Mount with `app.route(TOKEN_PATH, tokenRoutes(...))`. */
export function tokenRoutes(
  ctx: SandboxContext,
  logError: (message: string) => void,
): Hono<SandboxEnv> {
  const token = new Hono<SandboxEnv>();
  token.post(
    '/',
    async (c, next) => {
      c.set('auditRoute', { route: TOKEN_PATH, scopes: [] });
      await next();
    },
    injectFaults(ctx, (c) => ({ target: 'token', method: c.req.method, path: c.req.path })),
    tokenEndpoint(ctx),
  );
  token.all('/', (c) => {
    throw new OAuthError(
      'invalid_request',
      `The token endpoint takes POST (RFC 6749 section 3.2), not ${c.req.method}.`,
      { status: 405, headers: { allow: 'POST' } },
    );
  });
  token.onError((error, c) => {
    if (error instanceof OAuthError) return renderOAuthError(c, error);
    logCrash(logError, c, error);
    return renderOAuthError(
      c,
      new OAuthError(
        'server_error',
        `The sandbox failed to handle this token request; quote the request id ${c.get('requestId')}.`,
        { status: 500 },
      ),
    );
  });
  return token;
}

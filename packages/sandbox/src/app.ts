/**
 * @module The sandbox's Hono app: request ids, the audit log, the token endpoint (which answers
 * in RFC 6749's form) and JWKS, the admin surface, the API routes, and the error handling that
 * turns every other failure (unknown routes and methods, crashes) into the modeled error body.
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { adminRoutes, ADMIN_PREFIX } from './admin/admin-routes.js';
import { recordRequests } from './audit/record-requests.js';
import type { SandboxContext } from './context.js';
import type { RouteMounter, SandboxEnv } from './http/env.js';
import { ApiError, notFound } from './api-error.js';
import { cors } from './http/cors.js';
import { logCrash } from './http/log-crash.js';
import { renderApiError } from './http/render-api-error.js';
import { requestId } from './http/request-id.js';
import { refuseAmbiguousPaths } from './http/request-target.js';
import { TOKEN_PATH } from './oauth/token-endpoint.js';
import { tokenRoutes } from './oauth/token-routes.js';

export const WELL_KNOWN_PREFIX = '/.well-known/';
export const JWKS_PATH = `${WELL_KNOWN_PREFIX}jwks.json`;
export const METADATA_PATH = `${WELL_KNOWN_PREFIX}oauth-authorization-server`;

export interface AppOptions {
  readonly baseUrl: string;
  /** Whether a page of this origin may call the sandbox from a browser (CORS). */
  readonly corsAllowed: (origin: string) => boolean;
  /** Where unexpected failures are reported (the error only: never headers or bodies). */
  readonly logError: (message: string) => void;
}

function fail(c: Context<SandboxEnv>, error: ApiError): Response {
  return renderApiError(c, error, c.get('requestId'));
}

export function createApp(
  ctx: SandboxContext,
  options: AppOptions,
  mountApi?: RouteMounter,
): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();

  app.use(requestId);
  // Before everything that can answer, so that errors carry CORS headers too and a browser
  // shows the caller the error instead of a network failure.
  app.use(cors({ allowed: options.corsAllowed, skip: (path) => path.startsWith(ADMIN_PREFIX) }));
  app.use(refuseAmbiguousPaths);
  app.use(
    recordRequests({
      log: ctx.audit,
      applications: ctx.applications,
      tokens: ctx.tokens,
      now: () => ctx.clock.now(),
      ignore: (path) => path.startsWith(ADMIN_PREFIX) || path.startsWith(WELL_KNOWN_PREFIX),
    }),
  );
  // The model has no 405 error; a method a path does not take is "no such operation" (404),
  // with `Allow` listing the methods it does take.
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) => {
        const error = notFound(
          `No operation ${c.req.method} ${c.req.path}; this path takes ${methods.join(', ')}.`,
        );
        return renderApiError(c, error, c.get('requestId'), { allow: methods.join(', ') });
      },
    }),
  );

  app.route(TOKEN_PATH, tokenRoutes(ctx, options.logError));
  app.get(JWKS_PATH, async (c) => c.json(await ctx.tokens.jwks()));
  app.get(METADATA_PATH, (c) =>
    c.json({
      issuer: options.baseUrl,
      token_endpoint: `${options.baseUrl}${TOKEN_PATH}`,
      jwks_uri: `${options.baseUrl}${JWKS_PATH}`,
      grant_types_supported: ['client_credentials'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      scopes_supported: ctx.knownScopes,
    }),
  );
  app.route(ADMIN_PREFIX, adminRoutes(ctx));
  mountApi?.(app);

  app.notFound((c) =>
    fail(
      c,
      notFound(
        `No operation ${c.req.method} ${c.req.path}; see the API reference for the operations of each version.`,
      ),
    ),
  );
  app.onError((error, c) => {
    if (error instanceof ApiError) return fail(c, error);
    logCrash(options.logError, c, error);
    return fail(
      c,
      new ApiError(
        'internal',
        `The sandbox failed to handle this request; quote the request id ${c.get('requestId')}.`,
      ),
    );
  });
  return app;
}

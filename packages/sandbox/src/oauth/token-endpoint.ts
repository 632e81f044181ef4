/**
 * @module `POST /oauth/token`: the client credentials grant (RFC 6749 §4.4). Authenticates the
 * client (throttling repeated failures, see `client-auth-throttle.ts`), checks the grant type and the requested scopes against the application's grant, and
 * answers a JWT access token, or an RFC 6749 §5.2 error.
 */
import type { Context, Handler } from 'hono';
import type { SandboxContext } from '../context.js';
import { BodyReadError, readBodyText } from '../http/body-text.js';
import type { SandboxEnv } from '../http/env.js';
import { tooManyTokenRequests } from '../limits/too-many-requests.js';
import type { Application } from '../state/applications.js';
import { readClientCredentials } from './client-authentication.js';
import { NO_STORE_HEADERS, OAuthError } from './oauth-error.js';

export const TOKEN_PATH = '/oauth/token';

const FORM_TYPE = 'application/x-www-form-urlencoded';

/**
 * One `name=value` pair, decoded strictly: `URLSearchParams` alone would turn a malformed or
 * non-UTF-8 percent-escape (`%FF`) into U+FFFD and authenticate or scope with that instead.
 */
function formPair(pair: string): [string, string] {
  const equals = pair.indexOf('=');
  const parts = equals < 0 ? [pair, ''] : [pair.slice(0, equals), pair.slice(equals + 1)];
  try {
    const [name = '', value = ''] = parts.map((part) =>
      decodeURIComponent(part.replaceAll('+', ' ')),
    );
    return [name, value];
  } catch {
    throw new OAuthError(
      'invalid_request',
      'The token request body is not valid form-urlencoding: a percent-escape is malformed or does not encode UTF-8.',
    );
  }
}

async function readForm(c: Context, maxBytes: number): Promise<URLSearchParams> {
  const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== FORM_TYPE) {
    throw new OAuthError('invalid_request', `The token request body must be ${FORM_TYPE}.`);
  }
  let text: string;
  try {
    text = await readBodyText(c, maxBytes);
  } catch (error) {
    if (error instanceof BodyReadError) throw new OAuthError('invalid_request', error.message);
    throw error;
  }
  const form = new URLSearchParams(text.split('&').filter(Boolean).map(formPair));
  const seen = new Set<string>();
  for (const name of form.keys()) {
    if (seen.has(name)) {
      throw new OAuthError('invalid_request', `The parameter ${name} is repeated; send it once.`);
    }
    seen.add(name);
  }
  return form;
}

function grantedScopes(app: Application, requested: string | null, known: readonly string[]) {
  if (requested === null || requested.trim() === '') return [...app.scopes];
  const scopes = [...new Set(requested.split(' ').filter(Boolean))];
  const unknown = scopes.filter((scope) => !known.includes(scope));
  if (unknown.length > 0) {
    throw new OAuthError(
      'invalid_scope',
      `Unknown scope(s): ${unknown.join(' ')}. Known scopes: ${known.join(' ')}.`,
    );
  }
  const notGranted = scopes.filter((scope) => !app.scopes.includes(scope));
  if (notGranted.length > 0) {
    throw new OAuthError(
      'invalid_scope',
      `The application was not granted: ${notGranted.join(' ')}. Granted: ${app.scopes.join(' ')}.`,
    );
  }
  return scopes;
}

/** The handler; it names the authenticated application to the audit log even if a later check fails. */
export function tokenEndpoint(ctx: SandboxContext): Handler<SandboxEnv> {
  return async (c) => {
    const form = await readForm(c, ctx.settings.maxBodyBytes);
    const credentials = readClientCredentials(c.req.header('authorization'), form);
    const address = c.env.incoming.socket.remoteAddress ?? '';
    const wait = ctx.clientAuthThrottle.lockedFor(credentials.clientId, address);
    if (wait !== undefined) {
      throw tooManyTokenRequests(
        wait,
        'Too many failed client authentications for this client id from this address; retry after the Retry-After delay with the right secret.',
      );
    }
    const app = ctx.applications.byClientId(credentials.clientId);
    // One message for an unknown id and a wrong secret, so ids cannot be probed.
    if (!app || !ctx.applications.verifySecret(app, credentials.clientSecret)) {
      ctx.clientAuthThrottle.recordFailure(credentials.clientId, address);
      throw new OAuthError(
        'invalid_client',
        'Client authentication failed: unknown client or wrong secret.',
      );
    }
    ctx.clientAuthThrottle.recordSuccess(credentials.clientId, address);
    c.set('application', app);
    const grantType = form.get('grant_type');
    if (grantType === null) {
      throw new OAuthError(
        'invalid_request',
        'grant_type is missing; send grant_type=client_credentials.',
      );
    }
    if (grantType !== 'client_credentials') {
      throw new OAuthError(
        'unsupported_grant_type',
        `grant_type ${grantType} is not supported; this endpoint issues client_credentials tokens.`,
      );
    }
    if (app.status !== 'active') {
      throw new OAuthError(
        'unauthorized_client',
        'The application is suspended and may not obtain tokens; contact partner support.',
      );
    }
    const scopes = grantedScopes(app, form.get('scope'), ctx.knownScopes);
    const token = await ctx.tokens.issue({
      clientId: app.clientId,
      partnerId: app.partnerId,
      applicationId: app.id,
      scopes,
    });
    return c.json(
      {
        access_token: token.accessToken,
        token_type: 'Bearer',
        expires_in: token.expiresIn,
        scope: scopes.join(' '),
      },
      200,
      NO_STORE_HEADERS,
    );
  };
}

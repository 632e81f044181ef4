/**
 * @module Token endpoint errors as RFC 6749 §5.2 defines them: a JSON body with `error` and
 * `error_description`, status 400 (401 for `invalid_client`), never cached. Every answer of the
 * token endpoint that is not a token has this form, including those §5.2 does not name (an
 * injected outage, a throttled client, a crash), so an OAuth client never meets the API's error
 * shape there.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The `error` codes of RFC 6749 §5.2. */
export const OAUTH_ERROR_CODES = [
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
] as const;

export type OAuthErrorCode = (typeof OAUTH_ERROR_CODES)[number];

/**
 * §5.2's codes plus the two RFC 6749 gives the authorization endpoint for answers that are not
 * the client's fault (§4.1.2.1), which OAuth servers also use at the token endpoint.
 */
export type TokenErrorCode = OAuthErrorCode | 'server_error' | 'temporarily_unavailable';

export interface OAuthErrorOptions {
  /** A status other than §5.2's 400 (401 for `invalid_client`). */
  readonly status?: ContentfulStatusCode;
  readonly headers?: Readonly<Record<string, string>>;
}

export class OAuthError extends Error {
  constructor(
    readonly error: TokenErrorCode,
    /** Written as §5.2 allows `error_description`: printable ASCII without `"` or `\`. */
    readonly description: string,
    readonly options: OAuthErrorOptions = {},
  ) {
    super(description);
    this.name = 'OAuthError';
  }
}

/** Response headers every token endpoint answer carries (RFC 6749 §5.1). */
export const NO_STORE_HEADERS = { 'cache-control': 'no-store', pragma: 'no-cache' } as const;

/** §5.2's `error_description` characters: `"` and `\` become `'`, anything else unprintable `?`. */
function descriptionText(text: string): string {
  return text.replace(/["\\]/g, "'").replace(/[^\x20-\x7e]/g, '?');
}

export function renderOAuthError(c: Context, error: OAuthError): Response {
  const status = error.options.status ?? (error.error === 'invalid_client' ? 401 : 400);
  // §5.2: a failed client authentication answers 401 with a challenge for the scheme we accept.
  const challenge: Record<string, string> =
    status === 401 ? { 'www-authenticate': 'Basic realm="platform", charset="UTF-8"' } : {};
  const body = { error: error.error, error_description: descriptionText(error.description) };
  return c.json(body, status, {
    ...NO_STORE_HEADERS,
    ...challenge,
    ...error.options.headers,
  });
}

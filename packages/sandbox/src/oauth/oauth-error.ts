/**
 * @module Token endpoint errors as RFC 6749 §5.2 defines them: a JSON body with `error` and
 * `error_description`, status 400 (401 for `invalid_client`), never cached.
 */
import type { Context } from 'hono';

/** The `error` codes of RFC 6749 §5.2, the only ones the token endpoint answers with. */
export const OAUTH_ERROR_CODES = [
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
] as const;

export type OAuthErrorCode = (typeof OAUTH_ERROR_CODES)[number];

export class OAuthError extends Error {
  constructor(
    readonly error: OAuthErrorCode,
    /** Plain ASCII without `"` or `\`, as §5.2 allows in `error_description`. */
    readonly description: string,
  ) {
    super(description);
    this.name = 'OAuthError';
  }
}

/** Response headers every token endpoint answer carries (RFC 6749 §5.1). */
export const NO_STORE_HEADERS = { 'cache-control': 'no-store', pragma: 'no-cache' } as const;

export function renderOAuthError(c: Context, error: OAuthError): Response {
  const status = error.error === 'invalid_client' ? 401 : 400;
  // §5.2: a failed client authentication answers 401 with a challenge for the scheme we accept.
  const headers: Record<string, string> =
    status === 401
      ? { ...NO_STORE_HEADERS, 'www-authenticate': 'Basic realm="platform", charset="UTF-8"' }
      : { ...NO_STORE_HEADERS };
  return c.json({ error: error.error, error_description: error.description }, status, headers);
}

/**
 * @module credentials/token-response
 *
 * Validates a token endpoint response (RFC 6749 §5.1 and §5.2): a usable bearer token and its
 * lifetime, or an {@link OAuthError} carrying the endpoint's `error` and `error_description`.
 */
import { DEFAULT_TOKEN_LIFETIME_MS } from '../defaults.js';
import { OAuthError, type OAuthErrorCode } from '../errors/oauth-error.js';
import type { PlatformResponseMetadata } from '../errors/platform-error.js';
import type { Exchanged } from '../http/exchange.js';
import type { CachedToken } from './token-cache.js';

/** True for statuses after which the token request is tried again (5xx, 429, 408). */
export function isRetryableTokenStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Turns a token endpoint response into a token, or throws {@link OAuthError}. A missing
 * `expires_in` means {@link DEFAULT_TOKEN_LIFETIME_MS}.
 */
export function processTokenResponse(
  response: Exchanged,
  now: number,
  tokenUrl: string,
  metadata: PlatformResponseMetadata,
): CachedToken {
  const body = parseJson(response.text);
  const fail = (error: OAuthErrorCode, description: string | undefined, summary: string): never => {
    throw new OAuthError(
      `Token request to ${tokenUrl} failed: ${summary}${description ? `: ${description}` : ''}`,
      error,
      description,
      { $metadata: metadata, headers: response.headers },
    );
  };
  const { status } = response;
  if (status < 200 || status >= 300) {
    const oauthError = typeof body?.error === 'string' ? body.error : undefined;
    const description =
      typeof body?.error_description === 'string'
        ? body.error_description.slice(0, 500)
        : undefined;
    if (oauthError !== undefined) return fail(oauthError, description, `${status} ${oauthError}`);
    if (status >= 300 && status < 400) {
      return fail(
        'invalid_token_response',
        undefined,
        `${status} redirect (set tokenUrl to the final URL)`,
      );
    }
    const error =
      status === 429 || status === 503
        ? 'temporarily_unavailable'
        : status >= 500
          ? 'server_error'
          : 'invalid_request';
    return fail(error, undefined, `HTTP ${status}`);
  }
  const accessToken = body?.access_token;
  if (typeof accessToken !== 'string' || accessToken === '') {
    return fail('invalid_token_response', undefined, 'the response has no access_token');
  }
  const tokenType = body?.token_type;
  if (typeof tokenType !== 'string' || tokenType.toLowerCase() !== 'bearer') {
    return fail('invalid_token_response', undefined, 'the token_type is not Bearer');
  }
  const expiresIn = body?.expires_in;
  const seconds =
    typeof expiresIn === 'string' && /^\d+$/.test(expiresIn) ? Number(expiresIn) : expiresIn;
  const lifetime =
    typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0
      ? seconds * 1000
      : DEFAULT_TOKEN_LIFETIME_MS;
  return { accessToken, issuedAt: now, expiresAt: now + lifetime };
}

/**
 * @module The 429 answer, for real rate limits and injected ones alike: `Retry-After` in whole
 * seconds (rounded up, as RFC 9110 allows only integers) and the exact wait in
 * `retry-after-ms`, with the modeled error on the API and an RFC 6749-shaped body
 * (`temporarily_unavailable`) on the token endpoint.
 */
import { ApiError } from '../api-error.js';
import { OAuthError } from '../oauth/oauth-error.js';

export function retryAfterHeaders(retryAfterMs: number): Record<string, string> {
  return {
    'retry-after': String(Math.max(0, Math.ceil(retryAfterMs / 1000))),
    'retry-after-ms': String(Math.max(0, Math.round(retryAfterMs))),
  };
}

export function tooManyRequests(retryAfterMs: number, message: string): ApiError {
  return new ApiError('rateLimited', message, {}, retryAfterHeaders(retryAfterMs));
}

export function tooManyTokenRequests(retryAfterMs: number, description: string): OAuthError {
  return new OAuthError('temporarily_unavailable', description, {
    status: 429,
    headers: retryAfterHeaders(retryAfterMs),
  });
}

/**
 * @module defaults
 *
 * Every default a partner can rely on, named and documented in one place, so that the SDK
 * reference, the guides and the code cannot disagree about a number. The refresh-ahead margins
 * of tokens are tuning, not contract: they live with the schedule that uses them.
 */

/**
 * How many times a failed call is retried (so `maxRetries + 1` attempts in all).
 * @default 2
 */
export const DEFAULT_MAX_RETRIES = 2;

/**
 * Time allowed for one attempt of an API call, from sending the request to reading the whole
 * response body.
 * @default 60_000
 */
export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Delay before the first retry; each further retry doubles it.
 * @default 500
 */
export const DEFAULT_INITIAL_RETRY_DELAY_MS = 500;

/**
 * Upper bound of the exponential backoff delay.
 * @default 8_000
 */
export const DEFAULT_MAX_RETRY_DELAY_MS = 8_000;

/**
 * Fraction of a backoff delay removed at random, so that many clients do not retry in step.
 * A delay of `d` becomes a value in `(d × (1 − jitter), d]`.
 * @default 0.25
 */
export const DEFAULT_RETRY_JITTER = 0.25;

/**
 * Longest server-requested wait (`retry-after-ms` / `Retry-After`) the client honours. A longer
 * request fails the call at once (`RateLimitError` with `retryAfterMs` on a 429).
 * @default 60_000
 */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * HTTP statuses that are retried (when the operation is safe to retry).
 * @default [408, 429, 500, 502, 503, 504]
 */
export const RETRYABLE_STATUS_CODES: readonly number[] = [408, 429, 500, 502, 503, 504];

/**
 * Time allowed for one token request to the token endpoint.
 * @default 30_000
 */
export const TOKEN_REQUEST_TIMEOUT_MS = 30_000;

/**
 * Largest token endpoint response body accepted; a larger one is refused unread.
 * @default 1_048_576
 */
export const MAX_TOKEN_RESPONSE_BYTES = 1_048_576;

/**
 * Lifetime assumed for a token whose response has no `expires_in` (the 401 path covers a
 * shorter real lifetime).
 * @default 3_600_000
 */
export const DEFAULT_TOKEN_LIFETIME_MS = 3_600_000;

/**
 * Client authentication at the token endpoint (RFC 6749 §2.3.1).
 * @default 'client_secret_basic'
 */
export const DEFAULT_CLIENT_AUTHENTICATION = 'client_secret_basic';

/**
 * Environment used when neither the `environment` option nor `PLATFORM_ENVIRONMENT` is set.
 * @default 'prod'
 */
export const DEFAULT_ENVIRONMENT = 'prod';

/** Environment variable read when the `clientId` option is absent. */
export const ENV_CLIENT_ID = 'PLATFORM_CLIENT_ID';
/** Environment variable read when the `clientSecret` option is absent. */
export const ENV_CLIENT_SECRET = 'PLATFORM_CLIENT_SECRET';
/** Environment variable read when the `environment` option is absent. */
export const ENV_ENVIRONMENT = 'PLATFORM_ENVIRONMENT';

/** Request header carrying the invocation id, the same on every attempt of one call. */
export const INVOCATION_ID_HEADER = 'x-platform-invocation-id';
/** Request header carrying the attempt number of a call, starting at 1. */
export const ATTEMPT_HEADER = 'x-platform-attempt';
/** Response header carrying the server's request id. */
export const REQUEST_ID_HEADER = 'x-request-id';

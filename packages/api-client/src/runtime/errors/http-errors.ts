/**
 * @module errors/http-errors
 *
 * The three error responses the runtime itself gives meaning to: a 401 that survived a fresh
 * token, a 429 the client will not wait out, and a retired API version.
 */
import { errorGuard } from './platform-error.js';
import { ServiceError, type ServiceErrorInit } from './service-error.js';

/** The API answered 401 twice in a row, the second time to a freshly fetched token. */
export class AuthenticationError extends ServiceError {
  static override readonly brand: string = 'AuthenticationError';
  static override readonly code: string | undefined = 'AuthenticationError';
}

/**
 * The API answered 429 and the client gave up: the retry budget ran out, the call was not safe
 * to retry, or the server asked for a wait longer than the client honours.
 */
export class RateLimitError extends ServiceError {
  static override readonly brand: string = 'RateLimitError';
  static override readonly code: string | undefined = 'RateLimitError';

  /** How long the server asked to wait, in milliseconds, if it said. */
  readonly retryAfterMs: number | undefined;

  constructor(init: ServiceErrorInit) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
  }
}

/**
 * The API version this SDK major calls has been retired (`410 Gone` with the model's
 * version-retired code). The message names the SDK major to upgrade to.
 */
export class ApiVersionGoneError extends ServiceError {
  static override readonly brand: string = 'ApiVersionGoneError';
  static override readonly code: string | undefined = 'ApiVersionGoneError';

  /** The SDK major that calls the successor version, if the model names one. */
  readonly successorMajor: number | undefined;

  constructor(init: ServiceErrorInit) {
    super(init);
    this.successorMajor = init.successorMajor;
  }
}

export const isAuthenticationError = errorGuard<AuthenticationError>(AuthenticationError.brand);
export const isRateLimitError = errorGuard<RateLimitError>(RateLimitError.brand);
export const isApiVersionGoneError = errorGuard<ApiVersionGoneError>(ApiVersionGoneError.brand);

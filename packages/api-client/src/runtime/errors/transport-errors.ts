/**
 * @module errors/transport-errors
 *
 * Calls that ended without an HTTP response: too slow, cancelled by the caller, or the
 * connection failed.
 */
import { PlatformError, errorGuard, type PlatformErrorOptions } from './platform-error.js';

/** An attempt took longer than `timeoutMs` and no retry was left. */
export class TimeoutError extends PlatformError {
  static override readonly brand: string = 'TimeoutError';
  declare readonly code: 'TimeoutError';
  /** The per-attempt limit that was exceeded. */
  readonly timeoutMs: number;

  constructor(message: string, timeoutMs: number, options?: PlatformErrorOptions) {
    super('TimeoutError', message, options);
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's `abortSignal` fired; `cause` is the signal's reason. */
export class AbortError extends PlatformError {
  static override readonly brand: string = 'AbortError';
  declare readonly code: 'AbortError';

  constructor(message: string, options?: PlatformErrorOptions) {
    super('AbortError', message, options);
  }
}

/** The connection failed (DNS, refused, reset, TLS) and no retry was left; see `cause`. */
export class ConnectionError extends PlatformError {
  static override readonly brand: string = 'ConnectionError';
  declare readonly code: 'ConnectionError';

  constructor(message: string, options?: PlatformErrorOptions) {
    super('ConnectionError', message, options);
  }
}

export const isTimeoutError = errorGuard<TimeoutError>(TimeoutError.brand);
export const isAbortError = errorGuard<AbortError>(AbortError.brand);
export const isConnectionError = errorGuard<ConnectionError>(ConnectionError.brand);

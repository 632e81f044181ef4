/**
 * @module http/retry-policy
 *
 * When and how long the client waits before trying again, as data: what is retried, the
 * exponential backoff with jitter, and how far a server's `Retry-After` is honoured.
 */
import {
  DEFAULT_INITIAL_RETRY_DELAY_MS,
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_RETRY_DELAY_MS,
  DEFAULT_RETRY_JITTER,
  MAX_RETRY_AFTER_MS,
  RETRYABLE_STATUS_CODES,
} from '../defaults.js';

/** The retry policy of a client. Every field has a named default in `defaults`. */
export interface RetryPolicy {
  /**
   * Retries after the first attempt. A 401 re-send with a fresh token does not count.
   * @default 2
   */
  readonly maxRetries: number;
  /**
   * Backoff before retry `n` (0-based) is `min(initialDelayMs × 2^n, maxDelayMs)`, less jitter.
   * @default 500
   */
  readonly initialDelayMs: number;
  /** @default 8_000 */
  readonly maxDelayMs: number;
  /**
   * Fraction of the backoff removed at random: the wait lies in `(d × (1 − jitter), d]`.
   * @default 0.25
   */
  readonly jitter: number;
  /**
   * Longest `retry-after-ms` / `Retry-After` obeyed; a longer one ends the call at once.
   * @default 60_000
   */
  readonly maxRetryAfterMs: number;
  /**
   * Statuses retried. Connection errors and attempt timeouts are always retried.
   * @default [408, 429, 500, 502, 503, 504]
   */
  readonly statusCodes: readonly number[];
}

/** The documented defaults. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  maxRetries: DEFAULT_MAX_RETRIES,
  initialDelayMs: DEFAULT_INITIAL_RETRY_DELAY_MS,
  maxDelayMs: DEFAULT_MAX_RETRY_DELAY_MS,
  jitter: DEFAULT_RETRY_JITTER,
  maxRetryAfterMs: MAX_RETRY_AFTER_MS,
  statusCodes: RETRYABLE_STATUS_CODES,
});

/** The backoff before retry number `retry` (0 for the first), given a random draw in [0, 1). */
export function backoffDelay(policy: RetryPolicy, retry: number, random: number): number {
  const ceiling = Math.min(policy.initialDelayMs * 2 ** retry, policy.maxDelayMs);
  return ceiling * (1 - policy.jitter * random);
}

/**
 * The wait a response asks for, in milliseconds: `retry-after-ms`, else `Retry-After` as
 * seconds or an HTTP date; `undefined` when neither is present and valid.
 */
export function requestedDelay(
  headers: Readonly<Record<string, string>>,
  now: number,
): number | undefined {
  const ms = headers['retry-after-ms'];
  if (ms !== undefined && /^\s*\d+(?:\.\d+)?\s*$/.test(ms)) return Number(ms);
  const after = headers['retry-after'];
  if (after === undefined) return undefined;
  if (/^\s*\d+(?:\.\d+)?\s*$/.test(after)) return Number(after) * 1000;
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait before retry number `retry`: what the server asked for, else the backoff. `undefined`
 * when the server asked for more than `maxRetryAfterMs` (the call then fails at once).
 */
export function retryDelay(
  policy: RetryPolicy,
  retry: number,
  requested: number | undefined,
  random: number,
): number | undefined {
  if (requested === undefined) return backoffDelay(policy, retry, random);
  return requested <= policy.maxRetryAfterMs ? requested : undefined;
}

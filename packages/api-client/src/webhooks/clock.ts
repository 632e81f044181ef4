/**
 * @module
 * Unix-seconds time for signing and the replay window for verifying. A timestamp outside
 * `toleranceSeconds` of now, in either direction, is refused: too old is a replay or a delivery
 * stuck in a queue, too new is a skewed clock on one side.
 */

import { WebhookVerificationError } from './errors.js';
import { WEBHOOK_TIMESTAMP_HEADER } from './headers.js';

/** How far `X-Webhook-Timestamp` may be from now, in either direction, by default. */
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;

/** Largest unix time in seconds we accept (12 digits); larger numbers are milliseconds by mistake. */
const MAX_UNIX_SECONDS = 999_999_999_999;

/**
 * A `Date`, or unix seconds, as unix seconds. A number too large to be seconds is refused: it is
 * almost always `Date.now()` (milliseconds) passed by mistake.
 */
export function toUnixSeconds(value: unknown, option: string): number {
  if (value instanceof Date) {
    const seconds = value.getTime() / 1000;
    if (seconds >= 0 && seconds <= MAX_UNIX_SECONDS) return seconds;
    throw new TypeError(`${option} must be a valid Date between 1970 and the year 33658.`);
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new TypeError(`${option} must be a Date or unix time in seconds (a number ≥ 0).`);
  }
  if (value > MAX_UNIX_SECONDS) {
    throw new TypeError(
      `${option} is ${value}, which is milliseconds, not seconds. Pass a Date or Math.floor(Date.now() / 1000).`,
    );
  }
  return value;
}

export function toToleranceSeconds(value: unknown): number {
  if (value === undefined) return DEFAULT_WEBHOOK_TOLERANCE_SECONDS;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new TypeError(
      `toleranceSeconds must be a finite number of seconds ≥ 0 (default ${DEFAULT_WEBHOOK_TOLERANCE_SECONDS}).`,
    );
  }
  return value;
}

/** Refuses a signing time more than `tolerance` seconds before or after `now`. */
export function checkTimestampWindow(timestamp: number, now: number, tolerance: number): void {
  const age = now - timestamp;
  if (age > tolerance || -age > tolerance) throw outsideWindow(timestamp, age, tolerance);
}

/** Apart from its check, which runs on every delivery, so that the check stays small to inline. */
function outsideWindow(
  timestamp: number,
  age: number,
  tolerance: number,
): WebhookVerificationError {
  const tooOld = age > tolerance;
  return new WebhookVerificationError({
    code: 'timestamp_out_of_range',
    reason: tooOld ? 'timestamp_too_old' : 'timestamp_too_new',
    headerName: WEBHOOK_TIMESTAMP_HEADER,
    message: `${WEBHOOK_TIMESTAMP_HEADER} ${timestamp} is ${Math.abs(Math.round(age))} s ${
      tooOld ? 'in the past' : 'in the future'
    }, outside the ${tolerance} s tolerance. ${
      tooOld
        ? 'A replayed or long-delayed delivery; if your clock is right, let the sender retry.'
        : "The sender's or this machine's clock is off; synchronise it (NTP)."
    }`,
  });
}

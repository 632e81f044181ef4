/**
 * @module config/check-count
 *
 * The check of a whole-number option, shared by the client's constructor and the `/redis`
 * factories so both word a bad count the same way. Its own module, so that `/redis` does not
 * pull the client's configuration (and its transports) into its bundle.
 */
import { ConfigurationError } from '../errors/usage-errors.js';

/** A timer longer than this fires at once in every runtime (it overflows 32 bits). */
export const MAX_TIMER_MS = 2_147_483_647;

/**
 * `value` (or `fallback` when absent) checked to be a whole number in `[min, max]`; throws a
 * {@link ConfigurationError} naming `option` otherwise.
 */
export function checkCount(
  option: string,
  value: unknown,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ConfigurationError(
      option,
      `must be a whole number from ${min} to ${max} (got ${String(value)}).`,
    );
  }
  return value;
}

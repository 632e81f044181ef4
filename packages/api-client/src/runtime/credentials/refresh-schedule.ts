/**
 * @module credentials/refresh-schedule
 *
 * The two refresh-ahead tiers of a token. Background: once the remaining lifetime is at most
 * `min(50 %, max(120 s, 25 %))` of the lifetime, the token still serves and a new one is fetched
 * alongside. Blocking: with at most `min(30 s, 25 %)` left the token is never sent again.
 */
import type { CachedToken } from './token-cache.js';

/**
 * After a failed background refresh, the current token keeps serving and the next background
 * attempt waits at least this long.
 * @default 5_000
 * @internal
 */
export const BACKGROUND_REFRESH_RETRY_DELAY_MS = 5_000;

/**
 * Background refresh starts once the remaining lifetime is at most
 * `min(lifetime × 50 %, max(120 s, lifetime × 25 %))`.
 * @default 120_000
 * @internal
 */
export const BACKGROUND_REFRESH_MIN_MARGIN_MS = 120_000;

/**
 * A token with at most `min(30 s, lifetime × 25 %)` left is never sent: callers wait for a
 * new one.
 * @default 30_000
 * @internal
 */
export const BLOCKING_REFRESH_MAX_MARGIN_MS = 30_000;

/** The instants (epoch ms) at which a token enters each tier. */
export interface RefreshSchedule {
  /** From here on a background refresh is started. */
  readonly backgroundAt: number;
  /** From here on the token is not sent; callers wait for a new one. */
  readonly blockingAt: number;
}

/** Computes both tiers from the token's lifetime. */
export function refreshSchedule(token: CachedToken): RefreshSchedule {
  const lifetime = Math.max(0, token.expiresAt - token.issuedAt);
  const quarter = lifetime * 0.25;
  return {
    backgroundAt:
      token.expiresAt -
      Math.min(lifetime * 0.5, Math.max(BACKGROUND_REFRESH_MIN_MARGIN_MS, quarter)),
    blockingAt: token.expiresAt - Math.min(BLOCKING_REFRESH_MAX_MARGIN_MS, quarter),
  };
}

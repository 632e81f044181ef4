/**
 * @module redis/memory-replay-guard
 *
 * The {@link ReplayGuard} of a single process: the same contract as the Redis one, for one
 * process, development and tests. Ids expire in the order they were taken, since they all live
 * equally long, so forgetting the expired ones costs nothing per call.
 */
import { checkCount } from '../runtime/config/check-count.js';
import { DEFAULT_REPLAY_GUARD_TTL_SECONDS } from './defaults.js';
import { checkDeliveryId, MAX_REPLAY_GUARD_TTL_SECONDS, type ReplayGuard } from './replay-guard.js';

/** Options of {@link createMemoryReplayGuard}. */
export interface MemoryReplayGuardOptions {
  /** How long an id is remembered, in seconds. @default 86_400 */
  readonly ttlSeconds?: number;
}

/** A {@link ReplayGuard} in this process's memory. */
export function createMemoryReplayGuard(options: MemoryReplayGuardOptions = {}): ReplayGuard {
  const ttlMs =
    checkCount(
      'ttlSeconds',
      options.ttlSeconds,
      DEFAULT_REPLAY_GUARD_TTL_SECONDS,
      1,
      MAX_REPLAY_GUARD_TTL_SECONDS,
    ) * 1000;
  /** Id → when it expires, in the order ids were taken (a Map keeps insertion order). */
  const taken = new Map<string, number>();
  const forgetExpired = (now: number): void => {
    for (const [id, expiresAt] of taken) {
      if (expiresAt > now) return;
      taken.delete(id);
    }
  };
  return {
    async firstDelivery(id) {
      checkDeliveryId(id);
      const now = Date.now();
      forgetExpired(now);
      if (taken.has(id)) return false;
      taken.set(id, now + ttlMs);
      return true;
    },
    async release(id) {
      taken.delete(checkDeliveryId(id));
    },
  };
}

/**
 * @module redis/replay-guard
 *
 * Each webhook delivery processed once across a fleet: `firstDelivery(id)` is `SET NX EX` on the
 * delivery id, so exactly one process of the fleet sees `true` for it; `release(id)` lets the
 * retry of a delivery whose handler failed run again (ARCHITECTURE.md §4.7). Use it after
 * `verifyWebhook`, on the id it returns: an unverified id proves nothing.
 *
 * Redis trouble rejects with `RedisUnavailableError` rather than guessing: answer the delivery
 * with a 5xx and the sender retries it.
 */
import { checkCount } from '../runtime/config/check-count.js';
import { MAX_WEBHOOK_ID_LENGTH } from '../webhooks/headers.js';
import { commandRunner, integer, RedisUnavailableError, stringOrNull } from './commands.js';
import type { RedisCommandClient } from './commands.js';
import {
  DEFAULT_REDIS_COMMAND_TIMEOUT_MS,
  DEFAULT_REDIS_KEY_PREFIX,
  DEFAULT_REPLAY_GUARD_TTL_SECONDS,
} from './defaults.js';
import { checkRedisOptions } from './options.js';

/** Remembers which webhook deliveries were already taken on. */
export interface ReplayGuard {
  /**
   * `true` the first time delivery `id` is seen (within the guard's time to live), `false` for
   * every repeat: a retry, or the same delivery arriving at another process.
   */
  firstDelivery(id: string): Promise<boolean>;
  /** Forgets `id`, so that a retry of a delivery whose handler failed is processed. */
  release(id: string): Promise<void>;
}

/** Options of {@link createRedisReplayGuard}. */
export interface RedisReplayGuardOptions {
  /** A connected Redis client: node-redis (`createClient()` from `redis`) as is, others through `sendCommand`. */
  readonly client: RedisCommandClient;
  /** How long an id is remembered, in seconds. @default 86_400 */
  readonly ttlSeconds?: number;
  /** Prefix of every key written. @default 'platform-api-client:' */
  readonly keyPrefix?: string;
  /** Time allowed per Redis command. @default 500 */
  readonly commandTimeoutMs?: number;
}

/** Longest time to live: a year, far beyond any retry schedule. */
export const MAX_REPLAY_GUARD_TTL_SECONDS = 31_536_000;

/** A {@link ReplayGuard} shared by every process that uses the same Redis and key prefix. */
export function createRedisReplayGuard(options: RedisReplayGuardOptions): ReplayGuard {
  const { client, keyPrefix, commandTimeoutMs } = checkRedisOptions(options, {
    keyPrefix: DEFAULT_REDIS_KEY_PREFIX,
    commandTimeoutMs: DEFAULT_REDIS_COMMAND_TIMEOUT_MS,
  });
  const ttl = String(
    checkCount(
      'ttlSeconds',
      options.ttlSeconds,
      DEFAULT_REPLAY_GUARD_TTL_SECONDS,
      1,
      MAX_REPLAY_GUARD_TTL_SECONDS,
    ),
  );
  const run = commandRunner(client, commandTimeoutMs);
  const key = (id: string): string => `${keyPrefix}webhook:${checkDeliveryId(id)}`;
  return {
    async firstDelivery(id) {
      const reply = stringOrNull(await run(['SET', key(id), '1', 'NX', 'EX', ttl]), 'SET');
      if (reply === null) return false;
      if (reply === 'OK') return true;
      throw new RedisUnavailableError('Redis SET answered neither OK nor nil');
    },
    async release(id) {
      integer(await run(['DEL', key(id)]), 'DEL');
    },
  };
}

/** `id` if it can be a delivery id (`X-Webhook-Id`); a programming mistake otherwise. */
export function checkDeliveryId(id: string): string {
  if (typeof id !== 'string' || id === '' || id.length > MAX_WEBHOOK_ID_LENGTH) {
    throw new TypeError(
      `a delivery id is a non-empty string of at most ${MAX_WEBHOOK_ID_LENGTH} characters: pass the id verifyWebhook returned.`,
    );
  }
  return id;
}

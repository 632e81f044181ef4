/**
 * @module
 * `@platform/api-client/redis`: fleet mode (ARCHITECTURE.md §4.7). A token cache that a fleet
 * of processes shares through Redis, so the fleet makes one token request per token lifetime,
 * and a replay guard, so each webhook delivery is processed once across the fleet. Works with
 * any Redis client that has `sendCommand` (node-redis as is); Redis trouble never fails an API
 * call. Every public name is listed here; nothing is re-exported wholesale.
 */

export {
  DEFAULT_REDIS_COMMAND_TIMEOUT_MS,
  DEFAULT_REDIS_KEY_PREFIX,
  DEFAULT_REPLAY_GUARD_TTL_SECONDS,
  TOKEN_LOCK_LEASE_MS,
} from './defaults.js';
export { RedisUnavailableError, type RedisCommandClient } from './commands.js';
export { createRedisTokenCache, type RedisTokenCacheOptions } from './token-cache.js';
export {
  createRedisReplayGuard,
  type RedisReplayGuardOptions,
  type ReplayGuard,
} from './replay-guard.js';
export { createMemoryReplayGuard, type MemoryReplayGuardOptions } from './memory-replay-guard.js';

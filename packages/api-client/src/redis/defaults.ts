/**
 * @module redis/defaults
 *
 * Every default of fleet mode (ARCHITECTURE.md §4.7), named and documented in one place so the
 * guide, the SDK reference and the code cannot disagree about a number.
 */

/**
 * Prefix of every key the token cache and the replay guard write, so they share a Redis with
 * other applications without colliding.
 * @default 'platform-api-client:'
 */
export const DEFAULT_REDIS_KEY_PREFIX = 'platform-api-client:';

/**
 * Time allowed for one Redis command. Past it the token cache goes on without Redis (the
 * process uses its own token), and the replay guard rejects. A reply that already arrived is
 * still read, however busy the process.
 * @default 500
 */
export const DEFAULT_REDIS_COMMAND_TIMEOUT_MS = 500;

/**
 * Lease of the lock a process takes to fetch the fleet's token. The holder renews it while it
 * lives, so this is how long the fleet waits for a holder that died before another takes over.
 * @default 5_000
 */
export const TOKEN_LOCK_LEASE_MS = 5_000;

/**
 * How long a webhook delivery id is remembered. Retries of a delivery keep its id but are
 * signed afresh, so this must outlast the sender's retries, not only the 300 s timestamp window.
 * @default 86_400 (one day)
 */
export const DEFAULT_REPLAY_GUARD_TTL_SECONDS = 86_400;

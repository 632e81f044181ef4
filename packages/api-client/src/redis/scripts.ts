/**
 * @module redis/scripts
 *
 * The Lua scripts of the token cache. Each one is a compare-and-act that must be atomic: a
 * separate GET and DEL would let another process's write slip in between (ARCHITECTURE.md §4.7).
 */

/** KEYS[1] token; ARGV[1] prefix of the rejected token's value. Deletes it only if still stored. */
export const DELETE_TOKEN_IF_HELD = `
local value = redis.call('GET', KEYS[1])
if value and string.sub(value, 1, string.len(ARGV[1])) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0`;

/**
 * KEYS[1] token, KEYS[2] lock; ARGV[1] owner, ARGV[2] lease ms. Takes the lock if it is free and
 * then returns the stored value ('' for none), so the new holder sees a token written just
 * before; `nil` when someone else holds the lock.
 */
export const ACQUIRE_LOCK = `
if redis.call('SET', KEYS[2], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return redis.call('GET', KEYS[1]) or ''
end
return false`;

/** KEYS[1] lock; ARGV[1] owner, ARGV[2] lease ms. Renews the lease only for its owner. */
export const RENEW_LOCK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0`;

/** KEYS[1] lock; ARGV[1] owner. Releases the lock only for its owner. */
export const RELEASE_LOCK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0`;

/**
 * KEYS[1] token, KEYS[2] lock; ARGV[1] sealed token, ARGV[2] ms until it expires, ARGV[3] owner.
 * Stores the token and releases the lock in one step, so a waiter never finds the lock free
 * and the token not yet there.
 */
export const STORE_AND_RELEASE = `
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
if redis.call('GET', KEYS[2]) == ARGV[3] then
  redis.call('DEL', KEYS[2])
end
return 1`;

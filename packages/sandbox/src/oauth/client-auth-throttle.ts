/**
 * @module Throttles guessing at the token endpoint, the way authorization servers' brute-force
 * protection does: after `maxFailures` failed client authentications for one client id from one
 * address within `windowSeconds`, that pair is locked for `lockoutSeconds` and every token
 * request from it gets a 429 with `Retry-After` before its secret is even looked at. Unknown
 * client ids are throttled like known ones, so a 429 says nothing about which ids exist.
 *
 * Two bounds keep an attacker from locking a real client out: attempts during a lockout do not
 * extend it, and the lock is per address, so failures from elsewhere never block the client's
 * own machine. A success clears only its own client id and address.
 */

export interface ClientAuthThrottlePolicy {
  /** Failed authentications of one client id from one address that lock it. @default 10 */
  readonly maxFailures: number;
  /** How far back failures count. @default 60 */
  readonly windowSeconds: number;
  /** How long a lock lasts; it is never extended. @default 60 */
  readonly lockoutSeconds: number;
}

export const DEFAULT_CLIENT_AUTH_THROTTLE: ClientAuthThrottlePolicy = {
  maxFailures: 10,
  windowSeconds: 60,
  lockoutSeconds: 60,
};

/** Client id and address pairs remembered at most; past it the least recently failed go first. */
const MAX_TRACKED = 10_000;

interface Tracked {
  /** Times of the failures still inside the window, oldest first. */
  failures: number[];
  lockedUntil?: number;
}

export class ClientAuthThrottle {
  readonly #tracked = new Map<string, Tracked>();

  /** `policy: null` turns throttling off. */
  constructor(
    private readonly now: () => number,
    private readonly policy: ClientAuthThrottlePolicy | null,
  ) {}

  /** How long the pair must still wait, in milliseconds, or `undefined` when it may try. */
  lockedFor(clientId: string, address: string): number | undefined {
    const tracked = this.#tracked.get(keyOf(clientId, address));
    const now = this.now();
    if (tracked?.lockedUntil === undefined) return undefined;
    if (tracked.lockedUntil > now) return tracked.lockedUntil - now;
    this.#tracked.delete(keyOf(clientId, address));
    return undefined;
  }

  recordFailure(clientId: string, address: string): void {
    if (!this.policy) return;
    const key = keyOf(clientId, address);
    const now = this.now();
    const since = now - this.policy.windowSeconds * 1000;
    const tracked = this.#tracked.get(key) ?? { failures: [] };
    tracked.failures = [...tracked.failures.filter((time) => time > since), now];
    if (tracked.failures.length >= this.policy.maxFailures) {
      tracked.lockedUntil = now + this.policy.lockoutSeconds * 1000;
      tracked.failures = [];
    }
    // Re-inserted last, so the map's first entries are the least recently failed.
    this.#tracked.delete(key);
    this.#tracked.set(key, tracked);
    for (const oldest of this.#tracked.keys()) {
      if (this.#tracked.size <= MAX_TRACKED) break;
      this.#tracked.delete(oldest);
    }
  }

  recordSuccess(clientId: string, address: string): void {
    this.#tracked.delete(keyOf(clientId, address));
  }
}

function keyOf(clientId: string, address: string): string {
  return `${address}\u0000${clientId}`;
}

/**
 * @module Deterministic randomness for seeded data and demo credentials: the same seed gives the
 * same partners, orders, users and secrets on every run, so docs, tests and demos can name them.
 */
import { createHmac } from 'node:crypto';

/** A small, fast PRNG (mulberry32); good enough for synthetic data, not for secrets. */
export class SeededRandom {
  #state: number;

  constructor(seed: string) {
    this.#state = createHmac('sha256', 'platform-sandbox').update(seed).digest().readUInt32BE(0);
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick() needs at least one item');
    return item;
  }
}

/** A secret-looking value derived from the seed (HMAC), stable for a given seed and label. */
export function derivedSecret(seed: string, label: string, length = 40): string {
  return createHmac('sha256', seed).update(label).digest('base64url').slice(0, length);
}

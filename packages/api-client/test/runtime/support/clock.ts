/**
 * @module test/runtime/support/clock
 *
 * A clock tests control: time moves only when a test advances it or the runtime sleeps, and
 * every sleep is recorded instead of waited for. With `holdSleeps`, sleeps never end on their
 * own, so a test can abort during one.
 */
import type { Clock } from '../../../src/runtime/internal.js';

export class ManualClock implements Clock {
  time = Date.parse('2025-01-01T00:00:00Z');
  readonly sleeps: number[] = [];
  holdSleeps = false;
  /** Resolves when the runtime starts a sleep (for tests that abort during one). */
  sleeping: Promise<void>;
  #wake: () => void = () => undefined;

  constructor() {
    this.sleeping = this.#nextSleep();
  }

  #nextSleep(): Promise<void> {
    return new Promise((resolve) => {
      this.#wake = resolve;
    });
  }

  now(): number {
    return this.time;
  }

  advance(ms: number): void {
    this.time += ms;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    this.#wake();
    this.sleeping = this.#nextSleep();
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (!this.holdSleeps) {
      this.time += ms;
      return Promise.resolve();
    }
    return new Promise((_resolve, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  }
}

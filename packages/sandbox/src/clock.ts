/**
 * @module The sandbox's notion of "now". Token lifetimes, rate-limit windows, audit times and
 * webhook timestamps all read it, so a test can move time forward (to expire a token, say)
 * without sleeping and without touching the process clock.
 */

export class SandboxClock {
  #offsetMs = 0;

  constructor(private readonly source: () => number = Date.now) {}

  /** Milliseconds since the epoch, as the sandbox sees it. */
  now(): number {
    return this.source() + this.#offsetMs;
  }

  /** Whole seconds since the epoch, as JWT and webhook timestamps use. */
  nowSeconds(): number {
    return Math.floor(this.now() / 1000);
  }

  /** Moves the sandbox's time forward (or back, with a negative value). */
  advance(ms: number): void {
    this.#offsetMs += ms;
  }

  /** How far the sandbox's time is from its source. */
  get offsetMs(): number {
    return this.#offsetMs;
  }
}

/**
 * @module redis/token-lock
 *
 * The fleet's single flight: a lease lock (`SET NX PX`) that one process takes to fetch the
 * token for everyone. The holder renews the lease while it lives and releases it as soon as its
 * fetch succeeds (storing the token in the same step) or fails, so waiters never sit out a lease
 * for nothing; a holder that dies is replaced when its lease runs out (ARCHITECTURE.md §4.7).
 */
import { encodeBase64Url } from './base64url.js';
import { integer, stringOrNull, type RunCommand } from './commands.js';
import { TOKEN_LOCK_LEASE_MS } from './defaults.js';
import { ACQUIRE_LOCK, RELEASE_LOCK, RENEW_LOCK, STORE_AND_RELEASE } from './scripts.js';

/** The Redis keys of one cache entry: its token and its lock. */
export interface EntryKeys {
  readonly token: string;
  readonly lock: string;
}

/** A lock this process holds; see the module documentation. */
export class TokenLock {
  readonly #run: RunCommand;
  readonly #keys: EntryKeys;
  readonly #owner: string;

  private constructor(run: RunCommand, keys: EntryKeys, owner: string) {
    this.#run = run;
    this.#keys = keys;
    this.#owner = owner;
  }

  /**
   * Takes the lock if it is free: then the lock and the value stored at that moment (`''` for
   * none); `undefined` while another process holds it.
   */
  static async acquire(
    run: RunCommand,
    keys: EntryKeys,
  ): Promise<{ lock: TokenLock; stored: string } | undefined> {
    const owner = encodeBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(16)));
    const reply = stringOrNull(
      await run([
        'EVAL',
        ACQUIRE_LOCK,
        '2',
        keys.token,
        keys.lock,
        owner,
        String(TOKEN_LOCK_LEASE_MS),
      ]),
      'EVAL',
    );
    return reply === null ? undefined : { lock: new TokenLock(run, keys, owner), stored: reply };
  }

  /** Renews the lease every third of it until the returned function is called. */
  keepAlive(): () => void {
    const timer = setInterval(() => {
      this.#run([
        'EVAL',
        RENEW_LOCK,
        '1',
        this.#keys.lock,
        this.#owner,
        String(TOKEN_LOCK_LEASE_MS),
      ]).catch(() => undefined);
    }, TOKEN_LOCK_LEASE_MS / 3);
    return () => clearInterval(timer);
  }

  /** Stores `sealed` for `ttlMs` and releases the lock, in one step. */
  async storeAndRelease(sealed: string, ttlMs: number): Promise<void> {
    integer(
      await this.#run([
        'EVAL',
        STORE_AND_RELEASE,
        '2',
        this.#keys.token,
        this.#keys.lock,
        sealed,
        String(Math.max(1, Math.floor(ttlMs))),
        this.#owner,
      ]),
      'EVAL',
    );
  }

  /** Releases the lock (if it is still ours). */
  async release(): Promise<void> {
    integer(await this.#run(['EVAL', RELEASE_LOCK, '1', this.#keys.lock, this.#owner]), 'EVAL');
  }
}

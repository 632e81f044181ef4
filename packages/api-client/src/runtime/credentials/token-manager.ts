/**
 * @module credentials/token-manager
 *
 * The token state machine of one client. It holds at most one current token and at most one
 * refresh in flight, and answers two questions: "which token do I send now?" ({@link
 * TokenManager.token}) and "that token was rejected, which one now?" ({@link TokenManager.renew}).
 *
 * - Fresh: the current token is served, synchronously.
 * - Background tier: the current token is served and one refresh runs alongside. If it fails,
 *   the token keeps serving and the next background attempt waits `BACKGROUND_REFRESH_RETRY_DELAY_MS`.
 * - Blocking tier or no token: callers join the one refresh in flight (single-flight) or start it.
 *   A failure reaches every waiter and is not remembered: the next call tries again.
 * - Rejected (401): the rejected token is dropped if it is still current, and callers wait for a
 *   refresh started after the drop — never one started before it, which could return the same token.
 *   That refresh carries the rejected token to the source, so a shared cache can remove it and
 *   hand out one replacement to every client that saw it refused (ARCHITECTURE.md §4.7).
 *
 * Every refresh takes a generation number when it starts. A result is installed only if no
 * newer refresh has been installed and no token was dropped since it started, so a slow, stale
 * refresh can never overwrite a newer token.
 */
import type { Logger } from '../smithy-types.js';
import type { Clock } from '../http/clock.js';
import { BACKGROUND_REFRESH_RETRY_DELAY_MS, refreshSchedule } from './refresh-schedule.js';
import type { CachedToken } from './token-cache.js';

/** Where new tokens come from: the token endpoint, or a partner's own provider. */
export interface TokenSource {
  /** Obtains a token; `rejected` is the token the API just refused, when that is why. */
  fetch(rejected?: string): Promise<CachedToken>;
}

interface Current {
  readonly accessToken: string;
  readonly backgroundAt: number;
  readonly blockingAt: number;
}

interface Refresh {
  readonly promise: Promise<string>;
  readonly generation: number;
}

/** See the module documentation. */
export class TokenManager {
  readonly #source: TokenSource;
  readonly #clock: Clock;
  readonly #logger: Logger | undefined;
  #current: Current | undefined;
  #refresh: Refresh | undefined;
  #generation = 0;
  #installedGeneration = 0;
  #droppedGeneration = 0;
  #backgroundNotBefore = 0;

  constructor(source: TokenSource, clock: Clock, logger?: Logger) {
    this.#source = source;
    this.#clock = clock;
    this.#logger = logger;
  }

  /** The token to send now: a string when one is usable, else a promise of the next one. */
  token(): string | Promise<string> {
    const now = this.#clock.now();
    const current = this.#current;
    if (current !== undefined && now < current.blockingAt) {
      if (
        now >= current.backgroundAt &&
        this.#refresh === undefined &&
        now >= this.#backgroundNotBefore
      ) {
        this.#start(undefined, true).catch(() => undefined);
      }
      return current.accessToken;
    }
    return this.#refresh?.promise ?? this.#start(undefined, false);
  }

  /** The token to re-send with after the API refused `rejected`; never `rejected` itself. */
  renew(rejected: string): Promise<string> {
    const current = this.#current;
    if (current?.accessToken === rejected) {
      this.#current = undefined;
      this.#droppedGeneration = ++this.#generation;
    } else if (current !== undefined && this.#clock.now() < current.blockingAt) {
      return Promise.resolve(current.accessToken);
    }
    const refresh = this.#refresh;
    if (refresh !== undefined && refresh.generation > this.#droppedGeneration)
      return refresh.promise;
    return this.#start(rejected, false);
  }

  #start(rejected: string | undefined, background: boolean): Promise<string> {
    const generation = ++this.#generation;
    const promise = this.#source.fetch(rejected).then(
      (token) => {
        this.#settle(generation);
        if (generation > this.#installedGeneration && generation > this.#droppedGeneration) {
          this.#installedGeneration = generation;
          this.#current = { accessToken: token.accessToken, ...refreshSchedule(token) };
        }
        return token.accessToken;
      },
      (error: unknown) => {
        this.#settle(generation);
        if (background) {
          this.#backgroundNotBefore = this.#clock.now() + BACKGROUND_REFRESH_RETRY_DELAY_MS;
          this.#logger?.warn(
            `platform-api-client: background token refresh failed, the current token keeps serving: ${String(
              (error as Error | undefined)?.message ?? error,
            )}`,
          );
        }
        throw error;
      },
    );
    this.#refresh = { promise, generation };
    return promise;
  }

  #settle(generation: number): void {
    if (this.#refresh?.generation === generation) this.#refresh = undefined;
  }
}

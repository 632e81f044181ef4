/**
 * @module redis/token-cache
 *
 * `createRedisTokenCache`: the {@link TokenCache} a fleet of processes shares, so that the fleet
 * makes one token request per token lifetime (ARCHITECTURE.md §4.7). Its `getOrFetch` reads the
 * fleet's token, or takes the lease lock and fetches it for everyone (`token-lock`), or waits for
 * the holder — never longer than the token request timeout, then it fetches itself. After a 401
 * it first removes the rejected token if it is still the stored one, so exactly one process
 * fetches the replacement. Tokens are stored sealed (`token-sealing`). Any Redis trouble ends in
 * the process's own fetch: the client keeps its token in memory, so a call never fails for it.
 */
import type {
  CachedToken,
  SecretKeyMaterial,
  TokenCache,
  TokenCacheRequest,
} from '../runtime/credentials/token-cache.js';
import { systemClock } from '../runtime/http/clock.js';
import { encodeBase64Url } from './base64url.js';
import {
  commandRunner,
  integer,
  RedisUnavailableError,
  stringOrNull,
  type RedisCommandClient,
  type RunCommand,
} from './commands.js';
import { DEFAULT_REDIS_COMMAND_TIMEOUT_MS, DEFAULT_REDIS_KEY_PREFIX } from './defaults.js';
import { OutageLog } from './outage.js';
import { checkRedisOptions } from './options.js';
import { DELETE_TOKEN_IF_HELD } from './scripts.js';
import { TokenLock, type EntryKeys } from './token-lock.js';
import {
  deriveSealingKeys,
  openToken,
  sealedPrefix,
  sealToken,
  tokenId,
  type SealingKeys,
} from './token-sealing.js';

/** Options of {@link createRedisTokenCache}. */
export interface RedisTokenCacheOptions {
  /** A connected Redis client: node-redis (`createClient()` from `redis`) as is, others through `sendCommand`. */
  readonly client: RedisCommandClient;
  /** Prefix of every key written. @default 'platform-api-client:' */
  readonly keyPrefix?: string;
  /** Time allowed per Redis command before the process goes on alone. @default 500 */
  readonly commandTimeoutMs?: number;
}

/** First pause between two looks at a lock held elsewhere; it doubles up to the next one. */
const FIRST_POLL_MS = 5;
const MAX_POLL_MS = 100;

/** What one cache key maps to in Redis, and the keys its tokens are sealed with. */
interface Entry {
  readonly keys: EntryKeys;
  readonly sealing: SealingKeys;
}

/**
 * A {@link TokenCache} in Redis for the `tokenCache` option of every client of the fleet. The
 * client calls only `getOrFetch`; `get`, `set` and `delete` serve inspection and work for the
 * cache keys a client of this process has used (the sealing keys come from its secret).
 */
export function createRedisTokenCache(options: RedisTokenCacheOptions): TokenCache {
  const { client, keyPrefix, commandTimeoutMs } = checkRedisOptions(options, {
    keyPrefix: DEFAULT_REDIS_KEY_PREFIX,
    commandTimeoutMs: DEFAULT_REDIS_COMMAND_TIMEOUT_MS,
  });
  return new RedisTokenCache(commandRunner(client, commandTimeoutMs), keyPrefix);
}

class RedisTokenCache implements TokenCache {
  readonly #run: RunCommand;
  readonly #prefix: string;
  readonly #entries = new Map<string, Promise<Entry>>();
  readonly #outage = new OutageLog();

  constructor(run: RunCommand, prefix: string) {
    this.#run = run;
    this.#prefix = prefix;
  }

  async getOrFetch(request: TokenCacheRequest): Promise<CachedToken> {
    let fetched: Promise<CachedToken> | undefined;
    const fetchOnce = (): Promise<CachedToken> => (fetched ??= request.fetch());
    const entry = await this.#entry(request.key, request.secretKey);
    try {
      const token = await this.#coordinate(request, entry, fetchOnce);
      this.#outage.succeeded(request.logger);
      return token;
    } catch (error) {
      if (!(error instanceof RedisUnavailableError)) throw error;
      this.#outage.failed(request.logger, error);
      return fetchOnce();
    }
  }

  async get(key: string): Promise<CachedToken | undefined> {
    const entry = await this.#entries.get(key);
    if (entry === undefined) return undefined;
    return openToken(entry.sealing, entry.keys.token, await this.#read(entry));
  }

  async set(key: string, token: CachedToken): Promise<void> {
    await this.#store(await this.#known(key), token);
  }

  async delete(key: string, accessToken: string): Promise<void> {
    const entry = await this.#entries.get(key);
    if (entry !== undefined) await this.#deleteIfHeld(entry, accessToken);
  }

  async #coordinate(
    request: TokenCacheRequest,
    entry: Entry,
    fetchOnce: () => Promise<CachedToken>,
  ): Promise<CachedToken> {
    if (request.rejected !== undefined) await this.#deleteIfHeld(entry, request.rejected);
    const deadline = Date.now() + request.maxWaitMs;
    for (let pause = FIRST_POLL_MS; ; pause = Math.min(pause * 2, MAX_POLL_MS)) {
      const stored = await this.#usable(request, entry, await this.#read(entry));
      if (stored !== undefined) return stored;
      const acquired = await TokenLock.acquire(this.#run, entry.keys);
      if (acquired !== undefined) {
        const written = await this.#usable(request, entry, acquired.stored);
        if (written !== undefined) {
          await acquired.lock.release();
          return written;
        }
        return this.#fetchHolding(acquired.lock, entry, fetchOnce);
      }
      if (Date.now() + pause > deadline || request.signal.aborted) break;
      const slept = await systemClock.sleep(pause / 2 + Math.random() * pause, request.signal).then(
        () => true,
        () => false,
      );
      if (!slept) break;
    }
    // The holder took longer than a token request may: fetch here rather than wait on.
    const token = await fetchOnce();
    await this.#store(entry, token);
    return token;
  }

  async #fetchHolding(
    lock: TokenLock,
    entry: Entry,
    fetchOnce: () => Promise<CachedToken>,
  ): Promise<CachedToken> {
    const stop = lock.keepAlive();
    let token: CachedToken;
    try {
      token = await fetchOnce();
    } catch (error) {
      stop();
      // Waiters take over at once instead of sitting out the lease; the fetch's error is ours.
      await lock.release().catch(() => undefined);
      throw error;
    }
    stop();
    const ttl = token.expiresAt - Date.now();
    if (ttl > 0) {
      await lock.storeAndRelease(await sealToken(entry.sealing, entry.keys.token, token), ttl);
    } else {
      await lock.release();
    }
    return token;
  }

  async #store(entry: Entry, token: CachedToken): Promise<void> {
    const ttl = Math.floor(token.expiresAt - Date.now());
    if (ttl <= 0) return;
    const sealed = await sealToken(entry.sealing, entry.keys.token, token);
    stringOrNull(await this.#run(['SET', entry.keys.token, sealed, 'PX', String(ttl)]), 'SET');
  }

  async #read(entry: Entry): Promise<string | null> {
    return stringOrNull(await this.#run(['GET', entry.keys.token]), 'GET');
  }

  async #usable(
    request: TokenCacheRequest,
    entry: Entry,
    value: string | null,
  ): Promise<CachedToken | undefined> {
    if (value === null || value === '') return undefined;
    const token = await openToken(entry.sealing, entry.keys.token, value);
    return token !== undefined && token.accessToken !== request.rejected && request.isFresh(token)
      ? token
      : undefined;
  }

  async #deleteIfHeld(entry: Entry, accessToken: string): Promise<void> {
    const prefix = sealedPrefix(await tokenId(entry.sealing, accessToken));
    integer(await this.#run(['EVAL', DELETE_TOKEN_IF_HELD, '1', entry.keys.token, prefix]), 'EVAL');
  }

  #entry(cacheKey: string, secretKey: SecretKeyMaterial): Promise<Entry> {
    let entry = this.#entries.get(cacheKey);
    if (entry === undefined) {
      entry = redisKeys(this.#prefix, cacheKey).then(async (keys) => ({
        keys,
        sealing: await deriveSealingKeys(secretKey, cacheKey),
      }));
      this.#entries.set(cacheKey, entry);
      entry.catch(() => this.#entries.delete(cacheKey));
    }
    return entry;
  }

  async #known(cacheKey: string): Promise<Entry> {
    const entry = await this.#entries.get(cacheKey);
    if (entry === undefined) {
      throw new TypeError(
        'no client of this process has used this cache key: tokens are sealed with a key derived from its secret, so only a client can store them',
      );
    }
    return entry;
  }
}

/**
 * The Redis keys of a cache key: a digest, so the key stays short and shows neither the client
 * id nor the secret's fingerprint. The braces are a cluster hash tag, keeping the token and its
 * lock in one slot, as the Lua scripts that touch both require.
 */
async function redisKeys(prefix: string, cacheKey: string): Promise<EntryKeys> {
  const digest = await globalThis.crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(cacheKey),
  );
  const tag = encodeBase64Url(new Uint8Array(digest).subarray(0, 16));
  return { token: `${prefix}token:{${tag}}`, lock: `${prefix}token-lock:{${tag}}` };
}

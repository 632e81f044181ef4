/**
 * How the client goes through a shared cache (`credentials/cache-fetch`): a cache with
 * `getOrFetch` is handed the request and decides when to fetch; whatever it does wrong — fail
 * before fetching, fail after, answer garbage — the call gets a token or the fetch's own error,
 * and the token endpoint is asked at most once.
 */
import { describe, expect, it } from 'vitest';
import { fetchThroughCache } from '../../src/runtime/credentials/cache-fetch.js';
import type {
  CachedToken,
  TokenCache,
  TokenCacheRequest,
} from '../../src/runtime/credentials/token-cache.js';
import { tokenCacheSecretKey } from '../../src/runtime/credentials/token-cache.js';
import { recordingLogger } from './support/privacy.js';

const TOKEN: CachedToken = { accessToken: 'at_fresh', issuedAt: 0, expiresAt: 1e15 };

async function request(fetch: () => Promise<CachedToken>, rejected?: string) {
  const logger = recordingLogger();
  const made: TokenCacheRequest = {
    key: 'k',
    secretKey: await tokenCacheSecretKey('secret'),
    isFresh: (token) => token.expiresAt > Date.now(),
    rejected,
    fetch,
    maxWaitMs: 30_000,
    signal: new AbortController().signal,
    logger,
  };
  return { made, logger };
}

const storage = (): TokenCache => ({
  get: () => undefined,
  set: () => undefined,
  delete: () => undefined,
});

describe('a cache with getOrFetch', () => {
  it('gets the whole request, rejected token included, and its answer is the token', async () => {
    let seen: TokenCacheRequest | undefined;
    const cache: TokenCache = { ...storage(), getOrFetch: (r) => ((seen = r), r.fetch()) };
    const { made } = await request(() => Promise.resolve(TOKEN), 'at_old');
    expect(await fetchThroughCache(cache, made)).toEqual(TOKEN);
    expect(seen?.rejected).toBe('at_old');
    expect(seen?.isFresh(TOKEN)).toBe(true);
  });

  it('falls back to one fetch, with a warning, when it fails before fetching', async () => {
    let fetches = 0;
    const cache: TokenCache = { ...storage(), getOrFetch: () => Promise.reject(new Error('down')) };
    const { made, logger } = await request(() => (fetches++, Promise.resolve(TOKEN)));
    expect(await fetchThroughCache(cache, made)).toEqual(TOKEN);
    expect(fetches).toBe(1);
    expect(logger.lines.filter((l) => l.startsWith('warn') && l.includes('down'))).toHaveLength(1);
  });

  it('returns the fetched token when it fails after fetching, and never fetches twice', async () => {
    let fetches = 0;
    const cache: TokenCache = {
      ...storage(),
      getOrFetch: async (r) => {
        await r.fetch();
        await r.fetch();
        throw new Error('could not store');
      },
    };
    const { made } = await request(() => (fetches++, Promise.resolve(TOKEN)));
    expect(await fetchThroughCache(cache, made)).toEqual(TOKEN);
    expect(fetches).toBe(1);
  });

  it('passes the fetch’s own failure on', async () => {
    const cache: TokenCache = { ...storage(), getOrFetch: (r) => r.fetch() };
    const { made } = await request(() => Promise.reject(new Error('invalid_client')));
    await expect(fetchThroughCache(cache, made)).rejects.toThrow('invalid_client');
  });

  it('fetches itself when the answer is not a token', async () => {
    const cache: TokenCache = {
      ...storage(),
      getOrFetch: () => Promise.resolve({ accessToken: 42 } as unknown as CachedToken),
    };
    const { made } = await request(() => Promise.resolve(TOKEN));
    expect(await fetchThroughCache(cache, made)).toEqual(TOKEN);
  });
});

describe('a cache with get, set and delete only', () => {
  it('removes the rejected token before looking, and never returns it', async () => {
    const calls: string[] = [];
    const cache: TokenCache = {
      get: () => (calls.push('get'), { ...TOKEN, accessToken: 'at_old' }),
      set: (_key, token) => void calls.push(`set ${token.accessToken}`),
      delete: (_key, token) => void calls.push(`delete ${token}`),
    };
    const { made } = await request(() => Promise.resolve(TOKEN), 'at_old');
    expect(await fetchThroughCache(cache, made)).toEqual(TOKEN);
    expect(calls).toEqual(['delete at_old', 'get', 'set at_fresh']);
  });

  it('serves a stored token the client would still serve, without fetching', async () => {
    const cache: TokenCache = { ...storage(), get: () => TOKEN };
    const { made } = await request(() => Promise.reject(new Error('must not fetch')));
    expect(await fetchThroughCache(cache, made)).toEqual(TOKEN);
  });
});

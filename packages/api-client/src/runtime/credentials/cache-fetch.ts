/**
 * @module credentials/cache-fetch
 *
 * How a client gets a token through a shared cache, so that cache trouble never fails a call
 * (ARCHITECTURE.md §4.2, §4.7). A cache that coordinates fetching (`getOrFetch`) decides when to
 * fetch; a simple cache (`get` / `set` / `delete`) is consulted around the fetch. Either way the
 * fetch runs at most once per request, and only its own failure reaches the caller.
 */
import type { Logger } from '../smithy-types.js';
import type { CachedToken, TokenCache, TokenCacheRequest } from './token-cache.js';

/** A usable token for `request`, through `cache`; see the module documentation. */
export function fetchThroughCache(
  cache: TokenCache,
  request: TokenCacheRequest,
): Promise<CachedToken> {
  return cache.getOrFetch === undefined
    ? throughStorage(cache, request)
    : throughCoordinator(cache, request);
}

async function throughCoordinator(
  cache: TokenCache,
  request: TokenCacheRequest,
): Promise<CachedToken> {
  let fetched: Promise<CachedToken> | undefined;
  const fetchOnce = (): Promise<CachedToken> => (fetched ??= request.fetch());
  try {
    const token = await cache.getOrFetch!({ ...request, fetch: fetchOnce });
    if (!isCachedToken(token)) throw new TypeError('getOrFetch resolved to something not a token');
    return token;
  } catch (error) {
    // Once the fetch ran, its outcome is the answer: its token, or its own failure.
    if (fetched !== undefined) return fetched;
    warn(request.logger, error);
    return fetchOnce();
  }
}

async function throughStorage(cache: TokenCache, request: TokenCacheRequest): Promise<CachedToken> {
  const { key, rejected, logger } = request;
  if (rejected !== undefined) await guarded(logger, () => cache.delete(key, rejected));
  const stored = await guarded(logger, () => cache.get(key));
  if (isCachedToken(stored) && stored.accessToken !== rejected && request.isFresh(stored)) {
    return stored;
  }
  const token = await request.fetch();
  await guarded(logger, () => cache.set(key, token));
  return token;
}

async function guarded<T>(
  logger: Logger | undefined,
  operation: () => T | Promise<T>,
): Promise<T | undefined> {
  try {
    return await operation();
  } catch (error) {
    warn(logger, error);
    return undefined;
  }
}

function warn(logger: Logger | undefined, error: unknown): void {
  logger?.warn(
    `platform-api-client: token cache failed, asking the token endpoint instead: ${
      error instanceof Error ? error.message : String(error)
    }`,
  );
}

function isCachedToken(value: unknown): value is CachedToken {
  const token = value as Partial<CachedToken> | undefined;
  return (
    typeof token?.accessToken === 'string' &&
    token.accessToken !== '' &&
    Number.isFinite(token.issuedAt) &&
    Number.isFinite(token.expiresAt)
  );
}

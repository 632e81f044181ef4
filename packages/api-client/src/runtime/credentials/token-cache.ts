/**
 * @module credentials/token-cache
 *
 * Where access tokens can be kept beyond one client: the cache interface (implemented in memory
 * here, and by a Redis-backed cache for a fleet of processes), and the key that keeps one
 * application's token away from another's.
 */

/** An access token and its lifetime, as cached. Epoch milliseconds. */
export interface CachedToken {
  readonly accessToken: string;
  /** When the token was issued (the lifetime is `expiresAt − issuedAt`). */
  readonly issuedAt: number;
  readonly expiresAt: number;
}

/**
 * A store of access tokens shared by several clients. The client consults it only when it needs
 * a new token, and writes every token it fetches. Each method may return a promise; a failing
 * cache never fails a call (the client logs it and asks the token endpoint).
 */
export interface TokenCache {
  /** The token stored under `key`, if any (expired ones may be returned; the client checks). */
  get(key: string): CachedToken | undefined | Promise<CachedToken | undefined>;
  /** Stores `token` under `key`. */
  set(key: string, token: CachedToken): void | Promise<void>;
  /** Removes the entry under `key` only if it still holds `accessToken` (compare-and-delete). */
  delete(key: string, accessToken: string): void | Promise<void>;
}

/**
 * An in-process {@link TokenCache}. Pass one instance to several clients to share their tokens;
 * without a `tokenCache` option each client keeps its own token.
 */
export class InMemoryTokenCache implements TokenCache {
  readonly #entries = new Map<string, CachedToken>();

  get(key: string): CachedToken | undefined {
    return this.#entries.get(key);
  }

  set(key: string, token: CachedToken): void {
    this.#entries.set(key, token);
  }

  delete(key: string, accessToken: string): void {
    if (this.#entries.get(key)?.accessToken === accessToken) this.#entries.delete(key);
  }
}

/** What a cache entry is keyed by: never the secret itself. */
export interface TokenCacheKeyParts {
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly scopes: readonly string[];
  readonly clientSecret: string;
}

const FINGERPRINT_CONTEXT = 'platform-api-client/secret-fingerprint/v1\0';

/**
 * The cache key of a token: token URL, client id, sorted scopes and a SHA-256 fingerprint of
 * the secret, so that a client with a wrong secret never rides on another client's token.
 */
export async function tokenCacheKey(parts: TokenCacheKeyParts): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(FINGERPRINT_CONTEXT + parts.clientSecret),
  );
  let fingerprint = '';
  for (const byte of new Uint8Array(digest).subarray(0, 16)) {
    fingerprint += byte.toString(16).padStart(2, '0');
  }
  const scopes = [...parts.scopes].sort().join(' ');
  return `platform-api-client/token ${parts.tokenUrl} ${encodeURIComponent(parts.clientId)} [${scopes}] ${fingerprint}`;
}

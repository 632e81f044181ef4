/**
 * @module credentials/token-cache
 *
 * Where access tokens can be kept beyond one client: the cache interface (implemented in memory
 * here, and by `@platform/api-client/redis` for a fleet of processes), the key that keeps one
 * application's token away from another's, and the key material a shared cache encrypts with
 * (ARCHITECTURE.md §4.2, §4.7).
 */
import type { Logger } from '../smithy-types.js';

/** An access token and its lifetime, as cached. Epoch milliseconds. */
export interface CachedToken {
  readonly accessToken: string;
  /** When the token was issued (the lifetime is `expiresAt − issuedAt`). */
  readonly issuedAt: number;
  readonly expiresAt: number;
}

/**
 * Key material a cache can derive keys from but never read back: at run time a Web Crypto
 * `CryptoKey` for HKDF that cannot be exported. Declared by its members so that a partner's
 * type-check needs no DOM or Web Crypto typings (Node projects with `@types/node` have none).
 */
export interface SecretKeyMaterial {
  readonly type: string;
  readonly extractable: boolean;
  readonly algorithm: { readonly name: string };
  readonly usages: readonly string[];
}

/**
 * What a client hands a cache that fetches for itself ({@link TokenCache.getOrFetch}): everything
 * needed to answer "a usable token, fetched once for everyone sharing the cache".
 */
export interface TokenCacheRequest {
  /** The entry's key ({@link tokenCacheKey}): token URL, client id, scopes, secret fingerprint. */
  readonly key: string;
  /**
   * HKDF key material made from the client secret (a non-extractable Web Crypto key): a cache
   * derives its encryption keys from it, so what it stores is useless without the secret, which
   * it never sees.
   */
  readonly secretKey: SecretKeyMaterial;
  /**
   * The client's refresh-ahead cutoff: whether it would still serve `token` now. A token it would
   * not serve must not be returned, or the client would fetch again at once.
   */
  isFresh(token: CachedToken): boolean;
  /**
   * The token the API just refused, when that is why a token is needed: the cache removes it only
   * if it is still the stored one (compare-and-delete) and never returns it.
   */
  readonly rejected: string | undefined;
  /**
   * Asks the token endpoint for a new token (with the client's retries). Call it at most once;
   * it rejects when the token endpoint fails, and that failure is the caller's.
   */
  fetch(): Promise<CachedToken>;
  /** Longest wait for a fetch running elsewhere before calling `fetch` here (the token request timeout). */
  readonly maxWaitMs: number;
  /** Aborts when the client is destroyed: stop waiting. */
  readonly signal: AbortSignal;
  /** The client's logger, for the cache's own warnings (never with a token or a secret). */
  readonly logger: Logger | undefined;
}

/**
 * A store of access tokens shared by several clients. A simple cache implements `get`, `set` and
 * `delete`: the client consults it only when it needs a new token, and writes every token it
 * fetches. A cache shared by several processes also implements `getOrFetch`, and then the client
 * calls only that, so the cache can make one token request for all of them. Each method may
 * return a promise; a failing cache never fails a call (the client logs it and asks the token
 * endpoint).
 */
export interface TokenCache {
  /** The token stored under `key`, if any (expired ones may be returned; the client checks). */
  get(key: string): CachedToken | undefined | Promise<CachedToken | undefined>;
  /** Stores `token` under `key`. */
  set(key: string, token: CachedToken): void | Promise<void>;
  /** Removes the entry under `key` only if it still holds `accessToken` (compare-and-delete). */
  delete(key: string, accessToken: string): void | Promise<void>;
  /**
   * Optional: a token for `request` that `request.isFresh` accepts and that is not
   * `request.rejected`, calling `request.fetch` only when no one sharing the cache has one or is
   * already fetching it. Rejects with the fetch's error when the fetch it made failed; its own
   * trouble should end in `request.fetch()` instead (the client does that too if it rejects
   * before fetching).
   */
  getOrFetch?(request: TokenCacheRequest): Promise<CachedToken>;
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

/**
 * The {@link TokenCacheRequest.secretKey} of `clientSecret`: HKDF input keying material (RFC 5869)
 * that cannot be exported, so a cache can derive keys from the secret without holding it.
 */
export function tokenCacheSecretKey(clientSecret: string): Promise<SecretKeyMaterial> {
  return globalThis.crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(clientSecret),
    'HKDF',
    false,
    ['deriveKey', 'deriveBits'],
  );
}

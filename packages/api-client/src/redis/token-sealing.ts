/**
 * @module redis/token-sealing
 *
 * How a token is written to Redis so that reading Redis is not enough to use it: AES-256-GCM
 * under a key derived with HKDF-SHA256 (RFC 5869) from the client secret, bound to the Redis key
 * it is stored under. Next to the ciphertext goes the token's id, an HMAC of the token under a
 * second derived key, so a Lua script can compare-and-delete a rejected token without the token
 * ever being in Redis in the clear (ARCHITECTURE.md §4.5, §4.7).
 *
 * Stored value: `v1.<id>.<iv>.<ciphertext>`, each part base64url.
 */
import type { CachedToken, SecretKeyMaterial } from '../runtime/credentials/token-cache.js';
import { decodeBase64Url, encodeBase64Url } from './base64url.js';

/** The keys derived from one client secret for one cache entry. Neither can be exported. */
export interface SealingKeys {
  readonly encryption: CryptoKey;
  readonly identity: CryptoKey;
}

const VERSION = 'v1';
const SALT = new TextEncoder().encode('platform-api-client/redis-token-cache/v1');
const ID_BYTES = 16;
const IV_BYTES = 12;

/**
 * Derives both keys from `secretKey` (the client's HKDF key material). The cache key is part of
 * the HKDF info, so the same secret with another token URL, client id or scopes gets other keys.
 */
export async function deriveSealingKeys(
  secretKey: SecretKeyMaterial,
  cacheKey: string,
): Promise<SealingKeys> {
  const hkdf = (purpose: string): HkdfParams => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: SALT,
    info: new TextEncoder().encode(`${purpose}\0${cacheKey}`),
  });
  // The material is the CryptoKey made by tokenCacheSecretKey; its public type only names members.
  const baseKey = secretKey as CryptoKey;
  const [encryption, identity] = await Promise.all([
    globalThis.crypto.subtle.deriveKey(
      hkdf('aes-256-gcm'),
      baseKey,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    ),
    globalThis.crypto.subtle.deriveKey(
      hkdf('token-id'),
      baseKey,
      { name: 'HMAC', hash: 'SHA-256', length: 256 },
      false,
      ['sign'],
    ),
  ]);
  return { encryption, identity };
}

/** The id of `accessToken`: what compare-and-delete compares, useless without the secret. */
export async function tokenId(keys: SealingKeys, accessToken: string): Promise<string> {
  const mac = await globalThis.crypto.subtle.sign(
    'HMAC',
    keys.identity,
    new TextEncoder().encode(accessToken),
  );
  return encodeBase64Url(new Uint8Array(mac).subarray(0, ID_BYTES));
}

/** The start of every value that holds the token with id `id`. */
export function sealedPrefix(id: string): string {
  return `${VERSION}.${id}.`;
}

/** `token` sealed for storage under the Redis key `slot`. */
export async function sealToken(
  keys: SealingKeys,
  slot: string,
  token: CachedToken,
): Promise<string> {
  const id = await tokenId(keys, token.accessToken);
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plaintext = JSON.stringify({
    accessToken: token.accessToken,
    issuedAt: token.issuedAt,
    expiresAt: token.expiresAt,
  });
  const ciphertext = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(slot, id) },
    keys.encryption,
    new TextEncoder().encode(plaintext),
  );
  return `${sealedPrefix(id)}${encodeBase64Url(iv)}.${encodeBase64Url(new Uint8Array(ciphertext))}`;
}

/**
 * The token sealed in `value`, or `undefined` when `value` is absent or is not a token sealed
 * with these keys for this slot (tampered, truncated, or written by something else).
 */
export async function openToken(
  keys: SealingKeys,
  slot: string,
  value: string | null | undefined,
): Promise<CachedToken | undefined> {
  const [version, id, ivText, ciphertextText, ...rest] = (value ?? '').split('.');
  if (version !== VERSION || id === undefined || rest.length > 0) return undefined;
  const iv = decodeBase64Url(ivText ?? '');
  const ciphertext = decodeBase64Url(ciphertextText ?? '');
  if (iv?.length !== IV_BYTES || ciphertext === undefined) return undefined;
  let parsed: Partial<CachedToken>;
  try {
    const plaintext = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData(slot, id) },
      keys.encryption,
      ciphertext,
    );
    parsed = JSON.parse(new TextDecoder().decode(plaintext)) as Partial<CachedToken>;
  } catch {
    return undefined;
  }
  if (
    typeof parsed.accessToken !== 'string' ||
    !Number.isFinite(parsed.issuedAt) ||
    !Number.isFinite(parsed.expiresAt)
  ) {
    return undefined;
  }
  return {
    accessToken: parsed.accessToken,
    issuedAt: parsed.issuedAt as number,
    expiresAt: parsed.expiresAt as number,
  };
}

/** Binds a ciphertext to its key and id, so it cannot be moved to another entry. */
function additionalData(slot: string, id: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${slot}\0${id}`);
}

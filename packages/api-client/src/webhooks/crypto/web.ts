/**
 * @module
 * {@link WebhookCrypto} on Web Crypto (`crypto.subtle`): browsers, Deno, Bun, workerd, edge
 * runtimes, and Node releases without `process.getBuiltinModule`.
 */

import { encodeHex } from '../hex.js';
import type { WebhookSecret } from '../secrets.js';
import type { WebhookCrypto } from './webhook-crypto.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const hmac = { name: 'HMAC', hash: 'SHA-256' } as const;
/** Imported keys kept per crypto object: an endpoint has one secret, two during a rotation. */
const MAX_CACHED_KEYS = 8;

function signedBytes(prefix: string, body: string | Uint8Array): Uint8Array<ArrayBuffer> {
  if (typeof body === 'string') return encoder.encode(prefix + body);
  const head = encoder.encode(prefix);
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
}

export function createWebWebhookCrypto(subtle: SubtleCrypto): WebhookCrypto {
  const importKey = (secret: WebhookSecret) =>
    subtle.importKey(
      'raw',
      typeof secret === 'string' ? encoder.encode(secret) : secret.slice(),
      hmac,
      false,
      ['sign'],
    );
  /**
   * Importing costs more than signing a small body, so the keys of string secrets are kept, in
   * this closure only: nothing reachable from the returned object (`util.inspect`, `JSON`) holds
   * a secret. Byte secrets are imported each time, since their bytes may change under the same
   * array. The oldest key makes room when the cache is full; a failed import is not kept.
   */
  const keys = new Map<string, Promise<CryptoKey>>();
  const keyOf = (secret: WebhookSecret): Promise<CryptoKey> => {
    if (typeof secret !== 'string') return importKey(secret);
    let key = keys.get(secret);
    if (key === undefined) {
      if (keys.size === MAX_CACHED_KEYS) keys.delete(keys.keys().next().value!);
      key = importKey(secret);
      keys.set(secret, key);
      key.catch(() => keys.get(secret) === key && keys.delete(secret));
    }
    return key;
  };
  return {
    name: 'web',
    async hmacSha256(secret, prefix, body) {
      const key = await keyOf(secret);
      return encodeHex(new Uint8Array(await subtle.sign('HMAC', key, signedBytes(prefix, body))));
    },
    decodeUtf8(bytes) {
      try {
        return decoder.decode(bytes);
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * @module
 * {@link WebhookCrypto} on Web Crypto (`crypto.subtle`): browsers, Deno, Bun, workerd, edge
 * runtimes, and Node releases without `process.getBuiltinModule`.
 */

import { encodeHex } from '../hex.js';
import { createKeyCache } from './key-cache.js';
import type { WebhookCrypto } from './webhook-crypto.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const hmac = { name: 'HMAC', hash: 'SHA-256' } as const;

function signedBytes(prefix: string, body: string | Uint8Array): Uint8Array<ArrayBuffer> {
  if (typeof body === 'string') return encoder.encode(prefix + body);
  const head = encoder.encode(prefix);
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
}

export function createWebWebhookCrypto(subtle: SubtleCrypto): WebhookCrypto {
  const importKey = (bytes: Uint8Array<ArrayBuffer>) =>
    subtle.importKey('raw', bytes, hmac, false, ['sign']);
  // Importing costs more than signing a small body. A failed import is not kept.
  const keys = createKeyCache((secret) => {
    const key = importKey(encoder.encode(secret));
    key.catch(() => keys.forget(secret, key));
    return key;
  });
  return {
    name: 'web',
    async hmacSha256(secret, prefix, body) {
      const key = await (typeof secret === 'string' ? keys.get(secret) : importKey(secret.slice()));
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

/**
 * @module
 * {@link WebhookCrypto} on Web Crypto (`crypto.subtle`): browsers, Deno, Bun, workerd, edge
 * runtimes, and Node releases without `process.getBuiltinModule`.
 */

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
  return {
    name: 'web',
    async hmacSha256(secret, prefix, body) {
      const keyBytes = typeof secret === 'string' ? encoder.encode(secret) : secret.slice();
      const key = await subtle.importKey('raw', keyBytes, hmac, false, ['sign']);
      return new Uint8Array(await subtle.sign('HMAC', key, signedBytes(prefix, body)));
    },
    timingSafeEqual(a, b) {
      if (a.length !== b.length) return false;
      let difference = 0;
      for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
      return difference === 0;
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

/**
 * @module
 * {@link WebhookCrypto} on `node:crypto` and `node:buffer`. The modules are passed in rather than
 * imported, so no `node:` import exists anywhere in the webhooks entry (see `platform.ts`), and
 * the types below describe only what is used, so the published types need no `@types/node`.
 */

import { createKeyCache } from './key-cache.js';
import type { WebhookCrypto } from './webhook-crypto.js';

interface NodeHmac {
  update(data: string | Uint8Array): NodeHmac;
  digest(encoding: 'hex'): string;
}

/** The part of `node:crypto` used here; `Key` is its `KeyObject`, opaque here. */
export interface NodeCryptoModule<Key extends object = object> {
  createSecretKey(key: Uint8Array): Key;
  createHmac(algorithm: 'sha256', key: NoInfer<Key> | Uint8Array): NodeHmac;
}

/** The part of `node:buffer` used here. */
export interface NodeBufferModule {
  isUtf8(input: Uint8Array): boolean;
  Buffer: {
    from(
      buffer: ArrayBufferLike,
      byteOffset: number,
      length: number,
    ): { toString(encoding: 'utf8'): string };
  };
}

const encoder = new TextEncoder();
/** Text bodies up to this many UTF-16 code units are hashed in one update with the prefix. */
const JOIN_BODY_UP_TO = 16 * 1024;

export function createNodeWebhookCrypto<Key extends object>(
  crypto: NodeCryptoModule<Key>,
  buffer: NodeBufferModule,
): WebhookCrypto {
  // Given a string, createHmac encodes and checks the key on every call: several percent of a
  // 1 KiB HMAC. A KeyObject is ready to use.
  const keys = createKeyCache((secret) => crypto.createSecretKey(encoder.encode(secret)));
  return {
    name: 'node',
    hmacSha256(secret, prefix, body) {
      const hmac = crypto.createHmac(
        'sha256',
        typeof secret === 'string' ? keys.get(secret) : secret,
      );
      // A short text body joins the prefix: copying it costs less than a second call into C++
      // (about 4% of a 1 KiB HMAC), while a large one costs more (4% of a 64 KiB one).
      if (typeof body === 'string' && body.length <= JOIN_BODY_UP_TO) {
        return hmac.update(prefix + body).digest('hex');
      }
      return hmac.update(prefix).update(body).digest('hex');
    },
    decodeUtf8: (bytes) =>
      buffer.isUtf8(bytes)
        ? buffer.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
        : undefined,
  };
}

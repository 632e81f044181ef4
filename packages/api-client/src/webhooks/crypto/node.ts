/**
 * @module
 * {@link WebhookCrypto} on `node:crypto` and `node:buffer`. The modules are passed in rather than
 * imported, so no `node:` import exists anywhere in the webhooks entry (see `platform.ts`), and
 * the types below describe only what is used, so the published types need no `@types/node`.
 */

import type { WebhookCrypto } from './webhook-crypto.js';

interface NodeHmac {
  update(data: string | Uint8Array): NodeHmac;
  digest(): Uint8Array;
}

/** The part of `node:crypto` used here. */
export interface NodeCryptoModule {
  createHmac(algorithm: 'sha256', key: string | Uint8Array): NodeHmac;
  timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean;
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

export function createNodeWebhookCrypto(
  crypto: NodeCryptoModule,
  buffer: NodeBufferModule,
): WebhookCrypto {
  return {
    name: 'node',
    hmacSha256: (secret, prefix, body) =>
      crypto.createHmac('sha256', secret).update(prefix).update(body).digest(),
    // node:crypto throws on a length mismatch; the interface answers false, like the web path.
    timingSafeEqual: (a, b) => a.length === b.length && crypto.timingSafeEqual(a, b),
    decodeUtf8: (bytes) =>
      buffer.isUtf8(bytes)
        ? buffer.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
        : undefined,
  };
}

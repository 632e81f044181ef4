/**
 * @module
 * {@link WebhookCrypto} on `node:crypto` and `node:buffer`. The modules are passed in rather than
 * imported, so no `node:` import exists anywhere in the webhooks entry (see `platform.ts`), and
 * the types below describe only what is used, so the published types need no `@types/node`.
 */

import type { WebhookCrypto } from './webhook-crypto.js';

interface NodeHmac {
  update(data: string | Uint8Array): NodeHmac;
  digest(encoding: 'hex'): string;
}

/** The part of `node:crypto` used here. */
export interface NodeCryptoModule {
  createHmac(algorithm: 'sha256', key: string | Uint8Array): NodeHmac;
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
    // A text body joins the prefix in one update, one call into C++ fewer: V8 concatenates by
    // reference, and the prefix is ASCII, so the UTF-8 bytes are the same.
    hmacSha256: (secret, prefix, body) =>
      typeof body === 'string'
        ? crypto
            .createHmac('sha256', secret)
            .update(prefix + body)
            .digest('hex')
        : crypto.createHmac('sha256', secret).update(prefix).update(body).digest('hex'),
    decodeUtf8: (bytes) =>
      buffer.isUtf8(bytes)
        ? buffer.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
        : undefined,
  };
}

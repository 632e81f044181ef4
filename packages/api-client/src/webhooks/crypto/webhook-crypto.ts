/**
 * @module
 * The three primitives verification needs, behind one interface so that the same code runs on
 * `node:crypto` (fast, synchronous) and on Web Crypto (everywhere else, asynchronous), and so that
 * tests can run the whole suite under each.
 */

import type { WebhookSecret } from '../secrets.js';

export interface WebhookCrypto {
  /** `'node'` or `'web'`; for diagnostics and test names. */
  readonly name: string;
  /** HMAC-SHA256 of the UTF-8 `prefix` followed by `body`, keyed by the secret. */
  hmacSha256(
    secret: WebhookSecret,
    prefix: string,
    body: string | Uint8Array,
  ): Uint8Array | Promise<Uint8Array>;
  /** Whether two byte strings are equal, in time independent of their contents (not lengths). */
  timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean;
  /** The text of strictly valid UTF-8 (a BOM is kept), or `undefined`. */
  decodeUtf8(bytes: Uint8Array): string | undefined;
}

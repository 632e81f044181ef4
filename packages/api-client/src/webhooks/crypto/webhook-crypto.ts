/**
 * @module
 * The two primitives verification needs from the platform, behind one interface so that the same
 * code runs on `node:crypto` (fast, synchronous) and on Web Crypto (everywhere else,
 * asynchronous), and so that tests can run the whole suite under each. Comparing signatures needs
 * no platform: it is done on hex digits (`../hex.ts`).
 */

import type { WebhookSecret } from '../secrets.js';

export interface WebhookCrypto {
  /** `'node'` or `'web'`; for diagnostics and test names. */
  readonly name: string;
  /**
   * HMAC-SHA256 of the UTF-8 `prefix` followed by `body`, keyed by the secret, as 64 lowercase
   * hex digits.
   */
  hmacSha256(
    secret: WebhookSecret,
    prefix: string,
    body: string | Uint8Array,
  ): string | Promise<string>;
  /** The text of strictly valid UTF-8 (a BOM is kept), or `undefined`. */
  decodeUtf8(bytes: Uint8Array): string | undefined;
}

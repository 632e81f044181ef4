/**
 * @module
 * `signWebhook`: the sender's side of the delivery scheme (ARCHITECTURE.md §4.4), used by the sandbox, the testing kit and tests.
 * One `sha256=` entry per secret, in the order given — two during a rotation.
 */

import { toUnixSeconds } from './clock.js';
import { withPlatformCrypto } from './crypto/platform.js';
import type { WebhookCrypto } from './crypto/webhook-crypto.js';
import {
  isWebhookId,
  WEBHOOK_ID_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
  type WebhookHeaders,
} from './headers.js';
import { normalizeSecrets, type WebhookSecrets } from './secrets.js';
import { formatSignatureHeader } from './signature-header.js';

export interface SignWebhookOptions {
  /** Unique id of the delivery (visible ASCII without `.`), the same on every retry. */
  id: string;
  /** Signing time as a `Date` or whole unix seconds. */
  timestamp: Date | number;
  /** The exact body that will be sent. */
  body: string | Uint8Array;
  /** Every active signing secret of the endpoint. */
  secrets: WebhookSecrets;
}

function checkOptions(options: SignWebhookOptions): void {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('Pass an options object: { id, timestamp, body, secrets }.');
  }
  if (typeof options.id !== 'string' || !isWebhookId(options.id)) {
    throw new TypeError('id must be 1 to 256 visible ASCII characters other than ".".');
  }
  if (typeof options.body !== 'string' && !(options.body instanceof Uint8Array)) {
    throw new TypeError('body must be the exact body to send, as a string or a Uint8Array.');
  }
}

function unixSeconds(timestamp: Date | number): string {
  const seconds = toUnixSeconds(timestamp, 'timestamp');
  if (timestamp instanceof Date) return String(Math.floor(seconds));
  if (!Number.isInteger(seconds)) throw new TypeError('timestamp must be whole unix seconds.');
  return String(seconds);
}

export async function signWebhookUsing(
  crypto: WebhookCrypto,
  options: SignWebhookOptions,
): Promise<WebhookHeaders> {
  checkOptions(options);
  const { id, body } = options;
  const timestamp = unixSeconds(options.timestamp);
  const secrets = normalizeSecrets(options.secrets);
  const prefix = `${id}.${timestamp}.`;
  const signatures = await Promise.all(
    secrets.map((secret) => crypto.hmacSha256(secret, prefix, body)),
  );
  return {
    [WEBHOOK_ID_HEADER]: id,
    [WEBHOOK_TIMESTAMP_HEADER]: timestamp,
    [WEBHOOK_SIGNATURE_HEADER]: formatSignatureHeader(signatures),
  };
}

/**
 * Signs a delivery: the headers to send with `body`. Asynchronous because Web Crypto is; rejects
 * with a `TypeError` naming the bad option.
 *
 * @example
 * const headers = await signWebhook({ id: 'evt_1', timestamp: new Date(), body, secrets: [newSecret, oldSecret] });
 */
export function signWebhook(options: SignWebhookOptions): Promise<WebhookHeaders> {
  return withPlatformCrypto((crypto) => signWebhookUsing(crypto, options));
}

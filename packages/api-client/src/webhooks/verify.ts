/**
 * @module
 * `verifyWebhook` and its signature-only sibling. Checks run in the order of ARCHITECTURE.md §4.4 — raw body,
 * headers present, headers well-formed, timestamp window, signature, payload — after the options
 * themselves (a configuration mistake is a `TypeError`, whatever the delivery). Every failure is a
 * rejection of the returned promise, never a synchronous throw. The payload is checked against the
 * model by the check generated for an API version when one is given (`verifyCheckedWebhook`, what
 * the `verifyWebhook` of `@platform/api-client/webhooks` and of each `/vN` entry call).
 */

import { checkTimestampWindow } from './clock.js';
import { withPlatformCrypto } from './crypto/platform.js';
import type { WebhookCrypto } from './crypto/webhook-crypto.js';
import { WebhookVerificationError } from './errors.js';
import type { JsonObject } from './event.js';
import {
  isWebhookId,
  isWebhookTimestamp,
  readWebhookHeaders,
  WEBHOOK_ID_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
  type WebhookHeaderName,
  type WebhookHeadersInput,
} from './headers.js';
import type { PayloadCheck } from './payload-check.js';
import { parsePayload, rawBody, type WebhookBody } from './payload.js';
import {
  readVerificationConfig,
  type VerificationConfig,
  type WebhookVerificationSettings,
} from './settings.js';
import { findSigningSecret } from './signature-match.js';
import { parseSignatureHeader } from './signature-header.js';

export interface VerifyWebhookOptions<
  TEvent = JsonObject,
> extends WebhookVerificationSettings<TEvent> {
  /** The raw request body exactly as received — never a parsed object. */
  body: WebhookBody;
  /** The request headers: a `Headers`, or a plain object in any letter case. */
  headers: WebhookHeadersInput;
}

export type VerifyWebhookSignatureOptions = Omit<VerifyWebhookOptions, 'parseEvent'>;

/** A delivery whose signature and timestamp were verified. */
export interface VerifiedWebhookSignature {
  /** `X-Webhook-Id`: the same on every retry of a delivery, so de-duplicate on it. */
  id: string;
  /** `X-Webhook-Timestamp`, unix seconds. */
  timestamp: number;
  /** Index in `secrets` of the secret that matched. */
  secretIndex: number;
}

export interface VerifiedWebhook<TEvent = JsonObject> extends VerifiedWebhookSignature {
  event: TEvent;
}

function malformed(header: WebhookHeaderName, rule: string): WebhookVerificationError {
  return new WebhookVerificationError({
    code: 'malformed_header',
    reason: 'malformed_header',
    headerName: header,
    message: `The ${header} header is malformed: it must be ${rule}.`,
  });
}

/**
 * Every check after the raw body's but the payload's. Throws on failure (its callers are
 * `async`), and returns a promise only when Web Crypto is awaited.
 */
function verifyDelivery(
  crypto: WebhookCrypto,
  config: VerificationConfig<unknown>,
  body: string | Uint8Array,
  headersInput: WebhookHeadersInput,
): VerifiedWebhookSignature | Promise<VerifiedWebhookSignature> {
  const headers = readWebhookHeaders(headersInput);
  const { id } = headers;
  if (!isWebhookId(id)) {
    throw malformed(WEBHOOK_ID_HEADER, '1 to 256 visible ASCII characters other than "."');
  }
  if (!isWebhookTimestamp(headers.timestamp)) {
    throw malformed(WEBHOOK_TIMESTAMP_HEADER, 'unix time in seconds, digits only');
  }
  const signatures = parseSignatureHeader(headers.signature);
  const timestamp = Number(headers.timestamp);
  checkTimestampWindow(timestamp, config.now ?? Date.now() / 1000, config.toleranceSeconds);
  const prefix = `${id}.${headers.timestamp}.`;
  const secretIndex = findSigningSecret(crypto, config.secrets, prefix, body, signatures);
  return typeof secretIndex === 'number'
    ? { id, timestamp, secretIndex }
    : secretIndex.then((index) => ({ id, timestamp, secretIndex: index }));
}

/** Every check, configuration first: what `verifyWebhook` and the request helpers share. */
export async function verifyEvent<TEvent>(
  crypto: WebhookCrypto,
  settings: WebhookVerificationSettings<TEvent>,
  body: unknown,
  headers: WebhookHeadersInput,
  check: PayloadCheck | undefined,
): Promise<VerifiedWebhook<TEvent>> {
  return verifyConfigured(crypto, readVerificationConfig(settings), body, headers, check);
}

async function verifyConfigured<TEvent>(
  crypto: WebhookCrypto,
  config: VerificationConfig<TEvent>,
  body: unknown,
  headers: WebhookHeadersInput,
  check: PayloadCheck | undefined,
): Promise<VerifiedWebhook<TEvent>> {
  const raw = rawBody(body);
  let delivery = verifyDelivery(crypto, config, raw, headers);
  if (delivery instanceof Promise) delivery = await delivery;
  return {
    event: parsePayload(crypto, raw, check, config.parseEvent),
    id: delivery.id,
    timestamp: delivery.timestamp,
    secretIndex: delivery.secretIndex,
  };
}

/**
 * Verifies a delivery whose raw body a request helper reads (Fetch `Request`, Node
 * `IncomingMessage`): the settings are checked (once) before `readBody` runs, so a misconfigured
 * receiver rejects without consuming the request.
 */
export async function verifyReadBody<TEvent>(
  crypto: WebhookCrypto,
  settings: WebhookVerificationSettings<TEvent>,
  headers: WebhookHeadersInput,
  readBody: () => Promise<unknown>,
  check?: PayloadCheck,
): Promise<VerifiedWebhook<TEvent>> {
  const config = readVerificationConfig(settings);
  return verifyConfigured(crypto, config, await readBody(), headers, check);
}

export function verifyWebhookUsing<TEvent>(
  crypto: WebhookCrypto,
  options: VerifyWebhookOptions<TEvent>,
  check?: PayloadCheck,
): Promise<VerifiedWebhook<TEvent>> {
  return verifyEvent(crypto, options, options?.body, options?.headers, check);
}

export async function verifyWebhookSignatureUsing(
  crypto: WebhookCrypto,
  options: VerifyWebhookSignatureOptions,
): Promise<VerifiedWebhookSignature> {
  const config = readVerificationConfig(options);
  return verifyDelivery(crypto, config, rawBody(options.body), options.headers);
}

/**
 * Verifies a webhook delivery and returns its payload, a JSON object not checked against any
 * model, and the index of the secret that signed it. Rejects with {@link WebhookVerificationError}
 * (answer 400/401 and drop the delivery) or, for a configuration mistake, `TypeError`. Never
 * throws synchronously. Partners get the typed, model-checked `verifyWebhook` of
 * `@platform/api-client/webhooks` (or of `/v1`, `/v2`), which replaces this one there.
 */
export function verifyWebhook<TEvent = JsonObject>(
  options: VerifyWebhookOptions<TEvent>,
): Promise<VerifiedWebhook<TEvent>> {
  return withPlatformCrypto((crypto) => verifyWebhookUsing(crypto, options));
}

/** `verifyWebhook` with the payload checked by `check`, the model's check of one API version. */
export function verifyCheckedWebhook<TEvent>(
  check: PayloadCheck,
  options: VerifyWebhookOptions<TEvent>,
): Promise<VerifiedWebhook<TEvent>> {
  return withPlatformCrypto((crypto) => verifyWebhookUsing(crypto, options, check));
}

/**
 * Like {@link verifyWebhook}, without reading the payload: for a receiver that queues the raw body
 * or parses it itself.
 */
export function verifyWebhookSignature(
  options: VerifyWebhookSignatureOptions,
): Promise<VerifiedWebhookSignature> {
  return withPlatformCrypto((crypto) => verifyWebhookSignatureUsing(crypto, options));
}

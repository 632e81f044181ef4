/**
 * @module
 * Verifying a Node `IncomingMessage` (plain `node:http`, Express, Fastify's `request.raw`). Uses
 * `req.body` when a raw-body parser such as `express.raw()` has set it; otherwise reads the
 * stream. A body that a JSON parser already consumed is refused with a message saying so.
 * Typed structurally, so neither this module nor its types need `node:` anything.
 */

import { withPlatformCrypto } from './crypto/platform.js';
import { WebhookVerificationError } from './errors.js';
import type { JsonObject } from './event.js';
import type { HeaderRecord } from './headers.js';
import type { PayloadCheck } from './payload-check.js';
import type { WebhookVerificationSettings } from './settings.js';
import { verifyReadBody, type VerifiedWebhook } from './verify.js';

/** The part of `http.IncomingMessage` (plus a framework's `body`) the helper uses. */
export interface IncomingMessageLike extends AsyncIterable<Uint8Array | string> {
  readonly headers: HeaderRecord;
  /** Set by body parsers: a `Buffer` from `express.raw()`, an object from `express.json()`. */
  readonly body?: unknown;
  /** `true` once the stream has been read to its end. */
  readonly readableEnded: boolean;
}

const encoder = new TextEncoder();

async function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    chunks.push(bytes);
    length += bytes.length;
  }
  if (chunks.length === 1) return chunks[0]!;
  const body = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

function isRaw(body: unknown): boolean {
  return typeof body === 'string' || body instanceof Uint8Array;
}

/**
 * The raw body: what a raw parser left in `req.body`, else the unread stream. A parsed `req.body`
 * with the stream still unread (Express 4 sets `{}` when no parser matched) reads the stream.
 */
/** The raw body of `req` (from a raw-body parser, or read from the stream), or `body_not_raw`. */
export async function rawBodyOf(req: IncomingMessageLike): Promise<unknown> {
  if (isRaw(req.body)) return req.body;
  if (!req.readableEnded) return readStream(req);
  if (req.body !== undefined) return req.body; // parsed by a JSON parser: body_not_raw explains
  throw new WebhookVerificationError({
    code: 'body_not_raw',
    reason: 'body_already_read',
    message:
      'The request stream was already read and no raw body was kept. Verify before anything reads the request, or use a raw-body parser such as express.raw({ type: "application/json" }) on this route.',
  });
}

/**
 * Verifies a webhook delivered to a Node HTTP server. Resolves like `verifyWebhook` (no model
 * check). Partners get the model-checked one of `@platform/api-client/webhooks`.
 */
export function verifyWebhookIncomingMessage<TEvent = JsonObject>(
  req: IncomingMessageLike,
  settings: WebhookVerificationSettings<TEvent>,
): Promise<VerifiedWebhook<TEvent>> {
  return withPlatformCrypto((crypto) =>
    verifyReadBody(crypto, settings, req.headers, () => rawBodyOf(req)),
  );
}

/** `verifyWebhookIncomingMessage` with the payload checked by `check`, one API version's. */
export function verifyCheckedWebhookIncomingMessage<TEvent>(
  check: PayloadCheck,
  req: IncomingMessageLike,
  settings: WebhookVerificationSettings<TEvent>,
): Promise<VerifiedWebhook<TEvent>> {
  return withPlatformCrypto((crypto) =>
    verifyReadBody(crypto, settings, req.headers, () => rawBodyOf(req), check),
  );
}

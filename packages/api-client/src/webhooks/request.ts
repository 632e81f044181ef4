/**
 * @module
 * Verifying a Fetch `Request` (Next.js route handlers, Hono's `c.req.raw`, Deno, Bun, workers):
 * the helper reads the raw body itself, so no framework parser can get there first.
 */

import { withPlatformCrypto } from './crypto/platform.js';
import { WebhookVerificationError } from './errors.js';
import type { JsonObject } from './event.js';
import type { HeaderGetter } from './headers.js';
import type { PayloadCheck } from './payload-check.js';
import type { WebhookVerificationSettings } from './settings.js';
import { verifyReadBody, type VerifiedWebhook } from './verify.js';

/** The part of a Fetch `Request` the helper uses. */
export interface FetchRequestLike {
  readonly headers: HeaderGetter;
  readonly bodyUsed: boolean;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The raw body of `request`; `body_not_raw` when something read it before verification. */
export async function requestBody(request: FetchRequestLike): Promise<Uint8Array> {
  if (request.bodyUsed) {
    throw new WebhookVerificationError({
      code: 'body_not_raw',
      reason: 'body_already_read',
      message:
        'The request body was already read, so the raw body is gone. Call verifyWebhookRequest before anything else reads the request (or pass it request.clone()).',
    });
  }
  return new Uint8Array(await request.arrayBuffer());
}

/**
 * Verifies a webhook delivered as a Fetch `Request`, reading its body. Resolves like
 * `verifyWebhook` (no model check); rejects with `body_not_raw` / `body_already_read` if the body
 * was consumed. Partners get the model-checked one of `@platform/api-client/webhooks`.
 */
export function verifyWebhookRequest<TEvent = JsonObject>(
  request: FetchRequestLike,
  settings: WebhookVerificationSettings<TEvent>,
): Promise<VerifiedWebhook<TEvent>> {
  return withPlatformCrypto((crypto) =>
    verifyReadBody(crypto, settings, request.headers, () => requestBody(request)),
  );
}

/** `verifyWebhookRequest` with the payload checked by `check`, one API version's model check. */
export function verifyCheckedWebhookRequest<TEvent>(
  check: PayloadCheck,
  request: FetchRequestLike,
  settings: WebhookVerificationSettings<TEvent>,
): Promise<VerifiedWebhook<TEvent>> {
  return withPlatformCrypto((crypto) =>
    verifyReadBody(crypto, settings, request.headers, () => requestBody(request), check),
  );
}

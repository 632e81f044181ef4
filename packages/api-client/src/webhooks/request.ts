/**
 * @module
 * Verifying a Fetch `Request` (Next.js route handlers, Hono's `c.req.raw`, Deno, Bun, workers):
 * the helper reads the raw body itself, so no framework parser can get there first.
 */

import { withPlatformCrypto } from './crypto/platform.js';
import type { WebhookCrypto } from './crypto/webhook-crypto.js';
import { WebhookVerificationError } from './errors.js';
import type { JsonObject } from './event.js';
import type { HeaderGetter } from './headers.js';
import type { PayloadCheck } from './payload-check.js';
import { readVerificationConfig, type WebhookVerificationSettings } from './settings.js';
import { verifyEvent, type VerifiedWebhook } from './verify.js';

/** The part of a Fetch `Request` the helper uses. */
export interface FetchRequestLike {
  readonly headers: HeaderGetter;
  readonly bodyUsed: boolean;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function verifyWebhookRequestUsing<TEvent>(
  crypto: WebhookCrypto,
  request: FetchRequestLike,
  settings: WebhookVerificationSettings<TEvent>,
  check?: PayloadCheck,
): Promise<VerifiedWebhook<TEvent>> {
  readVerificationConfig(settings); // a misconfiguration is reported before the body is consumed
  if (request.bodyUsed) {
    throw new WebhookVerificationError({
      code: 'body_not_raw',
      reason: 'body_already_read',
      message:
        'The request body was already read, so the raw body is gone. Call verifyWebhookRequest before anything else reads the request (or pass it request.clone()).',
    });
  }
  return verifyEvent(
    crypto,
    settings,
    new Uint8Array(await request.arrayBuffer()),
    request.headers,
    check,
  );
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
  return withPlatformCrypto((crypto) => verifyWebhookRequestUsing(crypto, request, settings));
}

/** `verifyWebhookRequest` with the payload checked by `check`, one API version's model check. */
export function verifyCheckedWebhookRequest<TEvent>(
  check: PayloadCheck,
  request: FetchRequestLike,
  settings: WebhookVerificationSettings<TEvent>,
): Promise<VerifiedWebhook<TEvent>> {
  return withPlatformCrypto((crypto) =>
    verifyWebhookRequestUsing(crypto, request, settings, check),
  );
}

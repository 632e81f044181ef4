/**
 * @module Signed webhook fixtures: a delivery body and the headers `signWebhook` puts on it, so
 * a partner's endpoint can be tested with `verifyWebhook` exactly as in production.
 */
import { signWebhook, type WebhookSecrets } from '../webhooks/index.js';

export interface SignedWebhook {
  /** The exact body to post. */
  readonly body: string;
  /** The signature headers to send with it. */
  readonly headers: Record<string, string>;
}

export interface SignedWebhookOptions {
  readonly id?: string;
  /** Signing time; default now (so `verifyWebhook` accepts it within its tolerance). */
  readonly timestamp?: Date | number;
}

let deliveries = 0;

/** Serialises `event` and signs it with `secret` (one secret or the endpoint's active list). */
export async function createSignedWebhook(
  event: object,
  secret: WebhookSecrets,
  options: SignedWebhookOptions = {},
): Promise<SignedWebhook> {
  deliveries += 1;
  const body = JSON.stringify(event);
  const headers = await signWebhook({
    id: options.id ?? `msg_test_${deliveries}`,
    timestamp: options.timestamp ?? new Date(),
    body,
    secrets: secret,
  });
  return { body, headers: { ...headers } };
}

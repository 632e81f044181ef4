// @platform/codegen generated code: do not edit. Change model/ and run `npm run generate`.
import type { FetchRequestLike, IncomingMessageLike, VerifiedWebhook, VerifyWebhookOptions, WebhookVerificationSettings } from '../../webhooks/index.js';
import { verifyCheckedWebhookIncomingMessage } from '../../webhooks/incoming-message.js';
import { verifyCheckedWebhookRequest } from '../../webhooks/request.js';
import { verifyCheckedWebhook } from '../../webhooks/verify.js';
import type { ClientSecretExpiringEvent, OrderCancelledEvent, OrderCreatedEvent, TestEvent } from './models.js';
import { checkWebhookPayload } from './webhook-payloads.js';

/** Every webhook event of API v2, told apart by `type`. */
export type WebhookEvent =
  | (ClientSecretExpiringEvent & { type: 'client_secret.expiring' })
  | (OrderCancelledEvent & { type: 'order.cancelled' })
  | (OrderCreatedEvent & { type: 'order.created' })
  | (TestEvent & { type: 'test' });

/** The `type` of every webhook event of API v2. */
export const WEBHOOK_EVENT_TYPES = ['client_secret.expiring', 'order.cancelled', 'order.created', 'test'] as const;

/**
 * Verifies a webhook delivery of API v2: the raw body and its headers.
 * Resolves to the event as API v2's `WebhookEvent`, which narrows by `type`, once its
 * signature, its timestamp and its payload (against the model) are verified; a type argument or
 * `parseEvent` changes the type returned, after the same checks. Rejects with
 * `WebhookVerificationError` (answer 400 and drop the delivery) or, for a configuration
 * mistake, `TypeError`; never throws synchronously.
 *
 * @example
 * const { event } = await verifyWebhook({ body: rawBody, headers, secrets: [signingSecret] });
 * if (event.type === 'client_secret.expiring') {
 *   // narrowed to that event: its `data` is typed
 * }
 */
export function verifyWebhook<TEvent = WebhookEvent>(options: VerifyWebhookOptions<TEvent>): Promise<VerifiedWebhook<TEvent>> {
  return verifyCheckedWebhook(checkWebhookPayload, options);
}

/**
 * Verifies a webhook delivery of API v2 that arrived as a Fetch `Request` (route handlers,
 * workers), reading its raw body; a body already read is `body_not_raw`.
 * Resolves to the event as API v2's `WebhookEvent`, which narrows by `type`, once its
 * signature, its timestamp and its payload (against the model) are verified; a type argument or
 * `parseEvent` changes the type returned, after the same checks. Rejects with
 * `WebhookVerificationError` (answer 400 and drop the delivery) or, for a configuration
 * mistake, `TypeError`; never throws synchronously.
 */
export function verifyWebhookRequest<TEvent = WebhookEvent>(request: FetchRequestLike, settings: WebhookVerificationSettings<TEvent>): Promise<VerifiedWebhook<TEvent>> {
  return verifyCheckedWebhookRequest(checkWebhookPayload, request, settings);
}

/**
 * Verifies a webhook delivery of API v2 that arrived at a Node HTTP server (`node:http`,
 * Express with `express.raw()`, Fastify's `request.raw`), reading its raw body.
 * Resolves to the event as API v2's `WebhookEvent`, which narrows by `type`, once its
 * signature, its timestamp and its payload (against the model) are verified; a type argument or
 * `parseEvent` changes the type returned, after the same checks. Rejects with
 * `WebhookVerificationError` (answer 400 and drop the delivery) or, for a configuration
 * mistake, `TypeError`; never throws synchronously.
 */
export function verifyWebhookIncomingMessage<TEvent = WebhookEvent>(req: IncomingMessageLike, settings: WebhookVerificationSettings<TEvent>): Promise<VerifiedWebhook<TEvent>> {
  return verifyCheckedWebhookIncomingMessage(checkWebhookPayload, req, settings);
}

// @platform/codegen generated code: do not edit. Change model/ and run `npm run generate`.
import type { ClientSecretExpiringEvent, OrderCancelledEvent, OrderCreatedEvent, TestEvent } from './models.js';

/** Every webhook event of API v1, told apart by `type`. */
export type WebhookEvent =
  | (ClientSecretExpiringEvent & { type: 'client_secret.expiring' })
  | (OrderCancelledEvent & { type: 'order.cancelled' })
  | (OrderCreatedEvent & { type: 'order.created' })
  | (TestEvent & { type: 'test' });

/** The `type` of every webhook event of API v1. */
export const WEBHOOK_EVENT_TYPES = ['client_secret.expiring', 'order.cancelled', 'order.created', 'test'] as const;

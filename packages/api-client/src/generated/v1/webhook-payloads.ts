// @platform/codegen generated code: do not edit. Change model/ and run `npm run generate`.
/**
 * @module
 * Checks a verified webhook payload of API v1 against the model before `verifyWebhook`
 * returns it as a `WebhookEvent`.
 */
import type { JsonObject } from '../../webhooks/index.js';
import { at, isJsonObject, mismatch, unknownEventType, type PayloadProblem } from '../../webhooks/payload-check.js';

const EVENT_TYPES: readonly string[] = ['client_secret.expiring', 'order.cancelled', 'order.created', 'test'];

/** `undefined` when `payload` is a webhook event of API v1, else the first way it is not one. */
export function checkWebhookPayload(payload: JsonObject): PayloadProblem | undefined {
  switch (payload.type) {
    case 'client_secret.expiring':
      return checkClientSecretExpiringEvent(payload);
    case 'order.cancelled':
      return checkOrderCancelledEvent(payload);
    case 'order.created':
      return checkOrderCreatedEvent(payload);
    case 'test':
      return checkTestEvent(payload);
    default:
      return unknownEventType(payload.type, EVENT_TYPES);
  }
}

/** `value` matches `ClientSecret`, or the first way it does not. */
function checkClientSecret(value: unknown): PayloadProblem | undefined {
  if (!isJsonObject(value)) return mismatch('an object', value);
  if (typeof value.clientSecretId !== 'string') return at(mismatch('a string', value.clientSecretId), 'clientSecretId');
  if (value.label !== undefined && typeof value.label !== 'string') return at(mismatch('a string', value.label), 'label');
  if (typeof value.status !== 'string') return at(mismatch('a string', value.status), 'status');
  if (typeof value.secretSuffix !== 'string') return at(mismatch('a string', value.secretSuffix), 'secretSuffix');
  if (typeof value.createdAt !== 'string') return at(mismatch('a string', value.createdAt), 'createdAt');
  if (typeof value.expiresAt !== 'string') return at(mismatch('a string', value.expiresAt), 'expiresAt');
  if (value.revokedAt !== undefined && typeof value.revokedAt !== 'string') return at(mismatch('a string', value.revokedAt), 'revokedAt');
  if (value.lastUsedAt !== undefined && typeof value.lastUsedAt !== 'string') return at(mismatch('a string', value.lastUsedAt), 'lastUsedAt');
  return undefined;
}

/** `value` matches `ClientSecretExpiringData`, or the first way it does not. */
function checkClientSecretExpiringData(value: unknown): PayloadProblem | undefined {
  if (!isJsonObject(value)) return mismatch('an object', value);
  let problem: PayloadProblem | undefined;
  if (typeof value.applicationId !== 'string') return at(mismatch('a string', value.applicationId), 'applicationId');
  if ((problem = checkClientSecret(value.clientSecret)) !== undefined) return at(problem, 'clientSecret');
  return undefined;
}

/** `value` matches `ClientSecretExpiringEvent`, or the first way it does not. */
function checkClientSecretExpiringEvent(value: unknown): PayloadProblem | undefined {
  if (!isJsonObject(value)) return mismatch('an object', value);
  let problem: PayloadProblem | undefined;
  if (typeof value.id !== 'string') return at(mismatch('a string', value.id), 'id');
  if (typeof value.type !== 'string') return at(mismatch('a string', value.type), 'type');
  if (typeof value.createdAt !== 'string') return at(mismatch('a string', value.createdAt), 'createdAt');
  if ((problem = checkClientSecretExpiringData(value.data)) !== undefined) return at(problem, 'data');
  return undefined;
}

/** `value` matches `LineItem`, or the first way it does not. */
function checkLineItem(value: unknown): PayloadProblem | undefined {
  if (!isJsonObject(value)) return mismatch('an object', value);
  if (typeof value.sku !== 'string') return at(mismatch('a string', value.sku), 'sku');
  if (typeof value.description !== 'string') return at(mismatch('a string', value.description), 'description');
  if (!Number.isInteger(value.quantity)) return at(mismatch('an integer', value.quantity), 'quantity');
  if (!Number.isInteger(value.unitPriceCents)) return at(mismatch('an integer', value.unitPriceCents), 'unitPriceCents');
  if (!Number.isInteger(value.totalCents)) return at(mismatch('an integer', value.totalCents), 'totalCents');
  return undefined;
}

/** `value` matches `LineItemList`, or the first way it does not. */
function checkLineItemList(value: unknown): PayloadProblem | undefined {
  if (!Array.isArray(value)) return mismatch('an array', value);
  let problem: PayloadProblem | undefined;
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if ((problem = checkLineItem(item)) !== undefined) return at(problem, i);
  }
  return undefined;
}

/** `value` matches `Metadata`, or the first way it does not. */
function checkMetadata(value: unknown): PayloadProblem | undefined {
  if (!isJsonObject(value)) return mismatch('an object', value);
  for (const key in value) {
    const item = value[key];
    if (typeof item !== 'string') return at(mismatch('a string', item), key);
  }
  return undefined;
}

/** `value` matches `Order`, or the first way it does not. */
function checkOrder(value: unknown): PayloadProblem | undefined {
  if (!isJsonObject(value)) return mismatch('an object', value);
  let problem: PayloadProblem | undefined;
  if (typeof value.orderId !== 'string') return at(mismatch('a string', value.orderId), 'orderId');
  if (typeof value.partnerId !== 'string') return at(mismatch('a string', value.partnerId), 'partnerId');
  if (typeof value.status !== 'string') return at(mismatch('a string', value.status), 'status');
  if (value.clientReference !== undefined && typeof value.clientReference !== 'string') return at(mismatch('a string', value.clientReference), 'clientReference');
  if ((problem = checkLineItemList(value.lineItems)) !== undefined) return at(problem, 'lineItems');
  if (typeof value.currency !== 'string') return at(mismatch('a string', value.currency), 'currency');
  if (!Number.isInteger(value.totalCents)) return at(mismatch('an integer', value.totalCents), 'totalCents');
  if ((problem = checkMetadata(value.metadata)) !== undefined) return at(problem, 'metadata');
  if (typeof value.createdAt !== 'string') return at(mismatch('a string', value.createdAt), 'createdAt');
  if (typeof value.updatedAt !== 'string') return at(mismatch('a string', value.updatedAt), 'updatedAt');
  if (value.cancelledAt !== undefined && typeof value.cancelledAt !== 'string') return at(mismatch('a string', value.cancelledAt), 'cancelledAt');
  if (value.cancellationReason !== undefined && typeof value.cancellationReason !== 'string') return at(mismatch('a string', value.cancellationReason), 'cancellationReason');
  return undefined;
}

/** `value` matches `OrderCancelledData`, or the first way it does not. */
function checkOrderCancelledData(value: unknown): PayloadProblem | undefined {
  if (!isJsonObject(value)) return mismatch('an object', value);
  let problem: PayloadProblem | undefined;
  if ((problem = checkOrder(value.order)) !== undefined) return at(problem, 'order');
  return undefined;
}

/** `value` matches `OrderCancelledEvent`, or the first way it does not. */
function checkOrderCancelledEvent(value: unknown): PayloadProblem | undefined {
  if (!isJsonObject(value)) return mismatch('an object', value);
  let problem: PayloadProblem | undefined;
  if (typeof value.id !== 'string') return at(mismatch('a string', value.id), 'id');
  if (typeof value.type !== 'string') return at(mismatch('a string', value.type), 'type');
  if (typeof value.createdAt !== 'string') return at(mismatch('a string', value.createdAt), 'createdAt');
  if ((problem = checkOrderCancelledData(value.data)) !== undefined) return at(problem, 'data');
  return undefined;
}

/** `value` matches `OrderCreatedData`, or the first way it does not. */
function checkOrderCreatedData(value: unknown): PayloadProblem | undefined {
  if (!isJsonObject(value)) return mismatch('an object', value);
  let problem: PayloadProblem | undefined;
  if ((problem = checkOrder(value.order)) !== undefined) return at(problem, 'order');
  return undefined;
}

/** `value` matches `OrderCreatedEvent`, or the first way it does not. */
function checkOrderCreatedEvent(value: unknown): PayloadProblem | undefined {
  if (!isJsonObject(value)) return mismatch('an object', value);
  let problem: PayloadProblem | undefined;
  if (typeof value.id !== 'string') return at(mismatch('a string', value.id), 'id');
  if (typeof value.type !== 'string') return at(mismatch('a string', value.type), 'type');
  if (typeof value.createdAt !== 'string') return at(mismatch('a string', value.createdAt), 'createdAt');
  if ((problem = checkOrderCreatedData(value.data)) !== undefined) return at(problem, 'data');
  return undefined;
}

/** `value` matches `TestEvent`, or the first way it does not. */
function checkTestEvent(value: unknown): PayloadProblem | undefined {
  if (!isJsonObject(value)) return mismatch('an object', value);
  let problem: PayloadProblem | undefined;
  if (typeof value.id !== 'string') return at(mismatch('a string', value.id), 'id');
  if (typeof value.type !== 'string') return at(mismatch('a string', value.type), 'type');
  if (typeof value.createdAt !== 'string') return at(mismatch('a string', value.createdAt), 'createdAt');
  if ((problem = checkTestEventData(value.data)) !== undefined) return at(problem, 'data');
  return undefined;
}

/** `value` matches `TestEventData`, or the first way it does not. */
function checkTestEventData(value: unknown): PayloadProblem | undefined {
  if (!isJsonObject(value)) return mismatch('an object', value);
  if (typeof value.webhookEndpointId !== 'string') return at(mismatch('a string', value.webhookEndpointId), 'webhookEndpointId');
  if (typeof value.message !== 'string') return at(mismatch('a string', value.message), 'message');
  return undefined;
}

/**
 * @module
 * Webhook events that match the model, built from the model's own example order (the testing
 * data generated for each API version), for the tests of the model-checked `verifyWebhook`.
 */
import { TESTING_DATA as V1 } from '../../src/generated/v1/testing-data.js';
import { TESTING_DATA as V2 } from '../../src/generated/v2/testing-data.js';

/** A fresh `order.created` event of API v2; change it freely. */
export function orderCreatedV2(id = 'evt_order_created_1') {
  return {
    id,
    type: 'order.created',
    createdAt: '2026-11-20T16:00:00Z',
    data: { order: structuredClone(V2.GetOrder.output.order) },
  };
}

/** A fresh `order.created` event of API v1 (its order has v1's shape). */
export function orderCreatedV1(id = 'evt_order_created_1') {
  return {
    id,
    type: 'order.created',
    createdAt: '2026-11-20T16:00:00Z',
    data: { order: structuredClone(V1.GetOrder.output.order) },
  };
}

/** A fresh `test` event of either API version. */
export function testEvent(id = 'evt_test_1') {
  return {
    id,
    type: 'test',
    createdAt: '2026-11-20T16:00:00Z',
    data: { webhookEndpointId: 'whe_1', message: 'This is a test event.' },
  };
}

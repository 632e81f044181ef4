/**
 * Type-level contract of the public API, checked by `tsc` (the root typecheck): a wrong
 * `expectTypeOf` or an unused `@ts-expect-error` fails the typecheck, not the test run.
 */

import { describe, expect, expectTypeOf, it } from 'vitest';
import * as v1 from '../../src/generated/v1/index.js';
import * as entry from '../../src/generated/v2/webhooks.js';
import type { WebhookVerificationError } from '../../src/webhooks/index.js';
import {
  signWebhook,
  verifyWebhook,
  verifyWebhookRequest,
  type JsonObject,
  type VerifiedWebhook,
  type WebhookHeaders,
  type WebhookVerificationErrorCode,
} from '../../src/webhooks/index.js';

type OrderCreated = { type: 'order.created'; data: { orderId: string } };
type TestEvent = { type: 'test' };
type Event = OrderCreated | TestEvent;

const options = { body: '{}', headers: new Headers(), secrets: 'k' };

describe('webhook types', () => {
  // The closures are type-checked, never called: the calls would need real deliveries.
  it('return the model-checked event as the version’s WebhookEvent union, which narrows by type', () => {
    const checks = async () => {
      const verifying = entry.verifyWebhook(options);
      expectTypeOf(verifying).resolves.toEqualTypeOf<VerifiedWebhook<entry.WebhookEvent>>();
      const { event } = await verifying;
      if (event.type === 'order.created') expectTypeOf(event.data.order.orderId).toBeString();
      if (event.type === 'test') expectTypeOf(event.data.message).toBeString();
      // @ts-expect-error `data` differs per event: narrow by `type` first
      void event.data.order;
      const { event: old } = await v1.verifyWebhook(options);
      if (old.type === 'order.created') expectTypeOf(old.data.order.totalCents).toBeNumber();
      expectTypeOf(
        entry.verifyWebhookRequest(new Request('http://x'), { secrets: 'k' }),
      ).resolves.toEqualTypeOf<VerifiedWebhook<entry.WebhookEvent>>();
    };
    expectTypeOf<entry.WebhookEvent['type']>().toEqualTypeOf<
      (typeof entry.WEBHOOK_EVENT_TYPES)[number]
    >();
    expect(checks).toBeTypeOf('function');
  });

  it('return the event as the type asked for; the model-free layer as a JSON object', () => {
    const checks = () => {
      expectTypeOf(entry.verifyWebhook<Event>(options))
        .resolves.toHaveProperty('event')
        .toEqualTypeOf<Event>();
      expectTypeOf(verifyWebhook(options)).resolves.toEqualTypeOf<VerifiedWebhook<JsonObject>>();
      expectTypeOf(verifyWebhook(options)).resolves.toHaveProperty('secretIndex').toBeNumber();
    };
    expect(checks).toBeTypeOf('function');
  });

  it('infer the event type from parseEvent, so a union narrows by its discriminant', () => {
    const parseEvent = (payload: JsonObject): Event => payload as Event;
    const checks = async () => {
      const verifying = verifyWebhook({ ...options, parseEvent });
      expectTypeOf(verifying).resolves.toHaveProperty('event').toEqualTypeOf<Event>();
      const { event } = await verifying;
      if (event.type === 'order.created') expectTypeOf(event.data.orderId).toBeString();
      expectTypeOf(verifyWebhookRequest(new Request('http://x'), { secrets: 'k', parseEvent }))
        .resolves.toHaveProperty('event')
        .toEqualTypeOf<Event>();
    };
    expect(checks).toBeTypeOf('function');
  });

  it('take only raw bodies and well-typed headers, and require secrets', () => {
    const checks = () => {
      // @ts-expect-error a parsed object is not a raw body
      void verifyWebhook({ ...options, body: { type: 'test' } });
      // @ts-expect-error secrets are required
      void verifyWebhook({ body: '{}', headers: new Headers() });
      // @ts-expect-error a number is not a header value
      void verifyWebhook({ ...options, headers: { 'X-Webhook-Timestamp': 1 } });
      void verifyWebhook({ ...options, body: new Uint8Array(), headers: { 'x-a': ['1', '2'] } });
      void verifyWebhook({
        ...options,
        body: new ArrayBuffer(0),
        secrets: [new Uint8Array(1), 's'],
      });
    };
    expect(checks).toBeTypeOf('function');
  });

  it('sign into the three named headers', () => {
    expectTypeOf(signWebhook).returns.resolves.toEqualTypeOf<WebhookHeaders>();
    expectTypeOf<keyof WebhookHeaders>().toEqualTypeOf<
      'X-Webhook-Id' | 'X-Webhook-Timestamp' | 'X-Signature'
    >();
  });

  it('give errors a closed set of codes', () => {
    expectTypeOf<WebhookVerificationError['code']>().toEqualTypeOf<WebhookVerificationErrorCode>();
    expectTypeOf<WebhookVerificationErrorCode>().toEqualTypeOf<
      | 'body_not_raw'
      | 'missing_header'
      | 'malformed_header'
      | 'timestamp_out_of_range'
      | 'no_matching_signature'
      | 'invalid_payload'
    >();
  });
});

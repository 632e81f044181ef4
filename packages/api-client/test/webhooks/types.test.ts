/**
 * Type-level contract of the public API, checked by `tsc` (the root typecheck): a wrong
 * `expectTypeOf` or an unused `@ts-expect-error` fails the typecheck, not the test run.
 */

import { describe, expect, expectTypeOf, it } from 'vitest';
import type { WebhookVerificationError } from '../../src/webhooks/index.js';
import {
  signWebhook,
  verifyWebhook,
  verifyWebhookRequest,
  type JsonObject,
  type VerifiedWebhook,
  type WebhookEvent,
  type WebhookHeaders,
  type WebhookVerificationErrorCode,
} from '../../src/webhooks/index.js';

type OrderCreated = { type: 'order.created'; data: { orderId: string } };
type TestEvent = { type: 'test' };
type Event = OrderCreated | TestEvent;

const options = { body: '{}', headers: new Headers(), secrets: 'k' };

describe('webhook types', () => {
  // The closures are type-checked, never called: the calls would need real deliveries.
  it('return the event as WebhookEvent by default, or as the type asked for', () => {
    const checks = () => {
      expectTypeOf(verifyWebhook(options)).resolves.toEqualTypeOf<VerifiedWebhook<WebhookEvent>>();
      expectTypeOf(verifyWebhook<Event>(options))
        .resolves.toHaveProperty('event')
        .toEqualTypeOf<Event>();
      expectTypeOf(verifyWebhook(options)).resolves.toHaveProperty('secretIndex').toBeNumber();
    };
    expectTypeOf<WebhookEvent>().toEqualTypeOf<JsonObject>();
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

/**
 * The payload of a verified delivery is checked against the model before `verifyWebhook` of
 * `@platform/api-client/webhooks` (here the 2.x entry, `generated/v2/webhooks.ts`) or of a `/vN`
 * entry returns it: a missing required member or a value of the wrong type is `invalid_payload`
 * (`invalid_event`), an event type the model does not have is `invalid_payload`
 * (`unknown_event_type`), and what the model leaves open (extra members, new enum values) passes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as v1 from '../../src/generated/v1/index.js';
import * as modelFree from '../../src/webhooks/index.js';
import { verifyCheckedWebhook } from '../../src/webhooks/verify.js';
import {
  signWebhook,
  verifyWebhook,
  verifyWebhookIncomingMessage,
  verifyWebhookRequest,
  WEBHOOK_EVENT_TYPES,
  WebhookVerificationError,
  type WebhookEvent,
} from '../../src/generated/v2/webhooks.js';
import { orderCreatedV1, orderCreatedV2, testEvent } from './events.js';
import { expectVerificationError } from './support.js';

const SECRET = 'whsec_model_check';

async function delivery(event: unknown) {
  const body = JSON.stringify(event);
  const headers = await signWebhook({ id: 'evt_1', timestamp: new Date(), body, secrets: SECRET });
  return { body, headers, secrets: SECRET };
}

async function invalidEvent(event: unknown, message: string | RegExp): Promise<void> {
  const error = await expectVerificationError(
    verifyWebhook(await delivery(event)),
    'invalid_payload',
    'invalid_event',
  );
  expect(error.message).toMatch(message);
}

describe('verifyWebhook checks the payload against the model', () => {
  it('returns a valid event, typed by its `type`', async () => {
    const sent = orderCreatedV2();
    const { event } = await verifyWebhook(await delivery(sent));
    expect(event).toEqual(sent);
    if (event.type !== 'order.created') throw new Error(`unexpected ${event.type}`);
    expect(event.data.order.orderId).toBe(sent.data.order.orderId);
    await expect(verifyWebhook(await delivery(testEvent()))).resolves.toMatchObject({
      event: { type: 'test' },
    });
  });

  it('refuses an event without a required member, naming it (the docs’ old `"data": {}`)', async () => {
    await invalidEvent(
      { ...orderCreatedV2(), data: {} },
      'The webhook signature is valid but the payload is not a valid event of the API: data.order is missing (an object is required).',
    );
    const { id: _id, ...withoutId } = orderCreatedV2();
    await invalidEvent(withoutId, /: id is missing/);
  });

  it('refuses values of the wrong type, deep in lists and maps', async () => {
    const quantity = orderCreatedV2();
    Object.assign(quantity.data.order.lineItems[0]!, { quantity: '2' });
    await invalidEvent(
      quantity,
      /data\.order\.lineItems\[0\]\.quantity must be an integer, not a string/,
    );
    const fractional = orderCreatedV2();
    Object.assign(fractional.data.order.lineItems[0]!, { quantity: 1.5 });
    await invalidEvent(fractional, /quantity must be an integer, not a number/);
    const metadata = orderCreatedV2();
    Object.assign(metadata.data.order.metadata, { 'crm id': 4471 });
    await invalidEvent(
      metadata,
      /data\.order\.metadata\["crm id"\] must be a string, not a number/,
    );
    const total = orderCreatedV2();
    Object.assign(total.data.order, { total: '25.98' });
    await invalidEvent(total, /data\.order\.total must be an object, not a string/);
    await invalidEvent({ ...orderCreatedV2(), data: [] }, /data must be an object, not an array/);
  });

  it('refuses null for an optional member (absent is how the API leaves one out)', async () => {
    const sent = orderCreatedV2();
    Object.assign(sent.data.order, { externalReference: null });
    await invalidEvent(sent, /data\.order\.externalReference must be a string, not null/);
  });

  it('never copies a payload value into the message', async () => {
    const sent = orderCreatedV2();
    Object.assign(sent.data.order, { lineItems: 'jane.doe@example.com' });
    const error = await expectVerificationError(
      verifyWebhook(await delivery(sent)),
      'invalid_payload',
      'invalid_event',
    );
    expect(error.message).not.toContain('jane');
  });

  it('lets through what the model leaves open: extra members and new enum values', async () => {
    const sent = orderCreatedV2();
    Object.assign(sent, { deliveredVia: 'queue-7' });
    Object.assign(sent.data.order, { status: 'on_hold', loyaltyPoints: 12 });
    await expect(verifyWebhook(await delivery(sent))).resolves.toMatchObject({ event: sent });
  });

  it('tells an event type this SDK does not know apart, with what to do about it', async () => {
    const error = await expectVerificationError(
      verifyWebhook(await delivery({ ...testEvent(), type: 'invoice.paid' })),
      'invalid_payload',
      'unknown_event_type',
    );
    expect(error.message).toBe(
      'The webhook signature is valid but the payload is an event this SDK version does not know (type must be one of client_secret.expiring, order.cancelled, order.created, test, not "invoice.paid"). Update @platform/api-client to receive it, or verify such deliveries with verifyWebhookSignature and parse the body yourself.',
    );
    const { type: _type, ...untyped } = testEvent();
    await invalidEvent(untyped, /: type is missing/);
  });

  it('checks against the version it is imported from', async () => {
    const sent = orderCreatedV1();
    await invalidEvent(sent, /data\.order\.lineItems\[0\]\.unitPrice is missing/);
    const { event } = await v1.verifyWebhook(await delivery(sent));
    if (event.type !== 'order.created') throw new Error(`unexpected ${event.type}`);
    expect(event.data.order.totalCents).toBe(sent.data.order.totalCents);
  });

  it('checks in the request helpers too', async () => {
    const { body, headers } = await delivery({ ...orderCreatedV2(), data: {} });
    const request = new Request('http://127.0.0.1/hooks', { method: 'POST', headers, body });
    await expectVerificationError(
      verifyWebhookRequest(request, { secrets: SECRET }),
      'invalid_payload',
      'invalid_event',
    );
    const message = Object.assign(
      (async function* () {
        yield body;
      })(),
      { headers, readableEnded: false },
    );
    await expectVerificationError(
      verifyWebhookIncomingMessage(message, { secrets: SECRET }),
      'invalid_payload',
      'invalid_event',
    );
  });

  it('runs before a type argument or parseEvent, which only see model events', async () => {
    const seen: unknown[] = [];
    const parseEvent = (payload: unknown) => {
      seen.push(payload);
      return payload as WebhookEvent;
    };
    const invalid = await delivery({ ...orderCreatedV2(), data: {} });
    await expect(verifyWebhook({ ...invalid, parseEvent })).rejects.toBeInstanceOf(
      WebhookVerificationError,
    );
    await expect(verifyWebhook<{ type: string }>(invalid)).rejects.toMatchObject({
      reason: 'invalid_event',
    });
    expect(seen).toEqual([]);
    await verifyWebhook({ ...(await delivery(testEvent())), parseEvent });
    expect(seen).toHaveLength(1);
  });
});

describe('any signed JSON', () => {
  // Events of every type with members replaced by arbitrary JSON, and arbitrary objects.
  const payload = fc.oneof(
    fc.record({
      id: fc.oneof(fc.string(), fc.jsonValue()),
      type: fc.oneof(fc.constantFrom(...WEBHOOK_EVENT_TYPES), fc.jsonValue()),
      createdAt: fc.jsonValue(),
      data: fc.oneof(
        fc.constant(orderCreatedV2().data),
        fc.record({ order: fc.jsonValue() }),
        fc.dictionary(fc.string(), fc.jsonValue()),
      ),
    }),
    fc.dictionary(fc.string(), fc.jsonValue()),
  );

  it('resolves to an event or rejects with WebhookVerificationError, never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(payload, async (event) => {
        const outcome = await verifyWebhook(await delivery(event)).then(
          () => undefined,
          (error: unknown) => error,
        );
        if (outcome !== undefined) {
          expect(outcome).toBeInstanceOf(WebhookVerificationError);
          expect(outcome).toMatchObject({ code: 'invalid_payload' });
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a check that throws', () => {
  it('is an invalid_payload refusal, not a crash', async () => {
    const { body, headers } = await delivery(testEvent());
    const overflow = () => {
      throw new RangeError('Maximum call stack size exceeded');
    };
    const error = await expectVerificationError(
      verifyCheckedWebhook(overflow, { body, headers, secrets: SECRET }),
      'invalid_payload',
      'invalid_event',
    );
    expect(error.message).toBe(
      'The webhook signature is valid but the payload could not be checked against the model.',
    );
    expect(error.cause).toBeInstanceOf(RangeError);
  });
});

describe('the model-free layer the entries are built on', () => {
  it('returns any JSON object as it is, in the request helpers too', async () => {
    const { body, headers } = await delivery({ type: 'invoice.paid' });
    const request = new Request('http://127.0.0.1/hooks', { method: 'POST', headers, body });
    await expect(
      modelFree.verifyWebhookRequest(request, { secrets: SECRET }),
    ).resolves.toMatchObject({
      event: { type: 'invoice.paid' },
    });
    const message = Object.assign(
      (async function* () {
        yield body;
      })(),
      { headers, readableEnded: false },
    );
    await expect(
      modelFree.verifyWebhookIncomingMessage(message, { secrets: SECRET }),
    ).resolves.toMatchObject({ event: { type: 'invoice.paid' } });
  });
});

/**
 * @module Example partner contract tests: only the public `@platform/api-client/testing` API,
 * msw's `setupServer`, and the partner's own code.
 */
import { Commercial, RateLimitError } from '@platform/api-client/v2';
import {
  createPlatformHandlers,
  createSignedWebhook,
  createTokenHandler,
} from '@platform/api-client/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { handleDelivery, shippableQuantity } from './order-sync.js';

const server = setupServer(createTokenHandler(), ...createPlatformHandlers({ version: 2 }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = () =>
  new Commercial({
    clientId: 'my-app',
    clientSecret: 'my-secret',
    environment: 'sandbox',
    maxRetries: 0,
  });

it('ships the sum of line item quantities of a confirmed order', async () => {
  server.use(
    ...createPlatformHandlers({
      version: 2,
      overrides: {
        GetOrder: {
          order: {
            status: 'confirmed',
            lineItems: [
              {
                sku: 'A',
                description: 'a',
                quantity: 2,
                unitPrice: { amount: '1.00', currency: 'EUR' },
                total: { amount: '2.00', currency: 'EUR' },
              },
              {
                sku: 'B',
                description: 'b',
                quantity: 3,
                unitPrice: { amount: '1.00', currency: 'EUR' },
                total: { amount: '3.00', currency: 'EUR' },
              },
            ],
          },
        },
      },
    }),
  );
  expect(await shippableQuantity(client(), 'ord_1')).toBe(5);
});

it('ships nothing for an order that is not there', async () => {
  server.use(
    ...createPlatformHandlers({ version: 2, overrides: { GetOrder: { error: 'NotFoundError' } } }),
  );
  expect(await shippableQuantity(client(), 'ord_missing')).toBe(0);
});

it('lets rate limiting reach the caller', async () => {
  server.use(
    ...createPlatformHandlers({
      version: 2,
      overrides: { GetOrder: { error: 'RateLimitedError' } },
    }),
  );
  await expect(shippableQuantity(client(), 'ord_1')).rejects.toBeInstanceOf(RateLimitError);
});

it('accepts a signed delivery and rejects a tampered one', async () => {
  const secret = 'whsec_cGFydG5lci10ZXN0LXNlY3JldC0xMjM0NTY=';
  const event = {
    type: 'test',
    id: 'evt_1',
    createdAt: '2026-11-20T16:00:00Z',
    data: { webhookEndpointId: 'whe_1', message: 'This is a test event.' },
  };
  const { body, headers } = await createSignedWebhook(event, secret);
  expect(await handleDelivery(body, headers, secret)).toBe('test');
  await expect(handleDelivery(body.replace('evt_1', 'evt_2'), headers, secret)).rejects.toThrow();
});

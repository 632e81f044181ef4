/**
 * @module The testing kit against the generated SDK clients: every operation answers with its
 * model example, overrides and modeled errors reach the SDK as typed outputs and errors, and
 * signed webhook fixtures verify.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  Commercial as CommercialV1,
  NotFoundError as NotFoundErrorV1,
} from '../../src/generated/v1/index.js';
import {
  Commercial,
  NotFoundError,
  RateLimitError,
  Users,
  ForbiddenError,
  AuthenticationError,
  OAuthError,
} from '../../src/generated/v2/index.js';
import { TESTING_DATA } from '../../src/generated/v2/testing-data.js';
import {
  createFixture,
  createPlatformHandlers,
  createSignedWebhook,
  createTokenHandler,
} from '../../src/testing/index.js';
import { verifyWebhook } from '../../src/webhooks/index.js';

const server = setupServer(createTokenHandler(), ...createPlatformHandlers({ version: 2 }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const options = {
  clientId: 'test-client',
  clientSecret: 'test-secret',
  environment: 'sandbox',
  maxRetries: 0,
} as const;

describe('createPlatformHandlers', () => {
  it('answers GetOrder with the model example', async () => {
    const client = new Commercial(options);
    const out = await client.getOrder({ orderId: 'ord_1' });
    expect(out.order).toEqual(TESTING_DATA.GetOrder.output.order);
    expect(out.$metadata.requestId).toMatch(/^req_test_/);
  });

  it('covers every v2 operation with a handler', () => {
    const handlers = createPlatformHandlers({ version: 2 });
    expect(handlers).toHaveLength(Object.keys(TESTING_DATA).length);
  });

  it('applies a typed override for one test', async () => {
    server.use(
      ...createPlatformHandlers({
        version: 2,
        overrides: { GetOrder: { order: { status: 'fulfilled', orderId: 'ord_override' } } },
      }),
    );
    const out = await new Commercial(options).getOrder({ orderId: 'ord_override' });
    expect(out.order.status).toBe('fulfilled');
    expect(out.order.orderId).toBe('ord_override');
    expect(out.order.partnerId).toBe(TESTING_DATA.GetOrder.output.order.partnerId);
  });

  it('turns error scenarios into the SDK typed errors', async () => {
    server.use(
      ...createPlatformHandlers({
        version: 2,
        overrides: {
          GetOrder: { error: 'NotFoundError' },
          ListOrders: { error: 'RateLimitedError', retryAfterSeconds: 7 },
          ListUsers: { error: 'ForbiddenError' },
        },
      }),
    );
    const client = new Commercial(options);
    const notFound = await client.getOrder({ orderId: 'ord_x' }).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(NotFoundError);
    const limited = await client.listOrders({}).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    const forbidden = await new Users(options).listUsers({}).catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(ForbiddenError);
  });

  it('a 401 from the API surfaces as AuthenticationError after the one refresh retry', async () => {
    server.use(
      ...createPlatformHandlers({
        version: 2,
        overrides: { GetOrder: { error: 'UnauthorizedError' } },
      }),
    );
    const err = await new Commercial(options)
      .getOrder({ orderId: 'ord_x' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
  });

  it('the token handler can refuse the client', async () => {
    server.use(createTokenHandler({ error: 'invalid_client' }));
    const err = await new Commercial(options)
      .getOrder({ orderId: 'ord_x' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OAuthError);
  });

  it('serves v1 routes with v1 examples', async () => {
    server.use(
      ...createPlatformHandlers({
        version: 1,
        overrides: { GetOrder: { error: 'NotFoundError' } },
      }),
    );
    const err = await new CommercialV1(options)
      .getOrder({ orderId: 'ord_x' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundErrorV1);
  });

  it('rejects overrides naming an unknown operation or error', () => {
    expect(() => createPlatformHandlers({ version: 2, overrides: { Nope: {} } as never })).toThrow(
      /no operation Nope in API v2/,
    );
  });

  // Regression: an unmodeled error was accepted, then answered 500 after the SDK's retries.
  it('rejects an error the operation does not model, at once and at compile time', () => {
    expect(() =>
      createPlatformHandlers({
        version: 2,
        // @ts-expect-error: GetOrder does not model NoSuchError
        overrides: { GetOrder: { error: 'NoSuchError' } },
      }),
    ).toThrow(/GetOrder \(v2\) cannot return NoSuchError; modeled errors: .*NotFoundError/);
    expect(() =>
      createPlatformHandlers({
        version: 2,
        // @ts-expect-error: ConflictError is CancelOrder's, not GetOrder's
        overrides: { GetOrder: [{}, { error: 'ConflictError' }] },
      }),
    ).toThrow(/cannot return ConflictError/);
    expect(() =>
      createPlatformHandlers({ version: 2, overrides: { GetOrder: [] as never } }),
    ).toThrow(/at least one response/);
  });

  it('scripts fail once, then succeed, with a sequence of responses', async () => {
    server.use(
      ...createPlatformHandlers({
        version: 2,
        overrides: {
          GetOrder: [{ error: 'ServiceUnavailableError' }, { order: { orderId: 'ord_2' } }],
        },
      }),
    );
    const client = new Commercial({ ...options, maxRetries: 1 });
    const out = await client.getOrder({ orderId: 'ord_2' });
    expect(out.order.orderId).toBe('ord_2');
    expect(out.$metadata.attempts).toBe(2);
    // The last response repeats once the sequence is used up.
    const again = await client.getOrder({ orderId: 'ord_2' });
    expect(again.$metadata.attempts).toBe(1);
  });

  it('repeats the last response of a sequence, so an error can outlast the retries', async () => {
    server.use(
      ...createPlatformHandlers({
        version: 2,
        overrides: { GetOrder: [{}, { error: 'NotFoundError' }] },
      }),
    );
    const client = new Commercial(options);
    await expect(client.getOrder({ orderId: 'ord_1' })).resolves.toHaveProperty('order');
    await expect(client.getOrder({ orderId: 'ord_1' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.getOrder({ orderId: 'ord_1' })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('createFixture', () => {
  it('returns a fresh deep-merged copy of the example', () => {
    const a = createFixture(2, 'GetOrder', { order: { status: 'cancelled' } });
    const b = createFixture(2, 'GetOrder');
    expect(a.order.status).toBe('cancelled');
    expect(b.order.status).toBe(TESTING_DATA.GetOrder.output.order.status);
    expect(a.order.lineItems).not.toBe(b.order.lineItems);
  });
});

describe('createSignedWebhook', () => {
  it('produces a delivery verifyWebhook accepts, and only with the right secret', async () => {
    const secret = 'whsec_dGVzdC1zZWNyZXQtdGVzdC1zZWNyZXQ=';
    const event = { type: 'test', id: 'evt_1', createdAt: '2026-11-20T16:00:00Z', data: {} };
    const { body, headers } = await createSignedWebhook(event, secret);
    const verified = await verifyWebhook({ body, headers, secrets: secret });
    expect(verified.secretIndex).toBe(0);
    await expect(
      verifyWebhook({ body, headers, secrets: 'whsec_b3RoZXItc2VjcmV0LW90aGVyLXNlY3JldA==' }),
    ).rejects.toThrow();
  });
});

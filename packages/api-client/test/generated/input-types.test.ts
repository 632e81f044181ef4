/**
 * @module input-types.test
 *
 * Generated inputs are typed strictly (wrong types and missing required members do not compile;
 * the `@ts-expect-error` lines fail `npm run check` if they ever start compiling), and at runtime a
 * missing required member is an `InvalidInputError` before any request leaves the client.
 */
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  Commercial,
  InvalidInputError,
  type CreateOrderInput,
  type CurrencyCode,
} from '../../src/generated/v2/index.js';

function offlineClient(): { client: Commercial; tokenCalls: () => number } {
  let calls = 0;
  const client = new Commercial({
    baseUrl: 'http://127.0.0.1:9',
    credentials: () => {
      calls += 1;
      return Promise.resolve({ token: 'test-token' });
    },
    maxRetries: 0,
  });
  return { client, tokenCalls: () => calls };
}

describe('generated input types', () => {
  it('require required members and reject wrong types', () => {
    expectTypeOf<CreateOrderInput['currency']>().toEqualTypeOf<CurrencyCode>();
    expectTypeOf<CreateOrderInput>().toHaveProperty('lineItems');
    expectTypeOf<Pick<CreateOrderInput, 'currency'>>().toEqualTypeOf<{ currency: CurrencyCode }>();
    const valid: CreateOrderInput = { currency: 'USD', lineItems: [{ sku: 'SKU-1', quantity: 1 }] };
    expect(valid.currency).toBe('USD');
    // @ts-expect-error currency is required
    const missing: CreateOrderInput = { lineItems: [] };
    // @ts-expect-error currency is a closed enum of ISO codes
    const wrongEnum: CreateOrderInput = { currency: 'XYZ', lineItems: [] };
    // @ts-expect-error quantity is a number
    const wrongType: CreateOrderInput['lineItems'][number] = { sku: 'A', quantity: '1' };
    expect([missing, wrongEnum, wrongType]).toHaveLength(3);
  });
});

describe('generated client at runtime', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('rejects a missing required member with InvalidInputError before any request', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { client, tokenCalls } = offlineClient();
    const input = { lineItems: [{ sku: 'SKU-1', quantity: 1 }] } as unknown as CreateOrderInput;
    const error: unknown = await client.createOrder(input).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(String((error as Error).message)).toContain('currency');
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(tokenCalls()).toBe(0);
  });

  // Regression: `getOrder({ orderId: 123 })` called `/v2/orders/123`.
  it.each([
    ['getOrder', { orderId: 123 }, 'orderId', 'must be a string (got a number)'],
    ['listOrders', { pageSize: '20' }, 'pageSize', 'must be a whole number (got a string)'],
    ['listOrders', { status: 'pending' }, 'status', 'must be a list of values'],
    ['listOrders', { createdAfter: 1_700_000_000 }, 'createdAfter', 'must be a valid Date'],
  ] as const)(
    'rejects %s with a wrong %s type as InvalidInputError before any request',
    async (method, input, member, problem) => {
      const fetchSpy = vi.spyOn(globalThis, 'fetch');
      const { client, tokenCalls } = offlineClient();
      const call = client[method] as (input: unknown) => Promise<unknown>;
      const error: unknown = await call.call(client, input).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).member).toBe(member);
      expect((error as Error).message).toContain(problem);
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(tokenCalls()).toBe(0);
    },
  );
});

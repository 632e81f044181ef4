/**
 * @module The SDK against every fault the sandbox can inject: one test (or more) per fault,
 * checking the SDK's documented reaction (retry, refresh, typed error) over real sockets.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConnectionError,
  OAuthError,
  PlatformError,
  RateLimitError,
  TimeoutError,
} from '@platform/api-client/v2';
import {
  rejection,
  startTestSandbox,
  v2Clients,
  type Sandbox,
  TRANSPORTS,
} from './support/sdk-sandbox.js';

describe.each(TRANSPORTS)('over the %s transport', (transport) => {
  let sandbox: Sandbox;
  let orderId: string;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    const { orders } = await commercial().listOrders({ pageSize: 1 });
    orderId = orders[0]!.orderId;
  });
  afterEach(() => sandbox.faults.clear());
  afterAll(() => sandbox.close());

  /** A fresh client (cold token cache), so each test sees its own token requests. */
  function commercial(tuning: { maxRetries?: number; timeoutMs?: number } = {}) {
    return v2Clients(sandbox, 'demo-app', { transport, timeoutMs: 2_000, ...tuning }).commercial;
  }

  describe('latency', () => {
    it('GetOrder:fault-latency-timeout', async () => {
      sandbox.faults.add({ operation: 'GetOrder', kind: 'latency', delayMs: 1_000 });
      const client = commercial({ maxRetries: 0, timeoutMs: 150 });
      await client.listOrders({ pageSize: 1 }); // fetch the token outside the timed call
      const error = await rejection(client.getOrder({ orderId }));
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).timeoutMs).toBe(150);
    });
  });

  describe('5xx', () => {
    it('GetOrder:fault-5xx-retried', async () => {
      sandbox.faults.add({ operation: 'GetOrder', kind: 'error', status: 503, times: 2 });
      const out = await commercial().getOrder({ orderId });
      expect(out.order.orderId).toBe(orderId);
      expect(out.$metadata.attempts).toBe(3);
      expect(out.$metadata.totalRetryDelay).toBeGreaterThan(0);
    });

    it('GetOrder:fault-5xx-exhausted', async () => {
      sandbox.faults.add({ operation: 'GetOrder', kind: 'error', status: 502, times: 3 });
      const error = await rejection(commercial().getOrder({ orderId }));
      expect(error).toBeInstanceOf(PlatformError);
      expect((error as PlatformError).$metadata.httpStatusCode).toBe(502);
      expect((error as PlatformError).$metadata.attempts).toBe(3);
    });
  });

  describe('401 on a valid token', () => {
    it('GetOrder:fault-401-refresh-once', async () => {
      const client = commercial({ maxRetries: 0 });
      await client.listOrders({ pageSize: 1 });
      sandbox.faults.add({ target: 'api', kind: 'unauthorized' });
      const out = await client.getOrder({ orderId });
      expect(out.order.orderId).toBe(orderId);
      expect(out.$metadata.attempts).toBe(2);
    });

    it('GetOrder:fault-401-twice', async () => {
      sandbox.faults.add({ target: 'api', kind: 'unauthorized', times: 2 });
      const error = await rejection(commercial({ maxRetries: 0 }).getOrder({ orderId }));
      expect(error).toBeInstanceOf(AuthenticationError);
      expect((error as AuthenticationError).$metadata.attempts).toBe(2);
    });

    it('GetOrder:server-clock-past-token-expiry', async () => {
      const client = commercial({ maxRetries: 0 });
      await client.listOrders({ pageSize: 1 });
      sandbox.clock.advance(16 * 60_000);
      const out = await client.getOrder({ orderId });
      expect(out.order.orderId).toBe(orderId);
      expect(out.$metadata.attempts).toBe(2);
    });
  });

  describe('429', () => {
    it('GetOrder:fault-429-short-retry-after', async () => {
      sandbox.faults.add({ operation: 'GetOrder', kind: 'rate-limit', retryAfterSeconds: 1 });
      const started = performance.now();
      const out = await commercial().getOrder({ orderId });
      expect(out.$metadata.attempts).toBe(2);
      expect(performance.now() - started).toBeGreaterThanOrEqual(900);
    });

    it('GetOrder:fault-429-long-retry-after', async () => {
      sandbox.faults.add({ operation: 'GetOrder', kind: 'rate-limit', retryAfterSeconds: 120 });
      const started = performance.now();
      const error = await rejection(commercial().getOrder({ orderId }));
      expect(error).toBeInstanceOf(RateLimitError);
      expect((error as RateLimitError).retryAfterMs).toBe(120_000);
      expect((error as RateLimitError).$metadata.attempts).toBe(1);
      expect(performance.now() - started).toBeLessThan(2_000);
    });
  });

  describe('dropped connection', () => {
    it('GetOrder:fault-drop-retried', async () => {
      sandbox.faults.add({ operation: 'GetOrder', kind: 'drop' });
      const out = await commercial().getOrder({ orderId });
      expect(out.order.orderId).toBe(orderId);
      expect(out.$metadata.attempts).toBe(2);
    });

    it('GetOrder:fault-drop-ConnectionError', async () => {
      sandbox.faults.add({ operation: 'GetOrder', kind: 'drop' });
      const error = await rejection(commercial({ maxRetries: 0 }).getOrder({ orderId }));
      expect(error).toBeInstanceOf(ConnectionError);
    });
  });

  describe('malformed JSON', () => {
    it('GetOrder:fault-malformed-json', async () => {
      sandbox.faults.add({ operation: 'GetOrder', kind: 'malformed-json' });
      const error = await rejection(commercial({ maxRetries: 0 }).getOrder({ orderId }));
      expect(error).toBeInstanceOf(PlatformError);
      expect((error as PlatformError).$metadata.httpStatusCode).toBe(200);
      expect((error as PlatformError).message).toMatch(/JSON/i);
    });
  });

  describe('token endpoint', () => {
    it('Token:fault-503-twice-then-success', async () => {
      sandbox.faults.add({ target: 'token', kind: 'error', status: 503, times: 2 });
      const out = await commercial().getOrder({ orderId });
      expect(out.order.orderId).toBe(orderId);
      expect(sandbox.faults.list()).toHaveLength(0);
    });

    it('Token:fault-oauth-invalid_client', async () => {
      sandbox.faults.add({
        target: 'token',
        kind: 'oauth-error',
        error: 'invalid_client',
        times: 2,
      });
      const error = await rejection(commercial().getOrder({ orderId }));
      expect(error).toBeInstanceOf(OAuthError);
      expect((error as OAuthError).error).toBe('invalid_client');
      // Not retried: one of the two rules' matches is still unused.
      expect(sandbox.faults.list()).toHaveLength(1);
    });
  });
});

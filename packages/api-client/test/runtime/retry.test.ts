import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceError } from '../../src/runtime/index.js';
import {
  AbortError,
  AuthenticationError,
  ConnectionError,
  OAuthError,
  RateLimitError,
  TimeoutError,
  type PlatformClientOptions,
} from '../../src/runtime/index.js';
import { ManualClock } from './support/clock.js';
import { TRANSPORTS } from './support/transports.js';
import {
  ORDER,
  sendJson,
  startLoopbackServer,
  type LoopbackServer,
} from './support/loopback-server.js';
import { Commercial, type TestEnvironment } from './support/orders.js';
import { CLIENT_ID, CLIENT_SECRET, caught, leaks, observedCount } from './support/privacy.js';

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer();
});
beforeEach(() => server.reset());
afterAll(async () => {
  await server.close();
  expect(observedCount()).toBeGreaterThan(10);
  expect(leaks()).toEqual([]);
});

describe.each(TRANSPORTS)('over the %s transport', (_transportName, transport) => {
  function setup(options: PlatformClientOptions<TestEnvironment> = {}, random = 0) {
    const clock = new ManualClock();
    const client = new Commercial(
      {
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        environment: 'local',
        baseUrl: server.baseUrl,
        tokenUrl: server.tokenUrl,
        requestHandler: transport(),
        ...options,
      },
      { clock, random: () => random },
    );
    return { clock, client };
  }

  /** Answers the API with `statuses` in turn (then 200 with the order). */
  function apiStatuses(...statuses: [number, Record<string, string>?][]): void {
    let n = 0;
    server.api((_request, response) => {
      const [status, headers] = statuses[n++] ?? [200];
      if (status === 200) sendJson(response, 200, { order: ORDER }, headers);
      else sendJson(response, status, { code: `Http${status}`, message: 'try again' }, headers);
    });
  }

  const never = (): void => undefined;

  describe('retries with backoff, timed without sleeping', () => {
    it('retries a 503 twice with 0.5 s then 1 s, on the same invocation id', async () => {
      apiStatuses([503], [503]);
      const { clock, client } = setup();
      const output = await client.getOrder({ orderId: 'ord_1' });
      expect(output.$metadata).toEqual({
        httpStatusCode: 200,
        requestId: 'req-200',
        attempts: 3,
        totalRetryDelay: 1500,
      });
      expect(clock.sleeps).toEqual([500, 1000]);
      const ids = new Set(server.apiRequests.map((r) => r.headers['x-platform-invocation-id']));
      expect(ids.size).toBe(1);
      expect(server.apiRequests.map((r) => r.headers['x-platform-attempt'])).toEqual([
        '1',
        '2',
        '3',
      ]);
    });

    it('takes off at most a quarter of each delay as jitter', async () => {
      apiStatuses([503], [503]);
      const { clock, client } = setup({}, 0.999);
      await client.getOrder({ orderId: 'ord_1' });
      expect(clock.sleeps.map(Math.round)).toEqual([375, 750]);
    });

    it('caps the delay at 8 s and stops after maxRetries', async () => {
      server.api((_request, response) =>
        sendJson(response, 503, { code: 'ServiceUnavailableError' }),
      );
      const { clock, client } = setup({ maxRetries: 6 });
      const error = (await caught(client.getOrder({ orderId: 'ord_1' }))) as ServiceError;
      expect(clock.sleeps).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
      expect(error.status).toBe(503);
      expect(error.$metadata.attempts).toBe(7);
      expect(error.$metadata.totalRetryDelay).toBe(23_500);
    });

    it.each([
      [408, 2],
      [429, 2],
      [500, 2],
      [502, 2],
      [503, 2],
      [504, 2],
      [400, 1],
      [403, 1],
      [404, 1],
      [409, 1],
      [501, 1],
    ])('status %i is tried %i time(s) with maxRetries 1', async (status, attempts) => {
      server.api((_request, response) => sendJson(response, status, { code: `Http${status}` }));
      const { client } = setup({ maxRetries: 1 });
      const error = (await caught(client.getOrder({ orderId: 'ord_1' }))) as ServiceError;
      expect(error.status).toBe(status);
      expect(server.apiRequests).toHaveLength(attempts);
    });

    it('retries a dropped connection, then reports a ConnectionError', async () => {
      server.api((_request, response) => {
        response.socket?.destroy();
      });
      const { clock, client } = setup();
      const error = (await caught(client.getOrder({ orderId: 'ord_1' }))) as ConnectionError;
      expect(error).toBeInstanceOf(ConnectionError);
      expect(error.$metadata.attempts).toBe(3);
      expect(error.message).toContain(`GetOrder (GET ${server.baseUrl}/v2/orders/ord_1) failed`);
      expect(clock.sleeps).toEqual([500, 1000]);
    });

    it('retries an attempt that times out, then reports a TimeoutError; the call can shorten the limit', async () => {
      server.api(never);
      const { client } = setup({ timeoutMs: 40 });
      const error = (await caught(client.getOrder({ orderId: 'ord_1' }))) as TimeoutError;
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error.timeoutMs).toBe(40);
      expect(error.$metadata.attempts).toBe(3);
      const perCall = (await caught(
        client.getOrder({ orderId: 'ord_1' }, { timeoutMs: 20 }),
      )) as TimeoutError;
      expect(perCall.timeoutMs).toBe(20);
    });

    it('does not retry an operation that is neither idempotent nor carries an idempotency token', async () => {
      apiStatuses([503]);
      const { client } = setup();
      const error = (await caught(client.cancelOrder({ orderId: 'ord_1' }))) as ServiceError;
      expect(error.status).toBe(503);
      expect(server.apiRequests).toHaveLength(1);
    });

    it('retries a create because of its idempotency token, sending the same token every time', async () => {
      apiStatuses([503], [500]);
      const { client } = setup();
      await client.createOrder({ customerId: 'cus_1', items: [{ sku: 'A', quantity: 1 }] });
      const keys = server.apiRequests.map((r) => r.headers['idempotency-key']);
      expect(keys).toHaveLength(3);
      expect(new Set(keys).size).toBe(1);
      expect(server.apiRequests.every((r) => r.body === server.apiRequests[0]?.body)).toBe(true);
    });

    it('tries once with maxRetries 0', async () => {
      apiStatuses([503]);
      const { client } = setup({ maxRetries: 0 });
      await caught(client.getOrder({ orderId: 'ord_1' }));
      expect(server.apiRequests).toHaveLength(1);
    });
  });

  describe('Retry-After', () => {
    it('is obeyed exactly, in seconds', async () => {
      apiStatuses([429, { 'retry-after': '2' }]);
      const { clock, client } = setup();
      await client.getOrder({ orderId: 'ord_1' });
      expect(clock.sleeps).toEqual([2000]);
    });

    it('gives way to retry-after-ms', async () => {
      apiStatuses([503, { 'retry-after-ms': '1500', 'retry-after': '9' }]);
      const { clock, client } = setup();
      await client.getOrder({ orderId: 'ord_1' });
      expect(clock.sleeps).toEqual([1500]);
    });

    it('is obeyed as an HTTP date', async () => {
      const { clock, client } = setup();
      apiStatuses([429, { 'retry-after': new Date(clock.now() + 3000).toUTCString() }]);
      await client.getOrder({ orderId: 'ord_1' });
      expect(clock.sleeps).toEqual([3000]);
    });

    it('over 60 s fails at once with RateLimitError and retryAfterMs', async () => {
      apiStatuses([429, { 'retry-after': '61' }]);
      const { clock, client } = setup();
      const error = (await caught(client.getOrder({ orderId: 'ord_1' }))) as RateLimitError;
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error.retryAfterMs).toBe(61_000);
      expect(clock.sleeps).toEqual([]);
      expect(server.apiRequests).toHaveLength(1);
    });

    it('over 60 s on a 503 also ends the call at once', async () => {
      apiStatuses([503, { 'retry-after': '120' }]);
      const { clock, client } = setup();
      const error = (await caught(client.getOrder({ orderId: 'ord_1' }))) as ServiceError;
      expect(error.status).toBe(503);
      expect(clock.sleeps).toEqual([]);
    });
  });

  describe('401', () => {
    it('re-sends once, at once, with a new token, outside the retry budget', async () => {
      apiStatuses([401]);
      const { clock, client } = setup({ maxRetries: 0 });
      const output = await client.getOrder({ orderId: 'ord_1' });
      expect(output.$metadata.attempts).toBe(2);
      expect(clock.sleeps).toEqual([]);
      expect(server.tokenRequests).toHaveLength(2);
      const [first, second] = server.apiRequests.map((r) => r.headers.authorization);
      expect(first).not.toBe(second);
    });

    it('twice: one re-send, then AuthenticationError', async () => {
      server.api((_request, response) =>
        sendJson(response, 401, { code: 'UnauthorizedError', message: 'bad token' }),
      );
      const { client } = setup();
      const error = (await caught(client.getOrder({ orderId: 'ord_1' }))) as AuthenticationError;
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error.$metadata.attempts).toBe(2);
      expect(server.apiRequests).toHaveLength(2);
      expect(server.tokenRequests).toHaveLength(2);
    });
  });

  describe('the token endpoint', () => {
    it('500 twice then 200: the call succeeds after backoff', async () => {
      let n = 0;
      server.token((_request, response) => {
        n += 1;
        if (n <= 2) sendJson(response, 500, { error: 'server_error' });
        else
          sendJson(response, 200, {
            access_token: 'at_retry_ok_token',
            token_type: 'Bearer',
            expires_in: 900,
          });
      });
      const { clock, client } = setup();
      const output = await client.getOrder({ orderId: 'ord_1' });
      expect(output.order).toEqual(ORDER);
      expect(server.tokenRequests).toHaveLength(3);
      expect(clock.sleeps).toEqual([500, 1000]);
    });

    it('invalid_client: OAuthError at once, no retry, no API call', async () => {
      server.token((_request, response) =>
        sendJson(response, 401, {
          error: 'invalid_client',
          error_description: 'Unknown client or wrong secret.',
        }),
      );
      const { clock, client } = setup();
      const error = (await caught(client.getOrder({ orderId: 'ord_1' }))) as OAuthError;
      expect(error).toBeInstanceOf(OAuthError);
      expect(error.error).toBe('invalid_client');
      expect(error.errorDescription).toBe('Unknown client or wrong secret.');
      expect(error.status).toBe(401);
      expect(server.tokenRequests).toHaveLength(1);
      expect(server.apiRequests).toHaveLength(0);
      expect(clock.sleeps).toEqual([]);
    });

    it.each(['invalid_grant', 'invalid_scope', 'unauthorized_client'])(
      '%s is not retried either',
      async (code) => {
        server.token((_request, response) => sendJson(response, 400, { error: code }));
        const { client } = setup();
        expect(((await caught(client.getOrder({ orderId: 'ord_1' }))) as OAuthError).error).toBe(
          code,
        );
        expect(server.tokenRequests).toHaveLength(1);
      },
    );

    it('429 with Retry-After and a dropped connection are retried', async () => {
      let n = 0;
      server.token((_request, response) => {
        n += 1;
        if (n === 1) sendJson(response, 429, {}, { 'retry-after': '3' });
        else if (n === 2) {
          response.socket?.destroy();
        } else
          sendJson(response, 200, { access_token: 'at_after_429_token', token_type: 'Bearer' });
      });
      const { clock, client } = setup();
      await client.getOrder({ orderId: 'ord_1' });
      expect(clock.sleeps).toEqual([3000, 1000]);
      expect(server.tokenRequests).toHaveLength(3);
    });

    it('during an outage, a still-valid token keeps serving', async () => {
      const { clock, client } = setup();
      await client.getOrder({ orderId: 'ord_1' });
      server.token((_request, response) => sendJson(response, 503, {}));
      clock.advance(700_000);
      for (let i = 0; i < 5; i++) await client.getOrder({ orderId: 'ord_1' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(server.apiRequests).toHaveLength(6);
      const tokensUsed = new Set(server.apiRequests.map((r) => r.headers.authorization));
      expect(tokensUsed.size).toBe(1);
    });
  });

  describe('an abort settles at once and sends nothing more', () => {
    it('while waiting for the token', async () => {
      server.token(never);
      const { client } = setup();
      const controller = new AbortController();
      const call = caught(
        client.getOrder({ orderId: 'ord_1' }, { abortSignal: controller.signal }),
      );
      while (server.tokenRequests.length === 0)
        await new Promise((resolve) => setTimeout(resolve, 5));
      controller.abort(new Error('user left'));
      const error = (await call) as AbortError;
      expect(error).toBeInstanceOf(AbortError);
      expect((error.cause as Error).message).toBe('user left');
      expect(server.apiRequests).toHaveLength(0);
      client.destroy();
    });

    it('while waiting for the token endpoint backoff', async () => {
      server.token((_request, response) => sendJson(response, 500, {}));
      const { clock, client } = setup();
      clock.holdSleeps = true;
      const controller = new AbortController();
      const call = caught(
        client.getOrder({ orderId: 'ord_1' }, { abortSignal: controller.signal }),
      );
      await clock.sleeping;
      controller.abort();
      expect(await call).toBeInstanceOf(AbortError);
      expect(server.apiRequests).toHaveLength(0);
      client.destroy();
    });

    it('during a backoff wait', async () => {
      apiStatuses([503]);
      const { clock, client } = setup();
      clock.holdSleeps = true;
      const controller = new AbortController();
      const call = caught(
        client.getOrder({ orderId: 'ord_1' }, { abortSignal: controller.signal }),
      );
      await clock.sleeping;
      controller.abort();
      const error = (await call) as AbortError;
      expect(error).toBeInstanceOf(AbortError);
      expect(error.$metadata.attempts).toBe(1);
      expect(server.apiRequests).toHaveLength(1);
    });

    it('during a Retry-After wait', async () => {
      apiStatuses([429, { 'retry-after': '30' }]);
      const { clock, client } = setup();
      clock.holdSleeps = true;
      const controller = new AbortController();
      const call = caught(
        client.getOrder({ orderId: 'ord_1' }, { abortSignal: controller.signal }),
      );
      await clock.sleeping;
      controller.abort();
      expect(await call).toBeInstanceOf(AbortError);
      expect(clock.sleeps).toEqual([30_000]);
      expect(server.apiRequests).toHaveLength(1);
    });

    it('when the client is destroyed while a token request is pending', async () => {
      server.token(never);
      const { client } = setup();
      const call = caught(client.getOrder({ orderId: 'ord_1' }));
      while (server.tokenRequests.length === 0)
        await new Promise((resolve) => setTimeout(resolve, 5));
      client.destroy();
      const error = (await call) as AbortError;
      expect(error).toBeInstanceOf(AbortError);
      expect(error.message).toContain('Token request');
      expect(server.apiRequests).toHaveLength(0);
    });

    it('while waiting for the response', async () => {
      server.api(never);
      const { client } = setup();
      const controller = new AbortController();
      const call = caught(
        client.getOrder({ orderId: 'ord_1' }, { abortSignal: controller.signal }),
      );
      while (server.apiRequests.length === 0)
        await new Promise((resolve) => setTimeout(resolve, 5));
      controller.abort();
      expect(await call).toBeInstanceOf(AbortError);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(server.apiRequests).toHaveLength(1);
    });
  });
});

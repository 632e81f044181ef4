import { inspect } from 'node:util';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { InMemoryTokenCache, type PlatformClientOptions } from '../../src/runtime/index.js';
import { ManualClock } from './support/clock.js';
import { Commercial, GetOrderCommand, type TestEnvironment } from './support/orders.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  caught,
  issueToken,
  leaks,
  leaksIn,
  observe,
  observedCount,
  recordingLogger,
} from './support/privacy.js';

const BASE = 'https://api.example.gov';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function tokenEndpoint() {
  server.use(
    http.post(`${BASE}/oauth/token`, () =>
      HttpResponse.json({
        access_token: issueToken('privacy'),
        token_type: 'Bearer',
        expires_in: 900,
      }),
    ),
  );
}

function client(options: PlatformClientOptions<TestEnvironment> = {}) {
  const logger = recordingLogger();
  const made = new Commercial(
    {
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      logger,
      maxRetries: 1,
      timeoutMs: 50,
      ...options,
    },
    { clock: new ManualClock(), random: () => 0 },
  );
  return observe(made);
}

describe('the leak detector', () => {
  it('finds the secret in every wire encoding and every issued token', () => {
    const token = issueToken('detector');
    const basic = btoa(
      `${new URLSearchParams([['', CLIENT_ID]]).toString().slice(1)}:${new URLSearchParams([['', CLIENT_SECRET]]).toString().slice(1)}`,
    );
    const texts = [
      `raw ${CLIENT_SECRET}`,
      `uri ${encodeURIComponent(CLIENT_SECRET)}`,
      `form client_secret=${new URLSearchParams([['', CLIENT_SECRET]]).toString().slice(1)}`,
      `Basic ${basic}`,
      `Bearer ${token}`,
      'clean',
    ];
    expect(texts.map((text) => leaksIn([text]).length > 0)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('secrets and tokens never appear', () => {
  it('in debug logs of successful calls, with either client authentication', async () => {
    tokenEndpoint();
    server.use(http.all(`${BASE}/v2/*`, () => HttpResponse.json({ order: { orderId: 'ord_1' } })));
    for (const clientAuthentication of ['client_secret_basic', 'client_secret_post'] as const) {
      const made = client({ clientAuthentication });
      observe(await made.getOrder({ orderId: 'ord_1' }));
      observe(await made.createOrder({ customerId: 'c', items: [], cardNumber: '4111' }));
      observe(made);
    }
  });

  it('in errors from the token endpoint', async () => {
    server.use(
      http.post(`${BASE}/oauth/token`, () =>
        HttpResponse.json(
          { error: 'invalid_client', error_description: 'Client authentication failed.' },
          { status: 401 },
        ),
      ),
    );
    await caught(client().getOrder({ orderId: 'ord_1' }));
    server.use(http.post(`${BASE}/oauth/token`, () => HttpResponse.error()));
    await caught(client().getOrder({ orderId: 'ord_1' }));
    server.use(
      http.post(`${BASE}/oauth/token`, () =>
        HttpResponse.json({ access_token: issueToken('bad-type'), token_type: 'mac' }),
      ),
    );
    await caught(client().getOrder({ orderId: 'ord_1' }));
  });

  it('in errors from the API: 401 twice, 429, 500, a dropped connection, a timeout, an abort', async () => {
    tokenEndpoint();
    const statuses = [401, 429, 500];
    for (const status of statuses) {
      server.use(
        http.get(`${BASE}/v2/orders/:id`, () =>
          HttpResponse.json({ code: `E${status}` }, { status }),
        ),
      );
      await caught(client().getOrder({ orderId: 'ord_1' }));
    }
    server.use(http.get(`${BASE}/v2/orders/:id`, () => HttpResponse.error()));
    await caught(client().getOrder({ orderId: 'ord_1' }));
    server.use(http.get(`${BASE}/v2/orders/:id`, () => new Promise<Response>(() => undefined)));
    await caught(client().getOrder({ orderId: 'ord_1' }));
    await caught(client().getOrder({ orderId: 'ord_1' }, { abortSignal: AbortSignal.abort() }));
  });

  it('in configuration errors raised next to a secret', async () => {
    for (const options of [
      { baseUrl: 'http://api.example.gov' },
      { maxRetries: -1 },
      { environment: 'qa' },
    ] as const) {
      try {
        client(options as PlatformClientOptions<TestEnvironment>);
      } catch (error) {
        observe(error);
      }
    }
    const secretProvider = client({ clientSecret: () => '' });
    await caught(secretProvider.getOrder({ orderId: 'ord_1' }));
  });

  it('in what a shared cache, a command or a client shows', async () => {
    tokenEndpoint();
    server.use(http.get(`${BASE}/v2/orders/:id`, () => HttpResponse.json({ order: {} })));
    const tokenCache = new InMemoryTokenCache();
    const made = client({ tokenCache, clientSecret: () => CLIENT_SECRET });
    await made.getOrder({ orderId: 'ord_1' });
    observe(tokenCache);
    observe(new GetOrderCommand({ orderId: 'ord_1' }));
    observe(made);
    observe(made.config);
    expect(inspect(made, { showHidden: true, depth: 20 })).not.toContain(CLIENT_SECRET);
  });
});

afterAll(() => {
  expect(observedCount()).toBeGreaterThan(30);
  expect(leaks()).toEqual([]);
});

import { FetchHttpHandler } from '@smithy/fetch-http-handler';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AbortError,
  ApiVersionGoneError,
  AuthenticationError,
  ConfigurationError,
  InMemoryTokenCache,
  OAuthError,
  PlatformError,
  RateLimitError,
  ServiceError,
  isServiceError,
  type PlatformClientOptions,
  type TokenCache,
} from '../../src/runtime/index.js';
import { ManualClock } from './support/clock.js';
import { TRANSPORTS } from './support/transports.js';
import {
  Commercial,
  NotFoundError,
  TooManyRequestsError,
  UnauthorizedError,
  type TestEnvironment,
} from './support/orders.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  caught,
  issueToken,
  leaks,
  observe,
  observedCount,
  recordingLogger,
} from './support/privacy.js';

const BASE = 'https://api.example.gov';
const TOKEN_URL = `${BASE}/oauth/token`;
const ORDER = {
  orderId: 'ord_1',
  status: 'open',
  customerId: 'cus_1',
  total: { amount: '1.00', currency: 'EUR' },
  createdAt: '2024-01-01T00:00:00Z',
};

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** The token endpoint: issues a fresh token per request and records the requests. */
function tokenEndpoint() {
  const requests: { headers: Headers; body: string }[] = [];
  const tokens: string[] = [];
  server.use(
    http.post(TOKEN_URL, async ({ request }) => {
      requests.push({ headers: request.headers, body: await request.text() });
      const token = issueToken(tokens.length + 1);
      tokens.push(token);
      return HttpResponse.json({ access_token: token, token_type: 'Bearer', expires_in: 900 });
    }),
  );
  return { requests, tokens };
}

/** An API route answering with `respond`, recording the requests. */
function route(
  method: 'get' | 'post',
  path: string,
  respond: (request: Request, n: number) => Response | Promise<Response>,
) {
  const requests: Request[] = [];
  server.use(
    http[method](`${BASE}${path}`, ({ request }) => {
      requests.push(request.clone());
      return respond(request, requests.length);
    }),
  );
  return requests;
}

function errorResponse(status: number, body: unknown, headers: Record<string, string> = {}) {
  return HttpResponse.json(body as Record<string, unknown>, {
    status,
    headers: { 'x-request-id': `req-${status}`, ...headers },
  });
}

describe.each(TRANSPORTS)('over the %s transport', (transportName, transport) => {
  function commercial(
    options: PlatformClientOptions<TestEnvironment> = {},
    clock = new ManualClock(),
  ) {
    return new Commercial(
      { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, requestHandler: transport(), ...options },
      { clock, random: () => 0 },
    );
  }

  describe('a successful call', () => {
    it('returns the output members with $metadata', async () => {
      tokenEndpoint();
      route('get', '/v2/orders/:orderId', () =>
        HttpResponse.json({ order: ORDER, ignored: 1 }, { headers: { 'x-request-id': 'req-42' } }),
      );
      const output = await commercial().getOrder({ orderId: 'ord_1' });
      expect(output).toEqual({
        order: ORDER,
        $metadata: { httpStatusCode: 200, requestId: 'req-42', attempts: 1, totalRetryDelay: 0 },
      });
    });

    it('sends the user agent, the bearer token, an invocation id and the attempt number', async () => {
      const { tokens } = tokenEndpoint();
      const requests = route('get', '/v2/orders/:orderId', () =>
        HttpResponse.json({ order: ORDER }),
      );
      await commercial().getOrder({ orderId: 'ord_1' });
      const headers = requests[0]?.headers;
      expect(headers?.get('user-agent')).toBe('platform-api-client/2.0.0 api/v2');
      expect(headers?.get('authorization')).toBe(`Bearer ${tokens[0]}`);
      expect(headers?.get('x-platform-invocation-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(headers?.get('x-platform-attempt')).toBe('1');
      // fetch is told not to follow redirects; node:http never does (see the redirect test below).
      if (transportName === 'fetch') expect(requests[0]?.redirect).toBe('manual');
    });

    it('reads output headers and sends a generated idempotency token, keeping a given one', async () => {
      tokenEndpoint();
      const requests = route('post', '/v2/orders', () =>
        HttpResponse.json(
          { order: ORDER },
          { status: 201, headers: { location: '/v2/orders/ord_1' } },
        ),
      );
      const client = commercial();
      const created = await client.createOrder({ customerId: 'cus_1', items: [] });
      expect(created.location).toBe('/v2/orders/ord_1');
      expect(created.$metadata.httpStatusCode).toBe(201);
      await client.createOrder({ customerId: 'cus_1', items: [], clientToken: 'my-key' });
      expect(requests[0]?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
      expect(requests[1]?.headers.get('idempotency-key')).toBe('my-key');
    });

    it('refuses a 2xx whose body is not JSON', async () => {
      tokenEndpoint();
      route('get', '/v2/orders/:orderId', () => new HttpResponse('<html>', { status: 200 }));
      const error = await caught(commercial().getOrder({ orderId: 'ord_1' }));
      expect(error).toBeInstanceOf(ServiceError);
      expect((error as ServiceError).code).toBe('InvalidResponseError');
    });

    it('runs on the smithy FetchHttpHandler as transport', async () => {
      tokenEndpoint();
      route('get', '/v2/orders/:orderId', () =>
        HttpResponse.json({ order: ORDER }, { headers: { 'x-request-id': 'req-7' } }),
      );
      const output = await commercial({ requestHandler: new FetchHttpHandler() }).getOrder({
        orderId: 'a/b',
      });
      expect(output.order).toEqual(ORDER);
      expect(output.$metadata.requestId).toBe('req-7');
    });
  });

  describe('error responses', () => {
    it('become the modeled class, with members, and a message naming the call', async () => {
      tokenEndpoint();
      route('get', '/v2/orders/:orderId', () =>
        errorResponse(404, {
          code: 'NotFoundError',
          message: 'Order ord_9 does not exist.',
          resourceId: 'ord_9',
        }),
      );
      const error = (await caught(commercial().getOrder({ orderId: 'ord_9' }))) as NotFoundError;
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error.resourceId).toBe('ord_9');
      expect(error.code).toBe('NotFoundError');
      expect(error.$metadata).toEqual({
        httpStatusCode: 404,
        requestId: 'req-404',
        attempts: 1,
        totalRetryDelay: 0,
      });
      expect(error.message).toBe(
        'GetOrder (GET https://api.example.gov/v2/orders/ord_9) failed with 404 NotFoundError: Order ord_9 does not exist. [request id req-404]',
      );
    });

    it('keep an unknown wire code, and fall back to ServiceError for a body that is not JSON', async () => {
      tokenEndpoint();
      route('get', '/v2/orders/:orderId', (_r, n) =>
        n === 1
          ? errorResponse(409, { code: 'BrandNewError', message: 'new' })
          : new HttpResponse('oops', { status: 400 }),
      );
      const client = commercial();
      const unknown = (await caught(client.getOrder({ orderId: 'x' }))) as ServiceError;
      expect(unknown.constructor).toBe(ServiceError);
      expect(unknown.code).toBe('BrandNewError');
      const plain = (await caught(client.getOrder({ orderId: 'x' }))) as ServiceError;
      expect(plain.code).toBe('ServiceError');
      expect(plain.status).toBe(400);
    });

    it('turn a second 401 into the modeled AuthenticationError subclass', async () => {
      tokenEndpoint();
      route('get', '/v2/orders/:orderId', () =>
        errorResponse(401, { code: 'UnauthorizedError', message: 'no' }),
      );
      const error = await caught(commercial().getOrder({ orderId: 'x' }));
      expect(error).toBeInstanceOf(UnauthorizedError);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect((error as UnauthorizedError).$metadata.attempts).toBe(2);
    });

    it('turn a 401 with a modeled code that is not an AuthenticationError into AuthenticationError', async () => {
      tokenEndpoint();
      route('get', '/v2/orders/:orderId', () =>
        errorResponse(401, { code: 'SessionExpiredError', message: 'no' }),
      );
      const error = (await caught(commercial().getOrder({ orderId: 'x' }))) as AuthenticationError;
      expect(error.constructor).toBe(AuthenticationError);
      expect(error.code).toBe('AuthenticationError');
    });

    it('turn a modeled 429 into a RateLimitError subclass with retryAfterMs', async () => {
      tokenEndpoint();
      route('get', '/v2/orders/:orderId', () =>
        errorResponse(
          429,
          { code: 'TooManyRequestsError', message: 'slow down' },
          { 'retry-after': '3' },
        ),
      );
      const error = (await caught(
        commercial({ maxRetries: 0 }).getOrder({ orderId: 'x' }),
      )) as RateLimitError;
      expect(error).toBeInstanceOf(TooManyRequestsError);
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error.retryAfterMs).toBe(3000);
    });

    it('turn a 410 with the version-retired code into ApiVersionGoneError naming the SDK major to move to', async () => {
      tokenEndpoint();
      route('get', '/v2/orders/:orderId', () =>
        errorResponse(410, { code: 'ApiVersionRetiredError', message: 'v2 is retired' }),
      );
      const error = (await caught(commercial().getOrder({ orderId: 'x' }))) as ApiVersionGoneError;
      expect(error).toBeInstanceOf(ApiVersionGoneError);
      expect(error.successorMajor).toBe(3);
      expect(error.message).toContain('upgrade to @platform/api-client@3');
    });

    it('leave a 410 about a resource alone', async () => {
      tokenEndpoint();
      route('get', '/v2/orders/:orderId', () =>
        errorResponse(410, { code: 'OrderPurgedError', message: 'purged' }),
      );
      const error = (await caught(commercial().getOrder({ orderId: 'x' }))) as ServiceError;
      expect(error).not.toBeInstanceOf(ApiVersionGoneError);
      expect(error.code).toBe('OrderPurgedError');
    });

    it('name the scopes of an insufficient_scope challenge on a 403', async () => {
      tokenEndpoint();
      route('get', '/v2/orders/:orderId', () =>
        errorResponse(
          403,
          {
            code: 'ForbiddenError',
            reason: 'insufficient_scope',
            missingScopes: ['commercial:read'],
          },
          {
            'www-authenticate':
              'Bearer realm="platform", error="insufficient_scope", scope="commercial:read users:read"',
          },
        ),
      );
      const error = (await caught(commercial().getOrder({ orderId: 'x' }))) as ServiceError;
      expect(error.status).toBe(403);
      expect(error.requiredScopes).toEqual(['commercial:read', 'users:read']);
      expect(error.message).toContain(
        'GetOrder requires the scopes commercial:read, users:read; the access token lacks commercial:read',
      );
    });

    it('take the missing scopes from the challenge when the body does not name them', async () => {
      tokenEndpoint();
      route('get', '/v2/orders/:orderId', () =>
        errorResponse(
          403,
          { code: 'ForbiddenError' },
          { 'WWW-Authenticate': 'Basic realm="x", Bearer error="insufficient_scope", scope="a:b"' },
        ),
      );
      const error = (await caught(commercial().getOrder({ orderId: 'x' }))) as ServiceError;
      expect(error.requiredScopes).toEqual(['a:b']);
      expect(error.message).toContain('the access token lacks a:b');
    });

    it('name the required scopes on a 403', async () => {
      tokenEndpoint();
      route('get', '/v2/orders/:orderId', () =>
        errorResponse(403, { code: 'ForbiddenError', message: 'insufficient_scope' }),
      );
      const error = (await caught(commercial().getOrder({ orderId: 'x' }))) as ServiceError;
      expect(error.message).toContain('(GetOrder requires the scopes commercial:read)');
    });

    it('never follow a redirect, so the token is never sent elsewhere', async () => {
      tokenEndpoint();
      route(
        'get',
        '/v2/orders/:orderId',
        () =>
          new HttpResponse(null, {
            status: 302,
            headers: { location: 'https://elsewhere.example/steal' },
          }),
      );
      const stolen: Request[] = [];
      server.use(
        http.all(
          'https://elsewhere.example/*',
          ({ request }) => (stolen.push(request), HttpResponse.json({})),
        ),
      );
      const error = (await caught(commercial().getOrder({ orderId: 'x' }))) as ServiceError;
      expect(isServiceError(error)).toBe(true);
      expect(error.status).toBe(302);
      expect(stolen).toHaveLength(0);
    });
  });

  describe('the token endpoint, on the wire', () => {
    it('gets client_secret_basic by default and client_secret_post on request', async () => {
      const { requests } = tokenEndpoint();
      route('get', '/v2/orders/:orderId', () => HttpResponse.json({ order: ORDER }));
      await commercial({ scopes: ['commercial:read'] }).getOrder({ orderId: 'x' });
      await commercial({ clientAuthentication: 'client_secret_post' }).getOrder({ orderId: 'x' });
      const basic = requests[0];
      const form = (await Promise.resolve(basic?.body)) ?? '';
      expect(basic?.headers.get('authorization')).toMatch(/^Basic /);
      expect(new URLSearchParams(form).get('scope')).toBe('commercial:read');
      expect(new URLSearchParams(form).get('client_secret')).toBeNull();
      const post = new URLSearchParams(requests[1]?.body);
      expect(requests[1]?.headers.get('authorization')).toBeNull();
      expect(post.get('client_id')).toBe(CLIENT_ID);
      expect(post.get('client_secret')).toBe(CLIENT_SECRET);
      // RFC 6749 §3.3: without `scopes` the server grants what the application was registered for.
      expect(post.has('scope')).toBe(false);
    });

    it('refuses a secret provider value with surrounding whitespace, before any request', async () => {
      const { requests } = tokenEndpoint();
      const error = await caught(
        commercial({ clientSecret: async () => `${CLIENT_SECRET}\n` }).getOrder({ orderId: 'x' }),
      );
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).option).toBe('clientSecret');
      expect((error as Error).message).not.toContain(CLIENT_SECRET);
      expect(requests).toHaveLength(0);
    });

    it('calls a secret provider for every token request, so a rotated secret takes effect', async () => {
      const { requests } = tokenEndpoint();
      route('get', '/v2/orders/:orderId', () => errorResponse(401, { code: 'UnauthorizedError' }));
      const secrets = [CLIENT_SECRET, `${CLIENT_SECRET}-rotated`];
      let calls = 0;
      const client = commercial({
        clientSecret: () => secrets[Math.min(calls++, 1)] as string,
        clientAuthentication: 'client_secret_post',
      });
      await caught(client.getOrder({ orderId: 'x' }));
      expect(calls).toBe(2);
      expect(requests.map((r) => new URLSearchParams(r.body).get('client_secret'))).toEqual(
        secrets,
      );
    });

    it('refuses a response over 1 MiB without retrying', async () => {
      let calls = 0;
      server.use(
        http.post(
          TOKEN_URL,
          () => (calls++, HttpResponse.text('x'.repeat(1_048_577), { status: 200 })),
        ),
      );
      const error = (await caught(commercial().getOrder({ orderId: 'x' }))) as OAuthError;
      expect(error).toBeInstanceOf(OAuthError);
      expect(error.error).toBe('invalid_token_response');
      expect(calls).toBe(1);
    });

    it('refuses a redirect instead of following it with the secret', async () => {
      const followed: Request[] = [];
      server.use(
        http.post(
          TOKEN_URL,
          () =>
            new HttpResponse(null, {
              status: 307,
              headers: { location: 'https://elsewhere.example/token' },
            }),
        ),
        http.all(
          'https://elsewhere.example/*',
          ({ request }) => (followed.push(request), HttpResponse.json({})),
        ),
      );
      const error = (await caught(commercial().getOrder({ orderId: 'x' }))) as OAuthError;
      expect(error.error).toBe('invalid_token_response');
      expect(error.message).toContain('redirect');
      expect(followed).toHaveLength(0);
    });
  });

  describe('custom credentials provider', () => {
    it('supplies the tokens, cached, and is asked to force a refresh after a 401', async () => {
      const calls: unknown[] = [];
      const tokens = [issueToken('broker-1'), issueToken('broker-2')];
      const credentials = async (properties?: Record<string, unknown>) => {
        calls.push(properties);
        return {
          token: tokens[calls.length - 1] as string,
          expiration: new Date(Date.parse('2025-01-01T01:00:00Z')),
        };
      };
      const seen: (string | null)[] = [];
      route('get', '/v2/orders/:orderId', (request) => {
        seen.push(request.headers.get('authorization'));
        return seen.length === 3
          ? errorResponse(401, { code: 'UnauthorizedError' })
          : HttpResponse.json({ order: ORDER });
      });
      const client = new Commercial({ credentials }, { clock: new ManualClock() });
      await client.getOrder({ orderId: 'x' });
      await client.getOrder({ orderId: 'x' });
      await client.getOrder({ orderId: 'x' });
      expect(calls).toEqual([{}, { forceRefresh: true }]);
      expect(seen).toEqual([
        `Bearer ${tokens[0]}`,
        `Bearer ${tokens[0]}`,
        `Bearer ${tokens[0]}`,
        `Bearer ${tokens[1]}`,
      ]);
    });

    it('is reported as a configuration error when it returns no token', async () => {
      const client = new Commercial({ credentials: async () => ({ token: '' }) });
      const error = (await caught(client.getOrder({ orderId: 'x' }))) as ConfigurationError;
      expect(error.option).toBe('credentials');
    });
  });

  describe('a shared token cache', () => {
    it('lets clients with the same credentials share one token, and keeps a different secret apart', async () => {
      const { requests } = tokenEndpoint();
      route('get', '/v2/orders/:orderId', () => HttpResponse.json({ order: ORDER }));
      const tokenCache = new InMemoryTokenCache();
      await commercial({ tokenCache }).getOrder({ orderId: 'x' });
      await commercial({ tokenCache }).getOrder({ orderId: 'x' });
      expect(requests).toHaveLength(1);
      await commercial({ tokenCache, clientSecret: `${CLIENT_SECRET}-other` }).getOrder({
        orderId: 'x',
      });
      await commercial({ tokenCache, scopes: ['commercial:read'] }).getOrder({ orderId: 'x' });
      expect(requests).toHaveLength(3);
      expect(observe(tokenCache)).toBeInstanceOf(InMemoryTokenCache);
    });

    it('drops a rejected token from the cache so the next client does not reuse it', async () => {
      const { requests, tokens } = tokenEndpoint();
      route('get', '/v2/orders/:orderId', (request) =>
        request.headers.get('authorization') === `Bearer ${tokens[0]}`
          ? errorResponse(401, { code: 'UnauthorizedError' })
          : HttpResponse.json({ order: ORDER }),
      );
      const tokenCache = new InMemoryTokenCache();
      await commercial({ tokenCache }).getOrder({ orderId: 'x' });
      await commercial({ tokenCache }).getOrder({ orderId: 'x' });
      expect(requests).toHaveLength(2);
    });

    it('is bypassed, with a warning, when it fails', async () => {
      const { requests } = tokenEndpoint();
      route('get', '/v2/orders/:orderId', () => HttpResponse.json({ order: ORDER }));
      const broken: TokenCache = {
        get: () => Promise.reject(new Error('cache unreachable')),
        set: () => Promise.reject(new Error('cache unreachable')),
        delete: () => undefined,
      };
      const logger = recordingLogger();
      const output = await commercial({ tokenCache: broken, logger }).getOrder({ orderId: 'x' });
      expect(output.order).toEqual(ORDER);
      expect(requests).toHaveLength(1);
      expect(
        logger.lines.filter((l) => l.startsWith('warn') && l.includes('cache unreachable')),
      ).toHaveLength(2);
    });
  });

  describe('logging', () => {
    it('reports Deprecation and Sunset once per operation', async () => {
      tokenEndpoint();
      const headers = { deprecation: '@1735689600', sunset: 'Wed, 01 Jul 2026 00:00:00 GMT' };
      route('get', '/v2/orders/:orderId', () => HttpResponse.json({ order: ORDER }, { headers }));
      route('get', '/v2/orders', () => HttpResponse.json({ orders: [] }, { headers }));
      const logger = recordingLogger();
      const client = commercial({ logger });
      await client.getOrder({ orderId: 'x' });
      await client.getOrder({ orderId: 'y' });
      await client.listOrders({});
      const warnings = logger.lines.filter((l) => l.startsWith('warn'));
      expect(warnings).toHaveLength(2);
      expect(warnings[0]).toContain('GetOrder is deprecated (Deprecation: @1735689600)');
      expect(warnings[0]).toContain('Wed, 01 Jul 2026 00:00:00 GMT');
      expect(warnings[1]).toContain('ListOrders');
    });

    it('redacts credentials, cookies and sensitive members at debug', async () => {
      tokenEndpoint();
      route('post', '/v2/orders', () =>
        HttpResponse.json({ order: ORDER }, { headers: { 'set-cookie': 'session=s3' } }),
      );
      const logger = recordingLogger();
      await commercial({ logger }).createOrder({
        customerId: 'c',
        items: [],
        cardNumber: '4111111111111111',
      });
      const text = logger.lines.join('\n');
      expect(text).toContain('"authorization":"[REDACTED]"');
      expect(text).toContain('"cardNumber":"[REDACTED]"');
      expect(text).not.toContain('4111111111111111');
      expect(text).toContain('client_secret [REDACTED]');
      expect(logger.lines.length).toBeGreaterThanOrEqual(4);
    });
  });

  describe('call options', () => {
    it('reject a malformed per-call timeout before sending', async () => {
      const error = (await caught(
        commercial().getOrder({ orderId: 'x' }, { timeoutMs: -1 }),
      )) as ConfigurationError;
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.option).toBe('timeoutMs (call option)');
    });

    it('send nothing when the signal has already aborted', async () => {
      const { requests } = tokenEndpoint();
      const reason = new Error('user left');
      const error = (await caught(
        commercial().getOrder({ orderId: 'x' }, { abortSignal: AbortSignal.abort(reason) }),
      )) as AbortError;
      expect(error).toBeInstanceOf(AbortError);
      expect(error.cause).toBe(reason);
      expect(requests).toHaveLength(0);
    });

    it('every error is a PlatformError', async () => {
      server.use(
        http.post(TOKEN_URL, () => HttpResponse.json({ error: 'invalid_client' }, { status: 401 })),
      );
      expect(await caught(commercial().getOrder({ orderId: 'x' }))).toBeInstanceOf(PlatformError);
    });
  });
});

afterAll(() => {
  expect(observedCount()).toBeGreaterThan(20);
  expect(leaks()).toEqual([]);
});

import { describe, expect, it } from 'vitest';
import { DEMO, call, tokenFor, useSandbox } from './helpers.js';

// A frozen clock: budgets refill only when a test moves it, however slow the machine is.
const FROZEN = Date.now();
const sandbox = useSandbox({
  now: () => FROZEN,
  rateLimit: { requests: 3, perSeconds: 60 },
  rateLimits: { 'other-partner-app': null },
});

describe('versions', () => {
  it('v1 answers carry Deprecation, Sunset and policy links from the model; v2 does not', async () => {
    const token = await tokenFor(sandbox.current, DEMO.otherPartner);
    const v1 = await call(sandbox.current, token, 'GET', '/v1/application');
    expect(v1.status).toBe(200);
    // deprecatedAt 2026-06-01T00:00:00Z, sunsetAt 2027-12-01T00:00:00Z in model/v1.
    expect(v1.headers.get('deprecation')).toBe(`@${Date.UTC(2026, 5, 1) / 1000}`);
    expect(v1.headers.get('sunset')).toBe('Wed, 01 Dec 2027 00:00:00 GMT');
    expect(v1.headers.get('link')).toContain('rel="deprecation"');
    const v1Error = await call(sandbox.current, token, 'GET', '/v1/orders/ord_doesnotexist00');
    expect(v1Error.headers.get('deprecation')).not.toBeNull();
    const v2 = await call(sandbox.current, token, 'GET', '/v2/application');
    expect(v2.headers.get('deprecation')).toBeNull();
    expect(v2.headers.get('sunset')).toBeNull();
  });

  it('a retired version answers 410 ApiVersionRetiredError naming the successor, until restored', async () => {
    const token = await tokenFor(sandbox.current, DEMO.otherPartner);
    const retire = await fetch(`${sandbox.current.baseUrl}/_sandbox/versions/1`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{"retired": true}',
    });
    expect(retire.status).toBe(200);
    const gone = await call(sandbox.current, token, 'GET', '/v1/orders');
    expect(gone.status).toBe(410);
    expect(gone.body).toMatchObject({
      code: 'ApiVersionRetiredError',
      retiredVersion: 'v1',
      successorVersion: 'v2',
      retiredAt: '2027-12-01T00:00:00Z',
      migrationGuideUrl: 'https://developer.example.gov/versions/policy',
    });
    const unauthenticated = await call(sandbox.current, undefined, 'GET', '/v1/orders');
    expect(unauthenticated.status).toBe(410);
    expect((await call(sandbox.current, token, 'GET', '/v2/orders?pageSize=1')).status).toBe(200);
    sandbox.current.setVersionRetired(1, false);
    expect((await call(sandbox.current, token, 'GET', '/v1/orders?pageSize=1')).status).toBe(200);
  });
});

describe('rate limits per application', () => {
  it('answers 429 RateLimitedError with Retry-After once the budget is spent', async () => {
    const token = await tokenFor(sandbox.current, DEMO.readOnly);
    const statuses: number[] = [];
    let limited;
    for (let i = 0; i < 4; i += 1) {
      const answer = await call(sandbox.current, token, 'GET', '/v2/application');
      statuses.push(answer.status);
      if (answer.status === 429) limited = answer;
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(limited?.body.code).toBe('RateLimitedError');
    // 3 calls per 60 s: the next one is 20 s away.
    expect(Number(limited?.headers.get('retry-after'))).toBe(20);
    expect(Number(limited?.headers.get('retry-after-ms'))).toBe(20_000);
  });

  it('budgets are per application, refill with time, and can be changed at run time', async () => {
    const other = await tokenFor(sandbox.current, DEMO.otherPartner);
    for (let i = 0; i < 10; i += 1) {
      expect((await call(sandbox.current, other, 'GET', '/v2/application')).status).toBe(200);
    }
    const full = await tokenFor(sandbox.current, DEMO.full);
    for (let i = 0; i < 3; i += 1) await call(sandbox.current, full, 'GET', '/v2/application');
    expect((await call(sandbox.current, full, 'GET', '/v2/application')).status).toBe(429);
    sandbox.current.clock.advance(21_000);
    expect((await call(sandbox.current, full, 'GET', '/v2/application')).status).toBe(200);
    const raised = await fetch(`${sandbox.current.baseUrl}/_sandbox/rate-limits/demo-app`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{"requests": 100, "perSeconds": 1}',
    });
    expect(raised.status).toBe(200);
    for (let i = 0; i < 5; i += 1) {
      expect((await call(sandbox.current, full, 'GET', '/v2/application')).status).toBe(200);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { DEMO, basic, call, tokenFor, useSandbox } from './helpers.js';

const sandbox = useSandbox({ maxBodyBytes: 4096 });

describe('bad input gets the modeled error, never a crash', () => {
  it('unknown route → 404 NotFoundError with a request id', async () => {
    const token = await tokenFor(sandbox.current);
    const answer = await call(sandbox.current, token, 'GET', '/v2/nothing-here');
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ code: 'NotFoundError' });
    expect(answer.body['requestId']).toBe(answer.headers.get('x-request-id'));
  });

  it('a method the path does not take → 404 with Allow', async () => {
    const answer = await call(sandbox.current, undefined, 'PUT', '/v2/orders');
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('NotFoundError');
    expect(answer.headers.get('allow')).toContain('POST');
  });

  it('malformed JSON → 400 ValidationError, no field errors', async () => {
    const token = await tokenFor(sandbox.current);
    const answer = await call(sandbox.current, token, 'POST', '/v2/orders', '{"currency": "USD",');
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'ValidationError', fieldErrors: [] });
    expect(answer.body.message).toMatch(/not valid JSON/);
  });

  it('a body that is not JSON → 400 ValidationError naming the content type', async () => {
    const token = await tokenFor(sandbox.current);
    const answer = await call(sandbox.current, token, 'POST', '/v2/orders', 'currency=USD', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(/application\/json/);
  });

  it('an oversized body → 400 ValidationError, declared or streamed', async () => {
    const token = await tokenFor(sandbox.current);
    const big = JSON.stringify({ currency: 'USD', lineItems: [], pad: 'x'.repeat(5000) });
    const answer = await call(sandbox.current, token, 'POST', '/v2/orders', big);
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(/larger than 4096 bytes/);
    const streamed = await fetch(`${sandbox.current.baseUrl}/v2/orders`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(big));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(400);
  });

  it('every invalid field is reported at its JSON Pointer', async () => {
    const token = await tokenFor(sandbox.current);
    const answer = await call(sandbox.current, token, 'POST', '/v2/orders', {
      currency: 'XXX',
      lineItems: [{ sku: 'WIDGET-001', quantity: 0 }, { sku: '' }],
      surprise: true,
    });
    expect(answer.status).toBe(400);
    const errors = answer.body['fieldErrors'] as { path: string; message: string }[];
    expect(errors.find((e) => e.path === '/surprise')?.message).toMatch(/^Unknown member/);
    const paths = [...new Set(errors.map((e) => e.path))].sort();
    expect(paths).toEqual([
      '/currency',
      '/lineItems/0/quantity',
      '/lineItems/1/quantity',
      '/lineItems/1/sku',
      '/surprise',
    ]);
  });

  it('invalid UTF-8 in a JSON body is a 400, never stored as U+FFFD', async () => {
    const token = await tokenFor(sandbox.current);
    const json = '{"currency":"USD","lineItems":[{"sku":"WIDGET-001","quantity":1}],';
    const bytes = Buffer.concat([
      Buffer.from(`${json}"externalReference":"ab`),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('cd"}'),
    ]);
    const response = await fetch(`${sandbox.current.baseUrl}/v2/orders`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: bytes,
    });
    const body = (await response.json()) as Record<string, unknown>;
    expect([response.status, body['code']]).toEqual([400, 'ValidationError']);
    expect(body['message']).toMatch(/not valid UTF-8/);

    const escaped = await call(
      sandbox.current,
      token,
      'POST',
      '/v2/orders',
      `${json}"metadata":{"note":"half \\ud800 a pair"}}`,
    );
    expect(escaped.status).toBe(400);
    expect(escaped.body.message).toMatch(/\/metadata\/note has a \\u escape of half a surrogate/);
  });

  it('field errors are capped at 100, and the message says how many there were', async () => {
    const token = await tokenFor(sandbox.current);
    const unknown = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`x${i}`, 0]));
    const answer = await call(sandbox.current, token, 'POST', '/v2/orders', {
      currency: 'USD',
      lineItems: [{ sku: 'WIDGET-001', quantity: 1 }],
      ...unknown,
    });
    expect(answer.status).toBe(400);
    expect(answer.body['fieldErrors']).toHaveLength(100);
    expect(answer.body.message).toMatch(/Only the first 100 of 150 field errors are listed\.$/);
  });

  it('a huge member name is not echoed back whole', async () => {
    const token = await tokenFor(sandbox.current);
    const name = 'n'.repeat(3000);
    const bad = await call(sandbox.current, token, 'POST', '/v2/orders', {
      currency: 'USD',
      lineItems: [{ sku: 'WIDGET-001', quantity: 1 }],
      [name]: 1,
    });
    expect(bad.status).toBe(400);
    const [error] = bad.body['fieldErrors'] as { path: string }[];
    expect(error!.path).toHaveLength(1000);
    expect(error!.path.endsWith('…')).toBe(true);
    expect(bad.body.message!.length).toBeLessThanOrEqual(1000);
  });

  it('query and label values are checked against the model', async () => {
    const token = await tokenFor(sandbox.current);
    const page = await call(sandbox.current, token, 'GET', '/v2/orders?pageSize=500&status=lost');
    expect(page.status).toBe(400);
    expect(page.body['fieldErrors']).toEqual([
      { path: '/pageSize', message: 'Must be between 1 and 100; got 500.' },
      expect.objectContaining({ path: '/status/0' }),
    ]);
    const label = await call(sandbox.current, token, 'GET', '/v2/orders/not-an-id');
    expect(label.status).toBe(400);
    expect(label.body['fieldErrors']).toEqual([expect.objectContaining({ path: '/orderId' })]);
  });

  it('an operation without body members ignores a body, as restJson1 servers do', async () => {
    const token = await tokenFor(sandbox.current);
    const path = '/v2/application/client-secrets/cs_0000000000/revoke';
    const answer = await call(sandbox.current, token, 'POST', path, 'not json at all');
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ code: 'NotFoundError', resourceType: 'client_secret' });
  });

  it('an invalid x-sandbox-fault header is a 400, not a crash', async () => {
    const token = await tokenFor(sandbox.current);
    const answer = await call(sandbox.current, token, 'GET', '/v2/orders', undefined, {
      'x-sandbox-fault': 'explode',
    });
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(/x-sandbox-fault/);
  });
});

describe('authentication and authorization', () => {
  it('no token → 401 UnauthorizedError with a Bearer challenge', async () => {
    const answer = await call(sandbox.current, undefined, 'GET', '/v2/orders');
    expect(answer.status).toBe(401);
    expect(answer.body.code).toBe('UnauthorizedError');
    expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="platform"');
  });

  it('a tampered token → 401 invalid_token', async () => {
    const token = await tokenFor(sandbox.current);
    const answer = await call(sandbox.current, `${token.slice(0, -4)}AAAA`, 'GET', '/v2/orders');
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toMatch(/error="invalid_token"/);
  });

  it('an expired token → 401 saying it expired', async () => {
    const token = await tokenFor(sandbox.current);
    sandbox.current.clock.advance(15 * 60 * 1000 + 1000);
    try {
      const answer = await call(sandbox.current, token, 'GET', '/v2/orders');
      expect(answer.status).toBe(401);
      expect(answer.body.message).toMatch(/expired/);
    } finally {
      sandbox.current.clock.advance(-(15 * 60 * 1000 + 1000));
    }
  });

  it('a token without the required scope → 403 insufficient_scope naming it', async () => {
    const token = await tokenFor(sandbox.current, DEMO.readOnly);
    const answer = await call(sandbox.current, token, 'POST', '/v2/orders', {
      currency: 'USD',
      lineItems: [{ sku: 'WIDGET-001', quantity: 1 }],
    });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({
      code: 'ForbiddenError',
      reason: 'insufficient_scope',
      missingScopes: ['commercial:write'],
    });
    expect(answer.headers.get('www-authenticate')).toMatch(/insufficient_scope/);
  });

  it('no scope asked: the registered scopes are granted (RFC 6749 §3.3); beyond them, 403 with the RFC 6750 challenge', async () => {
    const { startSandbox } = await import('../src/index.js');
    const reader = { clientId: 'orders-reader', clientSecret: 'r'.repeat(32) };
    const own = await startSandbox({ clients: [{ ...reader, scopes: ['commercial:read'] }] });
    try {
      const response = await fetch(own.tokenUrl, {
        method: 'POST',
        headers: {
          authorization: basic(reader.clientId, reader.clientSecret),
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials',
      });
      const grant = (await response.json()) as { access_token: string; scope: string };
      expect([response.status, grant.scope]).toEqual([200, 'commercial:read']);
      const token = grant.access_token;
      expect((await call(own, token, 'GET', '/v2/orders?pageSize=1')).status).toBe(200);
      const create = await call(own, token, 'POST', '/v2/orders', {
        currency: 'USD',
        lineItems: [{ sku: 'WIDGET-001', quantity: 1 }],
      });
      expect(create.status).toBe(403);
      expect(create.headers.get('www-authenticate')).toBe(
        'Bearer realm="platform", error="insufficient_scope", scope="commercial:write"',
      );
      expect(create.body).toEqual({
        code: 'ForbiddenError',
        message: expect.stringContaining('commercial:write') as string,
        requestId: create.headers.get('x-request-id'),
        reason: 'insufficient_scope',
        missingScopes: ['commercial:write'],
      });
      const users = await call(own, token, 'GET', '/v2/users');
      expect(users.headers.get('www-authenticate')).toMatch(/ scope="users:read"$/);
    } finally {
      await own.close();
    }
  });

  it('a token narrowed at the token endpoint loses the other scopes', async () => {
    const token = await tokenFor(sandbox.current, DEMO.full, 'users:read');
    const answer = await call(sandbox.current, token, 'GET', '/v2/orders');
    expect(answer.status).toBe(403);
    expect(answer.body['missingScopes']).toEqual(['commercial:read']);
  });

  it('deleting a user is human-only: 403 human_only even before scopes', async () => {
    const token = await tokenFor(sandbox.current);
    const answer = await call(sandbox.current, token, 'DELETE', '/v2/users/usr_0000000000');
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ code: 'ForbiddenError', reason: 'human_only' });
  });

  it("another partner's order is a 404, indistinguishable from a missing one", async () => {
    const own = await tokenFor(sandbox.current, DEMO.full);
    const other = await tokenFor(sandbox.current, DEMO.otherPartner);
    const list = await call(sandbox.current, own, 'GET', '/v2/orders?pageSize=1');
    const orderId = (list.body['orders'] as { orderId: string }[])[0]!.orderId;
    const theirs = await call(sandbox.current, other, 'GET', `/v2/orders/${orderId}`);
    const missing = await call(sandbox.current, other, 'GET', '/v2/orders/ord_doesnotexist00');
    expect(theirs.status).toBe(404);
    expect(theirs.body).toMatchObject({
      code: 'NotFoundError',
      resourceType: 'order',
      resourceId: orderId,
    });
    expect(Object.keys(theirs.body).sort()).toEqual(Object.keys(missing.body).sort());
  });

  it('a suspended application is refused tokens', async () => {
    const { startSandbox } = await import('../src/index.js');
    const own = await startSandbox({
      clients: [
        {
          clientId: 'frozen',
          clientSecret: 'f'.repeat(32),
          scopes: ['users:read'],
          status: 'suspended',
        },
      ],
    });
    try {
      await expect(
        tokenFor(own, { clientId: 'frozen', clientSecret: 'f'.repeat(32) }),
      ).rejects.toThrow(/unauthorized_client/);
    } finally {
      await own.close();
    }
  });
});

import { describe, expect, it, afterEach } from 'vitest';
import { FAULT_HEADER } from '../src/index.js';
import { basic, call, tokenFor, useSandbox } from './helpers.js';

const sandbox = useSandbox();

async function addFaults(rules: unknown) {
  const response = await fetch(`${sandbox.current.baseUrl}/_sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(rules),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function tokenRequest() {
  const client = sandbox.current.clients[0]!;
  return fetch(sandbox.current.tokenUrl, {
    method: 'POST',
    headers: {
      authorization: basic(client.clientId, client.clientSecret),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
}

afterEach(() => sandbox.current.faults.clear());

describe('fault injection on the API', () => {
  it('"next 2 requests to ListOrders v2 fail with 503", then it answers again', async () => {
    const token = await tokenFor(sandbox.current);
    const added = await addFaults({
      operation: 'ListOrders',
      version: 2,
      kind: 'error',
      status: 503,
      times: 2,
    });
    expect(added.status).toBe(201);
    const statuses = [];
    for (let i = 0; i < 3; i += 1) {
      statuses.push((await call(sandbox.current, token, 'GET', '/v2/orders?pageSize=1')).status);
    }
    expect(statuses).toEqual([503, 503, 200]);
    const other = await call(sandbox.current, token, 'GET', '/v1/orders?pageSize=1');
    expect(other.status).toBe(200);
  });

  it.each([
    ['error; status=500', 500, 'InternalError'],
    ['error; status=502', 502, 'InternalError'],
    ['error', 503, 'ServiceUnavailableError'],
    ['unauthorized', 401, 'UnauthorizedError'],
    ['rate-limit; retryAfterSeconds=3', 429, 'RateLimitedError'],
  ])('header %s → %d %s with the modeled body', async (fault, status, code) => {
    const token = await tokenFor(sandbox.current);
    const answer = await call(sandbox.current, token, 'GET', '/v2/application', undefined, {
      [FAULT_HEADER]: fault,
    });
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ code, requestId: answer.headers.get('x-request-id') });
    if (status === 429) expect(answer.headers.get('retry-after')).toBe('3');
  });

  it('a 401 fault hits a valid token', async () => {
    const token = await tokenFor(sandbox.current);
    sandbox.current.faults.add({ kind: 'unauthorized', operation: 'GetApplication' });
    expect((await call(sandbox.current, token, 'GET', '/v2/application')).status).toBe(401);
    expect((await call(sandbox.current, token, 'GET', '/v2/application')).status).toBe(200);
  });

  it('latency delays the answer by at least the asked time', async () => {
    const token = await tokenFor(sandbox.current);
    const started = performance.now();
    const answer = await call(sandbox.current, token, 'GET', '/v2/application', undefined, {
      [FAULT_HEADER]: 'latency; delayMs=300',
    });
    expect(answer.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('a dropped connection fails the client without an answer', async () => {
    const token = await tokenFor(sandbox.current);
    await addFaults({ kind: 'drop', path: '/v2/application' });
    await expect(
      fetch(`${sandbox.current.baseUrl}/v2/application`, {
        headers: { authorization: `Bearer ${token}` },
      }),
    ).rejects.toThrow();
    expect((await call(sandbox.current, token, 'GET', '/v2/application')).status).toBe(200);
  });

  it('malformed JSON is a 200 whose body does not parse', async () => {
    const token = await tokenFor(sandbox.current);
    sandbox.current.faults.add({ kind: 'malformed-json', method: 'GET' });
    const response = await fetch(`${sandbox.current.baseUrl}/v2/application`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it('"when: after" acts, then loses the answer: the idempotent retry gets the same order', async () => {
    const token = await tokenFor(sandbox.current);
    sandbox.current.faults.add({ kind: 'drop', operation: 'CreateOrder', when: 'after' });
    const order = { currency: 'EUR', lineItems: [{ sku: 'WIDGET-002', quantity: 3 }] };
    const headers = { 'idempotency-key': 'retry-after-drop-1' };
    await expect(
      fetch(`${sandbox.current.baseUrl}/v2/orders`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          ...headers,
        },
        body: JSON.stringify(order),
      }),
    ).rejects.toThrow();
    const retry = await call(sandbox.current, token, 'POST', '/v2/orders', order, headers);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const id = (retry.body['order'] as { orderId: string }).orderId;
    const get = await call(sandbox.current, token, 'GET', `/v2/orders/${id}`);
    expect(get.status).toBe(200);
  });

  it('the admin endpoint lists, counts and removes rules, and refuses bad ones', async () => {
    const added = await addFaults([
      { kind: 'latency', delayMs: 1, times: null },
      { kind: 'error', status: 504, target: 'api' },
    ]);
    const [latency] = added.body['faults'] as { id: string }[];
    const listed = (await (await fetch(`${sandbox.current.baseUrl}/_sandbox/faults`)).json()) as {
      faults: { id: string; remaining: number | null }[];
    };
    expect(listed.faults.map((f) => f.remaining)).toEqual([null, 1]);
    const removed = await fetch(`${sandbox.current.baseUrl}/_sandbox/faults/${latency!.id}`, {
      method: 'DELETE',
    });
    expect(removed.status).toBe(204);
    for (const bad of [
      { kind: 'explode' },
      { kind: 'error', status: 404 },
      { kind: 'oauth-error', error: 'invalid_grant' },
      { kind: 'latency', when: 'after' },
      { kind: 'error', colour: 'red' },
    ]) {
      const answer = await addFaults(bad);
      expect(answer.status, JSON.stringify(bad)).toBe(400);
      expect(answer.body['code']).toBe('ValidationError');
    }
  });
});

describe('fault injection on the token endpoint', () => {
  it.each([
    [{ kind: 'error', status: 503 }, 503, 'temporarily_unavailable'],
    [{ kind: 'error', status: 500 }, 500, 'server_error'],
    [{ kind: 'unauthorized' }, 401, 'invalid_client'],
    [{ kind: 'oauth-error', error: 'invalid_grant' }, 400, 'invalid_grant'],
    [{ kind: 'rate-limit', retryAfterSeconds: 2 }, 429, 'temporarily_unavailable'],
  ])('%j → %d %s', async (fault, status, error) => {
    sandbox.current.faults.add({ ...(fault as object), target: 'token' } as never);
    const response = await tokenRequest();
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toBe(error);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect((await tokenRequest()).status).toBe(200);
  });

  it('drops and malformed JSON reach the token endpoint too', async () => {
    sandbox.current.faults.add({ kind: 'drop', target: 'token' });
    await expect(tokenRequest()).rejects.toThrow();
    sandbox.current.faults.add({ kind: 'malformed-json', target: 'token' });
    await expect((await tokenRequest()).json()).rejects.toThrow(SyntaxError);
    expect((await tokenRequest()).status).toBe(200);
  });
});

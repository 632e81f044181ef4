import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhook } from '@platform/api-client/webhooks';
import { DEMO, call, tokenFor, useSandbox } from './helpers.js';

const sandbox = useSandbox({
  rateLimit: null,
  webhookRetry: { maxAttempts: 3, initialDelayMs: 20, maxDelayMs: 50, timeoutMs: 2000 },
});

interface Received {
  readonly body: string;
  readonly headers: IncomingHttpHeaders;
}

/** A webhook receiver on loopback that answers the statuses it is told, in turn. */
const receiver = {
  server: undefined as Server | undefined,
  url: '',
  received: [] as Received[],
  statuses: [] as number[],
};

beforeAll(async () => {
  receiver.server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      receiver.received.push({
        body: Buffer.concat(chunks).toString('utf8'),
        headers: request.headers,
      });
      response.statusCode = receiver.statuses.shift() ?? 204;
      response.end();
    });
  });
  await new Promise<void>((resolve) => receiver.server!.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}/hooks`;
});
afterAll(() => new Promise<void>((resolve) => receiver.server?.close(() => resolve())));

async function until<T>(check: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 1000; i += 1) {
    const value = check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

describe('client secrets', () => {
  it('at most two are active: a third is a 409, revoking frees a slot, the new secret works', async () => {
    const own = await (
      await import('../src/index.js')
    ).startSandbox({
      clients: [
        {
          clientId: 'rotating',
          clientSecret: 'first-secret-0123456789abcdef012',
          scopes: ['applications:read', 'applications:write'],
        },
      ],
    });
    try {
      const first = { clientId: 'rotating', clientSecret: 'first-secret-0123456789abcdef012' };
      const token = await tokenFor(own, first);
      const created = await call(own, token, 'POST', '/v2/application/client-secrets', {
        label: 'next',
      });
      expect(created.status).toBe(201);
      const secret = created.body['secret'] as string;
      expect(created.body['clientSecret']).toMatchObject({
        label: 'next',
        status: 'active',
        secretSuffix: secret.slice(-4),
      });
      const third = await call(own, token, 'POST', '/v2/application/client-secrets', {});
      expect(third.status).toBe(409);
      expect(third.body).toMatchObject({ code: 'ConflictError', reason: 'client_secret_limit' });
      const second = await tokenFor(own, { clientId: 'rotating', clientSecret: secret });
      const list = await call(own, second, 'GET', '/v1/application/client-secrets');
      expect(list.body['totalCount']).toBe(2);
      const ids = list.body['clientSecrets'] as { clientSecretId: string; label?: string }[];
      const old = ids.find((s) => s.label === undefined)!.clientSecretId;
      const revoked = await call(
        own,
        second,
        'POST',
        `/v2/application/client-secrets/${old}/revoke`,
      );
      expect(revoked.body['clientSecret']).toMatchObject({ status: 'revoked' });
      await expect(tokenFor(own, first)).rejects.toThrow(/invalid_client/);
      const newest = (created.body['clientSecret'] as { clientSecretId: string }).clientSecretId;
      const last = await call(
        own,
        second,
        'POST',
        `/v2/application/client-secrets/${newest}/revoke`,
      );
      expect(last.body).toMatchObject({
        code: 'ConflictError',
        reason: 'last_active_client_secret',
      });
      expect(JSON.stringify(list.body)).not.toContain(secret);
    } finally {
      await own.close();
    }
  });
});

describe('webhooks', () => {
  it('delivers signed test events, with two signatures during a rotation grace period', async () => {
    const token = await tokenFor(sandbox.current, DEMO.full);
    const created = await call(
      sandbox.current,
      token,
      'POST',
      '/v2/application/webhook-endpoints',
      {
        url: receiver.url,
        eventTypes: ['order.created'],
      },
    );
    expect(created.status).toBe(201);
    const endpoint = created.body['webhookEndpoint'] as {
      webhookEndpointId: string;
      apiVersion: string;
    };
    expect(endpoint.apiVersion).toBe('v2');
    const firstSecret = created.body['signingSecret'] as string;

    const sent = await call(
      sandbox.current,
      token,
      'POST',
      `/v2/application/webhook-endpoints/${endpoint.webhookEndpointId}/test-events`,
    );
    expect(sent.status).toBe(202);
    const eventId = sent.body['eventId'] as string;
    const test = await until(
      () => receiver.received.find((r) => r.body.includes(eventId)),
      'the test event',
    );
    const verified = await verifyWebhook({
      body: test.body,
      headers: test.headers as Record<string, string>,
      secrets: firstSecret,
    });
    expect(verified.event).toMatchObject({
      id: eventId,
      type: 'test',
      data: { webhookEndpointId: endpoint.webhookEndpointId },
    });

    const rotated = await call(
      sandbox.current,
      token,
      'POST',
      `/v2/application/webhook-endpoints/${endpoint.webhookEndpointId}/rotate-signing-secret`,
      { gracePeriodHours: 1 },
    );
    expect(rotated.body['webhookEndpoint']).toHaveProperty('previousSigningSecretExpiresAt');
    const newSecret = rotated.body['signingSecret'] as string;
    const again = await call(
      sandbox.current,
      token,
      'POST',
      `/v2/application/webhook-endpoints/${endpoint.webhookEndpointId}/test-events`,
    );
    const during = await until(
      () => receiver.received.find((r) => r.body.includes(again.body['eventId'] as string)),
      'the second test event',
    );
    expect(String(during.headers['x-signature']).split(' ')).toHaveLength(2);
    for (const secret of [firstSecret, newSecret]) {
      await expect(
        verifyWebhook({
          body: during.body,
          headers: during.headers as Record<string, string>,
          secrets: secret,
        }),
      ).resolves.toBeDefined();
    }
    const removed = await call(
      sandbox.current,
      token,
      'DELETE',
      `/v2/application/webhook-endpoints/${endpoint.webhookEndpointId}`,
    );
    expect(removed.status).toBe(204);
    expect(
      (
        await call(
          sandbox.current,
          token,
          'GET',
          `/v2/application/webhook-endpoints/${endpoint.webhookEndpointId}`,
        )
      ).status,
    ).toBe(404);
  });

  it("sends order.created in the payload shape of the endpoint's version, retrying failures with backoff", async () => {
    const token = await tokenFor(sandbox.current, DEMO.full);
    const created = await call(
      sandbox.current,
      token,
      'POST',
      '/v1/application/webhook-endpoints',
      {
        url: receiver.url,
        eventTypes: ['order.created'],
      },
    );
    const endpointId = (created.body['webhookEndpoint'] as { webhookEndpointId: string })
      .webhookEndpointId;
    receiver.statuses.push(500, 503);
    const order = await call(sandbox.current, token, 'POST', '/v2/orders', {
      currency: 'USD',
      lineItems: [{ sku: 'WIDGET-001', quantity: 1 }],
    });
    const orderId = (order.body['order'] as { orderId: string }).orderId;
    const delivery = await until(
      () =>
        sandbox.current
          .webhookDeliveries()
          .find((d) => d.webhookEndpointId === endpointId && d.state !== 'pending'),
      'the order.created delivery',
    );
    expect(delivery.state).toBe('delivered');
    expect(delivery.attempts.map((a) => a.statusCode)).toEqual([500, 503, 204]);
    const bodies = receiver.received.filter((r) => r.body.includes(orderId));
    expect(bodies).toHaveLength(3);
    expect(new Set(bodies.map((b) => b.headers['x-webhook-id']))).toEqual(
      new Set([delivery.eventId]),
    );
    const payload = JSON.parse(bodies[2]!.body) as {
      type: string;
      data: { order: Record<string, unknown> };
    };
    expect(payload.type).toBe('order.created');
    expect(payload.data.order).toHaveProperty('totalCents');
    const log = (await (
      await fetch(`${sandbox.current.baseUrl}/_sandbox/webhook-deliveries`)
    ).json()) as { deliveries: { deliveryId: string }[] };
    expect(log.deliveries.map((d) => d.deliveryId)).toContain(delivery.deliveryId);
  });
});

describe('audit events', () => {
  it('record every call of the application, newest first, filterable by result', async () => {
    const token = await tokenFor(sandbox.current, DEMO.readOnly);
    await call(sandbox.current, token, 'GET', '/v2/orders?pageSize=1');
    const denied = await call(sandbox.current, token, 'POST', '/v2/orders', {});
    await call(sandbox.current, token, 'GET', '/v2/no-such-route/ord_123456789');
    const events = await call(
      sandbox.current,
      token,
      'GET',
      '/v2/application/audit-events?pageSize=10',
    );
    const list = events.body['auditEvents'] as Record<string, unknown>[];
    expect(
      list.slice(0, 4).map((e) => [e['method'], e['route'], e['result'], e['statusCode']]),
    ).toEqual([
      ['GET', '/v2/no-such-route/{id}', 'client_error', 404],
      ['POST', '/v2/orders', 'denied', 403],
      ['GET', '/v2/orders', 'success', 200],
      ['POST', '/oauth/token', 'success', 200],
    ]);
    expect(list[1]).toMatchObject({
      operation: 'CreateOrder',
      scopes: ['commercial:write'],
      requestId: denied.body['requestId'],
    });
    const onlyDenied = await call(
      sandbox.current,
      token,
      'GET',
      '/v1/application/audit-events?result=denied',
    );
    expect(
      (onlyDenied.body['auditEvents'] as { result: string }[]).every((e) => e.result === 'denied'),
    ).toBe(true);
    const other = await tokenFor(sandbox.current, DEMO.otherPartner);
    const theirs = await call(
      sandbox.current,
      other,
      'GET',
      '/v2/application/audit-events?pageSize=100',
    );
    expect(JSON.stringify(theirs.body)).not.toContain(String(denied.body['requestId']));
  });
});

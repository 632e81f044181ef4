/**
 * Contract of API v2 (Commercial, Applications, Users) against the sandbox: every call goes
 * through openapi-fetch typed by `openapi/v2/*.types.ts`, and every answer is checked against
 * `openapi/v2/*.openapi.json` by the client middleware (status, headers, body). Tests are named
 * `<OperationId>:<case>`.
 */
import { seededUserId } from '@platform/sandbox';
import { describe, expect, it } from 'vitest';
import type { paths as Applications } from '../../openapi/v2/Applications.types.js';
import type { paths as Commercial } from '../../openapi/v2/Commercial.types.js';
import type { paths as Users } from '../../openapi/v2/Users.types.js';
import { useContractSandbox } from './support/contract-sandbox.js';

const contract = useContractSandbox(2);

async function commercial(app: 'full' | 'readOnly' | 'otherPartner' = 'full', scope?: string) {
  return contract.client<Commercial>('Commercial', await contract.token(app, scope));
}
async function applications(app: 'full' | 'readOnly' | 'otherPartner' = 'full') {
  return contract.client<Applications>('Applications', await contract.token(app));
}
async function users(app: 'full' | 'readOnly' | 'otherPartner' = 'full') {
  return contract.client<Users>('Users', await contract.token(app));
}

const newOrder = {
  currency: 'USD' as const,
  lineItems: [{ sku: 'WIDGET-001', quantity: 2 }],
  externalReference: 'PO-CONTRACT',
};

describe('v2 Commercial', () => {
  it('ListOrders:first-page', async () => {
    const api = await commercial();
    const { data, response } = await api.GET('/v2/orders', { params: { query: { pageSize: 5 } } });
    expect(response.status).toBe(200);
    expect(data?.orders).toHaveLength(5);
    expect(data?.nextCursor).toBeTypeOf('string');
  });

  it('ListOrders:pagination', async () => {
    const api = await commercial();
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const { data } = await api.GET('/v2/orders', {
        params: { query: { pageSize: 10, ...(cursor ? { cursor } : {}) } },
      });
      ids.push(...(data?.orders ?? []).map((order) => order.orderId));
      cursor = data?.nextCursor;
    } while (cursor);
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('ListOrders:filters', async () => {
    const api = await commercial();
    const { data } = await api.GET('/v2/orders', {
      params: {
        query: {
          status: ['pending', 'confirmed'],
          createdAfter: '2026-09-01T00:00:00Z',
          pageSize: 100,
        },
      },
    });
    expect(data?.orders.length).toBeGreaterThan(0);
    for (const order of data?.orders ?? []) {
      expect(['pending', 'confirmed']).toContain(order.status);
      expect(order.createdAt >= '2026-09-01T00:00:00Z').toBe(true);
    }
  });

  it('ListOrders:page-size-out-of-range', async () => {
    const api = await commercial();
    const { error, response } = await api.GET('/v2/orders', {
      params: { query: { pageSize: 500 } },
    });
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ code: 'ValidationError', fieldErrors: [{ path: '/pageSize' }] });
  });

  it('ListOrders:invalid-cursor', async () => {
    const api = await commercial();
    const { error, response } = await api.GET('/v2/orders', {
      params: { query: { cursor: 'bm90LW91cnM' } },
    });
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ fieldErrors: [{ path: '/cursor' }] });
  });

  it('ListOrders:missing-scope', async () => {
    const api = await commercial('full', 'users:read');
    const { error, response } = await api.GET('/v2/orders');
    expect(response.status).toBe(403);
    expect(error).toMatchObject({
      code: 'ForbiddenError',
      reason: 'insufficient_scope',
      missingScopes: ['commercial:read'],
    });
  });

  it('ListOrders:expired-token', async () => {
    const api = await commercial();
    contract.sandbox.clock.advance(16 * 60 * 1000);
    try {
      const { error, response } = await api.GET('/v2/orders');
      expect(response.status).toBe(401);
      expect(error?.code).toBe('UnauthorizedError');
    } finally {
      contract.sandbox.clock.advance(-16 * 60 * 1000);
    }
  });

  it('ListOrders:rate-limited', async () => {
    const api = await commercial();
    contract.sandbox.faults.add({
      kind: 'rate-limit',
      operation: 'ListOrders',
      retryAfterSeconds: 7,
    });
    const { error, response } = await api.GET('/v2/orders');
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(error?.code).toBe('RateLimitedError');
  });

  it('ListOrders:server-errors', async () => {
    const api = await commercial();
    contract.sandbox.faults.add({ kind: 'error', status: 500, operation: 'ListOrders' });
    contract.sandbox.faults.add({ kind: 'error', status: 503, operation: 'ListOrders' });
    expect((await api.GET('/v2/orders')).error?.code).toBe('InternalError');
    expect((await api.GET('/v2/orders')).error?.code).toBe('ServiceUnavailableError');
  });

  it('GetOrder:found', async () => {
    const api = await commercial();
    const listed = await api.GET('/v2/orders', { params: { query: { pageSize: 1 } } });
    const orderId = listed.data!.orders[0]!.orderId;
    const { data } = await api.GET('/v2/orders/{orderId}', { params: { path: { orderId } } });
    expect(data?.order.orderId).toBe(orderId);
  });

  it('GetOrder:unknown-id', async () => {
    const api = await commercial();
    const { error, response } = await api.GET('/v2/orders/{orderId}', {
      params: { path: { orderId: 'ord_0000000000000' } },
    });
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ code: 'NotFoundError', resourceType: 'order' });
  });

  it("GetOrder:other-partner's-order", async () => {
    const mine = await commercial();
    const theirs = await commercial('otherPartner');
    const orderId = (await mine.GET('/v2/orders', { params: { query: { pageSize: 1 } } })).data!
      .orders[0]!.orderId;
    const { response } = await theirs.GET('/v2/orders/{orderId}', {
      params: { path: { orderId } },
    });
    expect(response.status).toBe(404);
  });

  it('GetOrder:bad-id', async () => {
    const api = await commercial();
    const { response, error } = await api.GET('/v2/orders/{orderId}', {
      params: { path: { orderId: 'order-1' } },
    });
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ fieldErrors: [{ path: '/orderId' }] });
  });

  it('CreateOrder:created', async () => {
    const api = await commercial();
    const { data, response } = await api.POST('/v2/orders', { body: newOrder });
    expect(response.status).toBe(201);
    expect(data?.order).toMatchObject({
      status: 'pending',
      total: { amount: '25.98', currency: 'USD' },
    });
  });

  it('CreateOrder:idempotency', async () => {
    const api = await commercial();
    const header = { 'Idempotency-Key': 'contract-v2-create-1' };
    const first = await api.POST('/v2/orders', { params: { header }, body: newOrder });
    const again = await api.POST('/v2/orders', { params: { header }, body: newOrder });
    expect(again.data?.order.orderId).toBe(first.data?.order.orderId);
    const reused = await api.POST('/v2/orders', {
      params: { header },
      body: { ...newOrder, currency: 'EUR' },
    });
    expect(reused.response.status).toBe(409);
    expect(reused.error).toMatchObject({ code: 'ConflictError', reason: 'idempotency_key_reused' });
  });

  it('CreateOrder:unknown-sku', async () => {
    const api = await commercial();
    const { error, response } = await api.POST('/v2/orders', {
      body: { currency: 'USD', lineItems: [{ sku: 'NO-SUCH-SKU', quantity: 1 }] },
    });
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ fieldErrors: [{ path: '/lineItems/0/sku' }] });
  });

  it('CreateOrder:missing-scope', async () => {
    const api = await commercial('readOnly');
    const { error, response } = await api.POST('/v2/orders', { body: newOrder });
    expect(response.status).toBe(403);
    expect(error).toMatchObject({ missingScopes: ['commercial:write'] });
  });

  it('UpdateOrder:updated', async () => {
    const api = await commercial();
    const orderId = (await api.POST('/v2/orders', { body: newOrder })).data!.order.orderId;
    const { data } = await api.PATCH('/v2/orders/{orderId}', {
      params: { path: { orderId } },
      body: { externalReference: 'ERP-2', metadata: { batch: '47' } },
    });
    expect(data?.order).toMatchObject({ externalReference: 'ERP-2', metadata: { batch: '47' } });
  });

  it('UpdateOrder:nothing-to-change', async () => {
    const api = await commercial();
    const orderId = (await api.POST('/v2/orders', { body: newOrder })).data!.order.orderId;
    const { response, error } = await api.PATCH('/v2/orders/{orderId}', {
      params: { path: { orderId } },
      body: {},
    });
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ code: 'ValidationError', fieldErrors: [] });
  });

  it('UpdateOrder:unknown-id', async () => {
    const api = await commercial();
    const { response } = await api.PATCH('/v2/orders/{orderId}', {
      params: { path: { orderId: 'ord_0000000000000' } },
      body: { externalReference: 'x' },
    });
    expect(response.status).toBe(404);
  });

  it('CancelOrder:cancelled', async () => {
    const api = await commercial();
    const orderId = (await api.POST('/v2/orders', { body: newOrder })).data!.order.orderId;
    const { data } = await api.POST('/v2/orders/{orderId}/cancel', {
      params: { path: { orderId } },
      body: { reason: 'requested_by_customer', note: 'Customer changed their mind' },
    });
    expect(data?.order).toMatchObject({
      status: 'cancelled',
      cancellationReason: 'requested_by_customer',
    });
  });

  it('CancelOrder:fulfilled', async () => {
    const api = await commercial();
    const fulfilled = (
      await api.GET('/v2/orders', { params: { query: { status: ['fulfilled'], pageSize: 1 } } })
    ).data!.orders[0]!;
    const { error, response } = await api.POST('/v2/orders/{orderId}/cancel', {
      params: { path: { orderId: fulfilled.orderId } },
      body: {},
    });
    expect(response.status).toBe(409);
    expect(error).toMatchObject({ reason: 'order_state' });
  });

  it('CancelOrder:unknown-id', async () => {
    const api = await commercial();
    const { response } = await api.POST('/v2/orders/{orderId}/cancel', {
      params: { path: { orderId: 'ord_0000000000000' } },
      body: {},
    });
    expect(response.status).toBe(404);
  });
});

describe('v2 Applications', () => {
  it('GetApplication:own', async () => {
    const api = await applications();
    const { data } = await api.GET('/v2/application');
    expect(data?.application).toMatchObject({
      clientId: contract.sandbox.clients[0]!.clientId,
      status: 'active',
    });
  });

  it('CreateClientSecret:created-then-limit', async () => {
    const api = await applications('otherPartner');
    const created = await api.POST('/v2/application/client-secrets', {
      body: { label: 'contract', expiresInDays: 30 },
    });
    expect(created.response.status).toBe(201);
    expect(created.data?.secret.length).toBeGreaterThanOrEqual(32);
    const third = await api.POST('/v2/application/client-secrets', {
      body: { expiresInDays: 365 },
    });
    expect(third.response.status).toBe(409);
    expect(third.error).toMatchObject({ reason: 'client_secret_limit' });
  });

  it('ListClientSecrets:pagination', async () => {
    const api = await applications('otherPartner');
    const first = await api.GET('/v2/application/client-secrets', {
      params: { query: { pageSize: 1 } },
    });
    expect(first.data?.clientSecrets).toHaveLength(1);
    const second = await api.GET('/v2/application/client-secrets', {
      params: { query: { pageSize: 1, cursor: first.data!.nextCursor! } },
    });
    expect(second.data?.clientSecrets[0]?.clientSecretId).not.toBe(
      first.data?.clientSecrets[0]?.clientSecretId,
    );
  });

  it('RevokeClientSecret:revoked-then-last-active', async () => {
    const api = await applications('otherPartner');
    const secrets = (await api.GET('/v2/application/client-secrets')).data!.clientSecrets;
    const active = secrets.filter((s) => s.status === 'active');
    const contractSecret = active.find((s) => s.label === 'contract')!;
    const revoked = await api.POST('/v2/application/client-secrets/{clientSecretId}/revoke', {
      params: { path: { clientSecretId: contractSecret.clientSecretId } },
    });
    expect(revoked.data?.clientSecret.status).toBe('revoked');
    const last = active.find((s) => s.label !== 'contract')!;
    const refused = await api.POST('/v2/application/client-secrets/{clientSecretId}/revoke', {
      params: { path: { clientSecretId: last.clientSecretId } },
    });
    expect(refused.error).toMatchObject({ reason: 'last_active_client_secret' });
  });

  it('RevokeClientSecret:unknown-id', async () => {
    const api = await applications();
    const { response } = await api.POST('/v2/application/client-secrets/{clientSecretId}/revoke', {
      params: { path: { clientSecretId: 'cs_0000000000' } },
    });
    expect(response.status).toBe(404);
  });

  it('CreateWebhookEndpoint:created', async () => {
    const api = await applications();
    const { data, response } = await api.POST('/v2/application/webhook-endpoints', {
      body: {
        url: 'http://127.0.0.1:9/hooks',
        eventTypes: ['order.created'],
        description: 'contract',
      },
    });
    expect(response.status).toBe(201);
    expect(data?.webhookEndpoint.apiVersion).toBe('v2');
  });

  it('CreateWebhookEndpoint:plain-http', async () => {
    const api = await applications();
    const { error, response } = await api.POST('/v2/application/webhook-endpoints', {
      body: { url: 'http://hooks.example.com/x', eventTypes: ['order.created'] },
    });
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ fieldErrors: [{ path: '/url' }] });
  });

  it('ListWebhookEndpoints:pagination', async () => {
    const api = await applications();
    await api.POST('/v2/application/webhook-endpoints', {
      body: { url: 'https://hooks.example.com/b', eventTypes: ['test'] },
    });
    const first = await api.GET('/v2/application/webhook-endpoints', {
      params: { query: { pageSize: 1 } },
    });
    expect(first.data?.nextCursor).toBeTypeOf('string');
  });

  it('GetWebhookEndpoint:found-and-unknown', async () => {
    const api = await applications();
    const id = (await api.GET('/v2/application/webhook-endpoints')).data!.webhookEndpoints[0]!
      .webhookEndpointId;
    expect(
      (
        await api.GET('/v2/application/webhook-endpoints/{webhookEndpointId}', {
          params: { path: { webhookEndpointId: id } },
        })
      ).data?.webhookEndpoint.webhookEndpointId,
    ).toBe(id);
    const missing = await api.GET('/v2/application/webhook-endpoints/{webhookEndpointId}', {
      params: { path: { webhookEndpointId: 'whe_0000000000' } },
    });
    expect(missing.response.status).toBe(404);
  });

  it('RotateWebhookSigningSecret:rotated', async () => {
    const api = await applications();
    const id = (await api.GET('/v2/application/webhook-endpoints')).data!.webhookEndpoints[0]!
      .webhookEndpointId;
    const { data } = await api.POST(
      '/v2/application/webhook-endpoints/{webhookEndpointId}/rotate-signing-secret',
      {
        params: { path: { webhookEndpointId: id } },
        body: { gracePeriodHours: 2 },
      },
    );
    expect(data?.webhookEndpoint.previousSigningSecretExpiresAt).toBeTypeOf('string');
  });

  it('SendTestWebhookEvent:queued', async () => {
    const api = await applications();
    const id = (await api.GET('/v2/application/webhook-endpoints')).data!.webhookEndpoints[0]!
      .webhookEndpointId;
    const { data, response } = await api.POST(
      '/v2/application/webhook-endpoints/{webhookEndpointId}/test-events',
      {
        params: { path: { webhookEndpointId: id } },
      },
    );
    expect(response.status).toBe(202);
    expect(data?.eventId).toMatch(/^evt_/);
  });

  it('DeleteWebhookEndpoint:deleted', async () => {
    const api = await applications();
    const id = (await api.GET('/v2/application/webhook-endpoints')).data!.webhookEndpoints[0]!
      .webhookEndpointId;
    const { response } = await api.DELETE('/v2/application/webhook-endpoints/{webhookEndpointId}', {
      params: { path: { webhookEndpointId: id } },
    });
    expect(response.status).toBe(204);
    const again = await api.DELETE('/v2/application/webhook-endpoints/{webhookEndpointId}', {
      params: { path: { webhookEndpointId: id } },
    });
    expect(again.response.status).toBe(404);
  });

  it('ListAuditEvents:history', async () => {
    const api = await applications('readOnly');
    const { data } = await api.GET('/v2/application/audit-events', {
      params: { query: { pageSize: 50 } },
    });
    expect(data?.auditEvents.length).toBeGreaterThan(0);
    const denied = await api.GET('/v2/application/audit-events', {
      params: { query: { result: 'denied' } },
    });
    expect(denied.data?.auditEvents.every((event) => event.result === 'denied')).toBe(true);
  });
});

describe('v2 Users', () => {
  it('ListUsers:pagination', async () => {
    const api = await users();
    const first = await api.GET('/v2/users', { params: { query: { pageSize: 3 } } });
    const next = await api.GET('/v2/users', {
      params: { query: { pageSize: 3, cursor: first.data!.nextCursor! } },
    });
    expect(next.data!.users[0]!.createdAt >= first.data!.users[2]!.createdAt).toBe(true);
  });

  it('ListUsers:status-filter', async () => {
    const api = await users();
    const { data } = await api.GET('/v2/users', { params: { query: { status: 'active' } } });
    expect(data?.users.every((user) => user.status === 'active')).toBe(true);
  });

  it('GetUser:found', async () => {
    const api = await users();
    const userId = (await api.GET('/v2/users')).data!.users[0]!.userId;
    expect(
      (await api.GET('/v2/users/{userId}', { params: { path: { userId } } })).data?.user.userId,
    ).toBe(userId);
  });

  it('GetUser:deleted', async () => {
    const api = await users();
    const { error, response } = await api.GET('/v2/users/{userId}', {
      params: { path: { userId: seededUserId('ptn_demopartner', 4) } },
    });
    expect(response.status).toBe(410);
    expect(error).toMatchObject({ code: 'GoneError', resourceType: 'user' });
  });

  it('GetUser:other-partner', async () => {
    const userId = (await (await users()).GET('/v2/users')).data!.users[0]!.userId;
    const { response } = await (
      await users('otherPartner')
    ).GET('/v2/users/{userId}', { params: { path: { userId } } });
    expect(response.status).toBe(404);
  });

  it('DeleteUser:human-only', async () => {
    const api = await users();
    const { error, response } = await api.DELETE('/v2/users/{userId}', {
      params: { path: { userId: 'usr_0000000000' } },
    });
    expect(response.status).toBe(403);
    expect(error).toMatchObject({ code: 'ForbiddenError', reason: 'human_only' });
  });
});

describe('v2 coverage', () => {
  it('every operation of v2 was exercised and its answers matched the documents', () => {
    const missing = contract.operationIds.filter((id) => !contract.coverage.has(id));
    expect(missing).toEqual([]);
    const succeeded = contract.operationIds.filter((id) =>
      [...(contract.coverage.get(id) ?? [])].some((status) => status < 300),
    );
    // DeleteUser only ever refuses an application.
    expect(contract.operationIds.filter((id) => !succeeded.includes(id))).toEqual(['DeleteUser']);
  });
});

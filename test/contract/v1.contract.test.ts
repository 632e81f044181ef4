/**
 * Contract of API v1 (Commercial, Applications, Users) against the sandbox: openapi-fetch typed
 * by `openapi/v1/*.types.ts`, every answer checked against `openapi/v1/*.openapi.json` —
 * including the `Deprecation` and `Sunset` headers every v1 answer must carry. Tests are named
 * `<OperationId>:<case>`.
 */
import { describe, expect, it } from 'vitest';
import type { paths as Applications } from '../../openapi/v1/Applications.types.js';
import type { paths as Commercial } from '../../openapi/v1/Commercial.types.js';
import type { paths as Users } from '../../openapi/v1/Users.types.js';
import { useContractSandbox } from './support/contract-sandbox.js';
import type { AppName } from './support/contract-sandbox.js';

const contract = useContractSandbox(1);

async function commercial(app: AppName = 'full', scope?: string) {
  return contract.client<Commercial>('Commercial', await contract.token(app, scope));
}
async function applications(app: AppName = 'full') {
  return contract.client<Applications>('Applications', await contract.token(app));
}
async function users(app: AppName = 'full') {
  return contract.client<Users>('Users', await contract.token(app));
}

const newOrder = {
  currency: 'EUR' as const,
  lineItems: [{ sku: 'GADGET-110', quantity: 3 }],
  clientReference: 'PO-V1',
};

describe('v1 Commercial', () => {
  it('ListOrders:pagination', async () => {
    const api = await commercial();
    const ids: string[] = [];
    let page: string | undefined = '1';
    let total = 0;
    while (page) {
      const current: string = page;
      const { data } = await api.GET('/v1/orders', {
        params: { query: { page: current, pageSize: 8 } },
      });
      ids.push(...(data?.orders ?? []).map((order) => order.orderId));
      total = data?.totalCount ?? 0;
      page = data?.nextPage;
    }
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
  });

  it('ListOrders:filters', async () => {
    const api = await commercial();
    const { data } = await api.GET('/v1/orders', {
      params: {
        query: { status: ['cancelled'], createdBefore: '2026-11-01T00:00:00Z', pageSize: 100 },
      },
    });
    expect(data?.orders.every((order) => order.status === 'cancelled')).toBe(true);
    expect(data?.totalCount).toBe(data?.orders.length);
  });

  it('ListOrders:bad-page', async () => {
    const api = await commercial();
    const { error, response } = await api.GET('/v1/orders', { params: { query: { page: '0' } } });
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ fieldErrors: [{ path: '/page' }] });
  });

  it('ListOrders:missing-scope', async () => {
    const api = await commercial('full', 'applications:read');
    const { response, error } = await api.GET('/v1/orders');
    expect(response.status).toBe(403);
    expect(error).toMatchObject({ reason: 'insufficient_scope' });
  });

  it('ListOrders:expired-token', async () => {
    const api = await commercial();
    contract.sandbox.clock.advance(16 * 60 * 1000);
    try {
      expect((await api.GET('/v1/orders')).response.status).toBe(401);
    } finally {
      contract.sandbox.clock.advance(-16 * 60 * 1000);
    }
  });

  it('ListOrders:version-retired', async () => {
    const api = await commercial();
    contract.sandbox.setVersionRetired(1, true);
    try {
      const { error, response } = await api.GET('/v1/orders');
      expect(response.status).toBe(410);
      expect(error).toMatchObject({
        code: 'ApiVersionRetiredError',
        retiredVersion: 'v1',
        successorVersion: 'v2',
      });
    } finally {
      contract.sandbox.setVersionRetired(1, false);
    }
  });

  it('ListOrders:rate-limited', async () => {
    const api = await commercial();
    contract.sandbox.faults.add({ kind: 'rate-limit', operation: 'ListOrders', version: 1 });
    const { response } = await api.GET('/v1/orders');
    expect(response.status).toBe(429);
  });

  it('GetOrder:found', async () => {
    const api = await commercial();
    const orderId = (await api.GET('/v1/orders', { params: { query: { pageSize: 1 } } })).data!
      .orders[0]!.orderId;
    const { data } = await api.GET('/v1/orders/{orderId}', { params: { path: { orderId } } });
    expect(data?.order.totalCents).toBe(
      data?.order.lineItems.reduce((sum, line) => sum + line.totalCents, 0),
    );
  });

  it('GetOrder:unknown-id', async () => {
    const api = await commercial();
    const { response, error } = await api.GET('/v1/orders/{orderId}', {
      params: { path: { orderId: 'ord_0000000000000' } },
    });
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ resourceType: 'order', resourceId: 'ord_0000000000000' });
  });

  it('CreateOrder:created', async () => {
    const api = await commercial();
    const { data, response } = await api.POST('/v1/orders', { body: newOrder });
    expect(response.status).toBe(201);
    expect(data?.order).toMatchObject({
      clientReference: 'PO-V1',
      currency: 'EUR',
      totalCents: 6225,
    });
  });

  it('CreateOrder:idempotency', async () => {
    const api = await commercial();
    const header = { 'Idempotency-Key': 'contract-v1-create-1' };
    const first = await api.POST('/v1/orders', { params: { header }, body: newOrder });
    const again = await api.POST('/v1/orders', { params: { header }, body: newOrder });
    expect(again.data?.order.orderId).toBe(first.data?.order.orderId);
  });

  it('CreateOrder:bad-input', async () => {
    const api = await commercial();
    const { response, error } = await api.POST('/v1/orders', {
      body: { currency: 'EUR', lineItems: [{ sku: 'GADGET-110', quantity: 0 }] },
    });
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ fieldErrors: [{ path: '/lineItems/0/quantity' }] });
  });

  it('CancelOrder:cancelled-and-conflict', async () => {
    const api = await commercial();
    const orderId = (await api.POST('/v1/orders', { body: newOrder })).data!.order.orderId;
    const { data } = await api.POST('/v1/orders/{orderId}/cancel', {
      params: { path: { orderId } },
      body: {},
    });
    expect(data?.order).toMatchObject({ status: 'cancelled', cancellationReason: 'other' });
    const fulfilled = (
      await api.GET('/v1/orders', { params: { query: { status: ['fulfilled'], pageSize: 1 } } })
    ).data!.orders[0]!;
    const refused = await api.POST('/v1/orders/{orderId}/cancel', {
      params: { path: { orderId: fulfilled.orderId } },
      body: {},
    });
    expect(refused.response.status).toBe(409);
  });
});

describe('v1 Applications', () => {
  it('GetApplication:own', async () => {
    const { data } = await (await applications()).GET('/v1/application');
    expect(data?.application.partnerId).toBe('ptn_demopartner');
  });

  it('CreateClientSecret:created', async () => {
    const api = await applications('readOnly');
    const { response } = await api.POST('/v1/application/client-secrets', {
      body: { expiresInDays: 90 },
    });
    expect(response.status).toBe(403);
    const writer = await applications('otherPartner');
    const created = await writer.POST('/v1/application/client-secrets', {
      body: { label: 'v1', expiresInDays: 90 },
    });
    expect(created.response.status).toBe(201);
  });

  it('ListClientSecrets:pagination', async () => {
    const api = await applications('otherPartner');
    const first = await api.GET('/v1/application/client-secrets', {
      params: { query: { pageSize: 1 } },
    });
    expect(first.data?.totalCount).toBe(2);
    expect(first.data?.nextPage).toBe('2');
  });

  it('RevokeClientSecret:revoked', async () => {
    const api = await applications('otherPartner');
    const secret = (await api.GET('/v1/application/client-secrets')).data!.clientSecrets.find(
      (s) => s.label === 'v1',
    )!;
    const { data } = await api.POST('/v1/application/client-secrets/{clientSecretId}/revoke', {
      params: { path: { clientSecretId: secret.clientSecretId } },
    });
    expect(data?.clientSecret.status).toBe('revoked');
  });

  it('CreateWebhookEndpoint:created', async () => {
    const api = await applications();
    const { data } = await api.POST('/v1/application/webhook-endpoints', {
      body: {
        url: 'http://localhost:9/v1-hooks',
        eventTypes: ['order.created', 'order.cancelled'],
      },
    });
    expect(data?.webhookEndpoint.apiVersion).toBe('v1');
  });

  it('ListWebhookEndpoints:pagination', async () => {
    const { data } = await (
      await applications()
    ).GET('/v1/application/webhook-endpoints', { params: { query: { pageSize: 10 } } });
    expect(data?.totalCount).toBe(data?.webhookEndpoints.length);
  });

  it('GetWebhookEndpoint:found', async () => {
    const api = await applications();
    const id = (await api.GET('/v1/application/webhook-endpoints')).data!.webhookEndpoints[0]!
      .webhookEndpointId;
    const { data } = await api.GET('/v1/application/webhook-endpoints/{webhookEndpointId}', {
      params: { path: { webhookEndpointId: id } },
    });
    expect(data?.webhookEndpoint.webhookEndpointId).toBe(id);
  });

  it('RotateWebhookSigningSecret:no-grace', async () => {
    const api = await applications();
    const id = (await api.GET('/v1/application/webhook-endpoints')).data!.webhookEndpoints[0]!
      .webhookEndpointId;
    const { data } = await api.POST(
      '/v1/application/webhook-endpoints/{webhookEndpointId}/rotate-signing-secret',
      {
        params: { path: { webhookEndpointId: id } },
        body: { gracePeriodHours: 0 },
      },
    );
    expect(data?.webhookEndpoint.previousSigningSecretExpiresAt).toBeUndefined();
  });

  it('SendTestWebhookEvent:queued', async () => {
    const api = await applications();
    const id = (await api.GET('/v1/application/webhook-endpoints')).data!.webhookEndpoints[0]!
      .webhookEndpointId;
    const { response } = await api.POST(
      '/v1/application/webhook-endpoints/{webhookEndpointId}/test-events',
      { params: { path: { webhookEndpointId: id } } },
    );
    expect(response.status).toBe(202);
  });

  it('DeleteWebhookEndpoint:deleted', async () => {
    const api = await applications();
    const id = (await api.GET('/v1/application/webhook-endpoints')).data!.webhookEndpoints[0]!
      .webhookEndpointId;
    expect(
      (
        await api.DELETE('/v1/application/webhook-endpoints/{webhookEndpointId}', {
          params: { path: { webhookEndpointId: id } },
        })
      ).response.status,
    ).toBe(204);
  });

  it('ListAuditEvents:history', async () => {
    const { data } = await (
      await applications()
    ).GET('/v1/application/audit-events', { params: { query: { pageSize: 5 } } });
    expect(data?.auditEvents).toHaveLength(5);
    expect(data?.totalCount).toBeGreaterThan(5);
  });
});

describe('v1 Users', () => {
  it('ListUsers:pagination', async () => {
    const { data } = await (await users()).GET('/v1/users', { params: { query: { pageSize: 2 } } });
    expect(data?.nextPage).toBe('2');
  });

  it('GetUser:found-and-unknown', async () => {
    const api = await users();
    const userId = (await api.GET('/v1/users')).data!.users[0]!.userId;
    expect(
      (await api.GET('/v1/users/{userId}', { params: { path: { userId } } })).data?.user.userId,
    ).toBe(userId);
    expect(
      (await api.GET('/v1/users/{userId}', { params: { path: { userId: 'usr_0000000000' } } }))
        .response.status,
    ).toBe(404);
  });

  it('DeleteUser:human-only', async () => {
    const { response } = await (
      await users()
    ).DELETE('/v1/users/{userId}', { params: { path: { userId: 'usr_0000000000' } } });
    expect(response.status).toBe(403);
  });
});

describe('v1 coverage', () => {
  it('every operation of v1 was exercised and its answers matched the documents', () => {
    expect(contract.operationIds.filter((id) => !contract.coverage.has(id))).toEqual([]);
    const withoutSuccess = contract.operationIds.filter(
      (id) => ![...(contract.coverage.get(id) ?? [])].some((status) => status < 300),
    );
    expect(withoutSuccess).toEqual(['DeleteUser']);
  });
});

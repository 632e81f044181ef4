/**
 * @module Every v2 operation through the generated aggregated clients against the sandbox:
 * real outputs, pagination by cursor, modeled errors, idempotency and `$metadata`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  paginateListOrders,
  paginateListOrdersItems,
  type CreateOrderInput,
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
  let sdk: ReturnType<typeof v2Clients>;
  const newOrder: CreateOrderInput = {
    currency: 'USD',
    lineItems: [{ sku: 'WIDGET-001', quantity: 2 }],
  };

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    sdk = v2Clients(sandbox, 'demo-app', { transport });
  });
  afterAll(() => sandbox.close());

  describe('v2 Commercial', () => {
    it('CreateOrder', async () => {
      const out = await sdk.commercial.createOrder({ ...newOrder, externalReference: 'e2e-1' });
      expect(out.order.status).toBe('pending');
      expect(out.order.externalReference).toBe('e2e-1');
      expect(out.order.lineItems[0]).toMatchObject({ sku: 'WIDGET-001', quantity: 2 });
      expect(out.$metadata.httpStatusCode).toBe(201);
      expect(out.$metadata.requestId).toMatch(/\S/);
      expect(out.$metadata.attempts).toBe(1);
    });

    it('GetOrder', async () => {
      const { order } = await sdk.commercial.createOrder(newOrder);
      const out = await sdk.commercial.getOrder({ orderId: order.orderId });
      expect(out.order).toEqual(order);
      expect(out.$metadata.httpStatusCode).toBe(200);
    });

    it('UpdateOrder', async () => {
      const { order } = await sdk.commercial.createOrder(newOrder);
      const out = await sdk.commercial.updateOrder({
        orderId: order.orderId,
        externalReference: 'updated-ref',
        metadata: { source: 'e2e' },
      });
      expect(out.order.externalReference).toBe('updated-ref');
      expect(out.order.metadata).toEqual({ source: 'e2e' });
    });

    it('CancelOrder', async () => {
      const { order } = await sdk.commercial.createOrder(newOrder);
      const out = await sdk.commercial.cancelOrder({ orderId: order.orderId, reason: 'duplicate' });
      expect(out.order.status).toBe('cancelled');
      expect(out.order.cancellationReason).toBe('duplicate');
      // Cancelling twice is idempotent: the first cancellation stands.
      const again = await sdk.commercial.cancelOrder({ orderId: order.orderId, reason: 'other' });
      expect(again.order.cancelledAt).toBe(out.order.cancelledAt);
      expect(again.order.cancellationReason).toBe('duplicate');
    });

    it('ListOrders', async () => {
      const out = await sdk.commercial.listOrders({ pageSize: 2 });
      expect(out.orders).toHaveLength(2);
      expect(out.nextCursor).toMatch(/\S/);
      for (const order of out.orders) expect(order.partnerId).toBe('ptn_demopartner');
    });

    it('ListOrders:paginate', async () => {
      const pages = [];
      for await (const page of paginateListOrders({ client: sdk.commercial, pageSize: 3 }, {}))
        pages.push(page);
      expect(pages.length).toBeGreaterThan(1);
      expect(pages.at(-1)?.nextCursor).toBeUndefined();
      const fromPages = pages.flatMap((p) => p.orders.map((o) => o.orderId));
      const items = [];
      for await (const order of paginateListOrdersItems(
        { client: sdk.commercial, pageSize: 3 },
        {},
      ))
        items.push(order.orderId);
      expect(items).toEqual(fromPages);
      expect(new Set(items).size).toBe(items.length);
    });

    it('CreateOrder:idempotency', async () => {
      const idempotencyKey = `e2e-${crypto.randomUUID()}`;
      const first = await sdk.commercial.createOrder({ ...newOrder, idempotencyKey });
      const second = await sdk.commercial.createOrder({ ...newOrder, idempotencyKey });
      expect(second.order.orderId).toBe(first.order.orderId);
    });

    it('CreateOrder:idempotency-after-lost-response', async () => {
      const before = await countOrders();
      sandbox.faults.add({ operation: 'CreateOrder', kind: 'drop', when: 'after', times: 1 });
      const out = await sdk.commercial.createOrder({ ...newOrder, externalReference: 'lost-once' });
      expect(out.$metadata.attempts).toBe(2);
      expect(await countOrders()).toBe(before + 1);
      const { order } = await sdk.commercial.getOrder({ orderId: out.order.orderId });
      expect(order.externalReference).toBe('lost-once');
    });

    it('GetOrder:NotFoundError', async () => {
      const other = v2Clients(sandbox, 'other-partner-app', { transport });
      const { order } = await other.commercial.createOrder(newOrder);
      const error = await rejection(sdk.commercial.getOrder({ orderId: order.orderId }));
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as NotFoundError).$metadata.httpStatusCode).toBe(404);
      expect((error as NotFoundError).$metadata.requestId).toMatch(/\S/);
    });

    // Regression: with default options a read-only application could not even list orders.
    it('CreateOrder:ForbiddenError', async () => {
      const readonly = v2Clients(sandbox, 'demo-readonly-app', { transport });
      await expect(readonly.commercial.listOrders({})).resolves.toHaveProperty('orders');
      const error = await rejection(readonly.commercial.createOrder(newOrder));
      expect(error).toBeInstanceOf(ForbiddenError);
      const forbidden = error as ForbiddenError;
      expect(forbidden.$metadata.httpStatusCode).toBe(403);
      expect(forbidden.reason).toBe('insufficient_scope');
      expect(forbidden.missingScopes).toEqual(['commercial:write']);
      expect(forbidden.requiredScopes).toEqual(['commercial:write']);
      expect(forbidden.message).toContain('the access token lacks commercial:write');
    });

    it('CreateOrder:ValidationError', async () => {
      const error = await rejection(
        sdk.commercial.createOrder({
          currency: 'USD',
          lineItems: [{ sku: 'WIDGET-001', quantity: 0 }],
        }),
      );
      expect(error).toBeInstanceOf(ValidationError);
      const fields = (error as ValidationError).fieldErrors ?? [];
      expect(fields.length).toBeGreaterThan(0);
      expect(JSON.stringify(fields)).toContain('quantity');
    });
  });

  describe('v2 Applications', () => {
    it('GetApplication', async () => {
      const out = await sdk.applications.getApplication();
      expect(out.application.clientId).toBe('demo-app');
    });

    it('ListAuditEvents', async () => {
      await sdk.applications.getApplication();
      const out = await sdk.applications.listAuditEvents({});
      expect(out.auditEvents.length).toBeGreaterThan(0);
      expect(out.auditEvents.some((e) => e.operation === 'GetApplication')).toBe(true);
    });

    it('ClientSecrets:create-list-revoke-ConflictError', async () => {
      // Its own application so rotating secrets cannot break the other tests' tokens.
      const apps = v2Clients(sandbox, 'other-partner-app', { transport }).applications;
      const listed = await apps.listClientSecrets();
      const active = listed.clientSecrets.filter((s) => s.status === 'active');
      expect(active.length).toBeGreaterThan(0);
      const created =
        active.length < 2
          ? (await apps.createClientSecret({ label: 'e2e' })).clientSecret
          : undefined;
      if (created !== undefined) expect(created.status).toBe('active');
      const third = await rejection(apps.createClientSecret({ label: 'one too many' }));
      expect(third).toBeInstanceOf(ConflictError);
      expect((third as ConflictError).$metadata.httpStatusCode).toBe(409);
      const toRevoke = created ?? active[1]!;
      const revoked = await apps.revokeClientSecret({ clientSecretId: toRevoke.clientSecretId });
      expect(revoked.clientSecret.status).toBe('revoked');
    });

    it('WebhookEndpoints:create-get-list-rotate-delete', async () => {
      const created = await sdk.applications.createWebhookEndpoint({
        url: 'https://example.com/hooks',
        eventTypes: ['order.created'],
      });
      const id = created.webhookEndpoint.webhookEndpointId;
      expect(created.signingSecret).toMatch(/\S{16,}/);
      const got = await sdk.applications.getWebhookEndpoint({ webhookEndpointId: id });
      expect(got.webhookEndpoint.url).toBe('https://example.com/hooks');
      const listed = await sdk.applications.listWebhookEndpoints();
      expect(listed.webhookEndpoints.map((e) => e.webhookEndpointId)).toContain(id);
      const rotated = await sdk.applications.rotateWebhookSigningSecret({
        webhookEndpointId: id,
        gracePeriodHours: 1,
      });
      expect(rotated.signingSecret).not.toBe(created.signingSecret);
      await sdk.applications.deleteWebhookEndpoint({ webhookEndpointId: id });
      const gone = await rejection(sdk.applications.getWebhookEndpoint({ webhookEndpointId: id }));
      expect(gone).toBeInstanceOf(NotFoundError);
    });
  });

  describe('v2 Users', () => {
    it('ListUsers-GetUser', async () => {
      const listed = await sdk.users.listUsers({ pageSize: 2 });
      expect(listed.users.length).toBeGreaterThan(0);
      const first = listed.users[0]!;
      const got = await sdk.users.getUser({ userId: first.userId });
      expect(got.user).toEqual(first);
    });

    it('DeleteUser:ForbiddenError', async () => {
      const { users } = await sdk.users.listUsers({});
      const error = await rejection(sdk.users.deleteUser({ userId: users[0]!.userId }));
      expect(error).toBeInstanceOf(ForbiddenError);
      expect((error as ForbiddenError).$metadata.httpStatusCode).toBe(403);
    });
  });

  async function countOrders(): Promise<number> {
    let count = 0;
    for await (const page of paginateListOrders({ client: sdk.commercial, pageSize: 50 }, {}))
      count += page.orders.length;
    return count;
  }
});

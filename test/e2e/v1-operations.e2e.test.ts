/**
 * @module Every v1 operation through the generated aggregated clients against the sandbox:
 * page-token pagination, modeled errors, `Deprecation`/`Sunset` reported once per operation
 * through the logger, and a retired v1 surfacing as `ApiVersionGoneError`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiVersionGoneError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  paginateListOrders,
  paginateListOrdersItems,
  type CreateOrderInput,
} from '@platform/api-client/v1';
import {
  rejection,
  startTestSandbox,
  v1Clients,
  type Sandbox,
  TRANSPORTS,
} from './support/sdk-sandbox.js';

describe.each(TRANSPORTS)('over the %s transport', (transport) => {
  let sandbox: Sandbox;
  let sdk: ReturnType<typeof v1Clients>;
  const warnings: string[] = [];
  const logger = {
    debug: () => undefined,
    info: () => undefined,
    warn: (message: string) => void warnings.push(message),
    error: () => undefined,
  };
  const newOrder: CreateOrderInput = {
    currency: 'EUR',
    lineItems: [{ sku: 'WIDGET-001', quantity: 1 }],
  };

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    sdk = v1Clients(sandbox, 'demo-app', { transport, logger });
  });
  afterAll(() => sandbox.close());

  describe('v1 Commercial', () => {
    it('CreateOrder-GetOrder-CancelOrder', async () => {
      const created = await sdk.commercial.createOrder({ ...newOrder, clientReference: 'v1-ref' });
      expect(created.$metadata.httpStatusCode).toBe(201);
      expect(created.order.clientReference).toBe('v1-ref');
      const got = await sdk.commercial.getOrder({ orderId: created.order.orderId });
      expect(got.order).toEqual(created.order);
      const cancelled = await sdk.commercial.cancelOrder({ orderId: created.order.orderId });
      expect(cancelled.order.status).toBe('cancelled');
    });

    it('ListOrders:paginate', async () => {
      const first = await sdk.commercial.listOrders({ pageSize: 2 });
      expect(first.orders).toHaveLength(2);
      expect(first.nextPage).toMatch(/\S/);
      const pages = [];
      for await (const page of paginateListOrders({ client: sdk.commercial, pageSize: 4 }, {}))
        pages.push(page);
      expect(pages.length).toBeGreaterThan(1);
      expect(pages.at(-1)?.nextPage).toBeUndefined();
      const ids = pages.flatMap((p) => p.orders.map((o) => o.orderId));
      expect(ids).toHaveLength(pages[0]!.totalCount);
      const items = [];
      for await (const order of paginateListOrdersItems(
        { client: sdk.commercial, pageSize: 4 },
        {},
      ))
        items.push(order.orderId);
      expect(items).toEqual(ids);
    });

    it('CreateOrder:idempotency', async () => {
      const idempotencyKey = `v1-${crypto.randomUUID()}`;
      const first = await sdk.commercial.createOrder({ ...newOrder, idempotencyKey });
      const second = await sdk.commercial.createOrder({ ...newOrder, idempotencyKey });
      expect(second.order.orderId).toBe(first.order.orderId);
    });

    it('GetOrder:NotFoundError', async () => {
      const other = v1Clients(sandbox, 'other-partner-app', { transport });
      const { order } = await other.commercial.createOrder(newOrder);
      const error = await rejection(sdk.commercial.getOrder({ orderId: order.orderId }));
      expect(error).toBeInstanceOf(NotFoundError);
    });

    it('CreateOrder:ForbiddenError', async () => {
      const readonly = v1Clients(sandbox, 'demo-readonly-app', { transport });
      await expect(readonly.commercial.listOrders({})).resolves.toHaveProperty('orders');
      const error = await rejection(readonly.commercial.createOrder(newOrder));
      expect(error).toBeInstanceOf(ForbiddenError);
      expect((error as ForbiddenError).requiredScopes).toEqual(['commercial:write']);
    });

    it('CreateOrder:ValidationError', async () => {
      const error = await rejection(
        sdk.commercial.createOrder({ currency: 'EUR', lineItems: [{ sku: 'W', quantity: -1 }] }),
      );
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors?.length).toBeGreaterThan(0);
    });
  });

  describe('v1 Applications', () => {
    it('GetApplication-ListAuditEvents', async () => {
      const app = await sdk.applications.getApplication();
      expect(app.application.clientId).toBe('demo-app');
      const audit = await sdk.applications.listAuditEvents({});
      expect(audit.auditEvents.some((e) => e.operation === 'GetApplication')).toBe(true);
    });

    it('ClientSecrets:create-list-revoke-ConflictError', async () => {
      const apps = v1Clients(sandbox, 'other-partner-app', { transport }).applications;
      const active = (await apps.listClientSecrets()).clientSecrets.filter(
        (s) => s.status === 'active',
      );
      const created =
        active.length < 2
          ? (await apps.createClientSecret({ label: 'v1' })).clientSecret
          : undefined;
      const third = await rejection(apps.createClientSecret({ label: 'third' }));
      expect(third).toBeInstanceOf(ConflictError);
      const toRevoke = created ?? active[1]!;
      const revoked = await apps.revokeClientSecret({ clientSecretId: toRevoke.clientSecretId });
      expect(revoked.clientSecret.status).toBe('revoked');
    });

    it('WebhookEndpoints:create-get-list-rotate-send-delete', async () => {
      const created = await sdk.applications.createWebhookEndpoint({
        url: 'https://example.com/v1-hooks',
        eventTypes: ['order.created'],
      });
      const id = created.webhookEndpoint.webhookEndpointId;
      const got = await sdk.applications.getWebhookEndpoint({ webhookEndpointId: id });
      expect(got.webhookEndpoint.url).toBe('https://example.com/v1-hooks');
      const listed = await sdk.applications.listWebhookEndpoints();
      expect(listed.webhookEndpoints.map((e) => e.webhookEndpointId)).toContain(id);
      const rotated = await sdk.applications.rotateWebhookSigningSecret({ webhookEndpointId: id });
      expect(rotated.signingSecret).not.toBe(created.signingSecret);
      const sent = await sdk.applications.sendTestWebhookEvent({ webhookEndpointId: id });
      expect(sent.eventId).toMatch(/\S/);
      await sdk.applications.deleteWebhookEndpoint({ webhookEndpointId: id });
      const gone = await rejection(sdk.applications.getWebhookEndpoint({ webhookEndpointId: id }));
      expect(gone).toBeInstanceOf(NotFoundError);
    });
  });

  describe('v1 Users', () => {
    it('ListUsers-GetUser-DeleteUser:ForbiddenError', async () => {
      const { users } = await sdk.users.listUsers({});
      const got = await sdk.users.getUser({ userId: users[0]!.userId });
      expect(got.user).toEqual(users[0]);
      const error = await rejection(sdk.users.deleteUser({ userId: users[0]!.userId }));
      expect(error).toBeInstanceOf(ForbiddenError);
    });
  });

  describe('v1 lifecycle', () => {
    it('ListOrders:deprecation-reported-once', async () => {
      const before = warnings.filter((w) => w.includes('ListOrders')).length;
      const client = v1Clients(sandbox, 'demo-app', { transport, logger }).commercial;
      await client.listOrders({});
      await client.listOrders({});
      const mine = warnings.filter((w) => w.includes('ListOrders'));
      expect(mine.length - before).toBe(1);
      expect(mine.at(-1)).toMatch(/Deprecation/);
      expect(mine.at(-1)).toMatch(/Sunset/);
    });

    it('ListOrders:ApiVersionGoneError', async () => {
      sandbox.setVersionRetired(1, true);
      try {
        const error = await rejection(sdk.commercial.listOrders({}));
        expect(error).toBeInstanceOf(ApiVersionGoneError);
        expect((error as ApiVersionGoneError).successorMajor).toBe(2);
        expect((error as ApiVersionGoneError).message).toMatch(/2/);
        expect((error as ApiVersionGoneError).$metadata.httpStatusCode).toBe(410);
      } finally {
        sandbox.setVersionRetired(1, false);
      }
    });
  });
});

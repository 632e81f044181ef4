import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO, call, tokenFor, useSandbox } from './helpers.js';
import { seededUserId } from '../src/index.js';

const sandbox = useSandbox({ rateLimit: null });
let token: string;
beforeAll(async () => {
  token = await tokenFor(sandbox.current, DEMO.full);
});

type Order = { orderId: string; status: string; createdAt: string } & Record<string, unknown>;

async function walkV2(query: string): Promise<Order[]> {
  const seen: Order[] = [];
  let cursor: string | undefined;
  do {
    const page = await call(
      sandbox.current,
      token,
      'GET',
      `/v2/orders?pageSize=7${query}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(page.status).toBe(200);
    seen.push(...(page.body['orders'] as Order[]));
    cursor = page.body['nextCursor'] as string | undefined;
  } while (cursor);
  return seen;
}

describe('orders', () => {
  it('v1 pages by number with a totalCount; every order once, newest first', async () => {
    const first = await call(sandbox.current, token, 'GET', '/v1/orders?pageSize=10');
    const total = first.body['totalCount'] as number;
    expect(total).toBeGreaterThan(20);
    const ids: string[] = [];
    let page: string | undefined = '1';
    while (page) {
      const answer = await call(
        sandbox.current,
        token,
        'GET',
        `/v1/orders?pageSize=10&page=${page}`,
      );
      ids.push(...(answer.body['orders'] as Order[]).map((o) => o.orderId));
      page = answer.body['nextPage'] as string | undefined;
    }
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    const v1Order = (first.body['orders'] as Order[])[0]!;
    expect(v1Order).toHaveProperty('totalCents');
    expect(v1Order).not.toHaveProperty('total');
  });

  it('v2 pages with cursors; an order created mid-walk neither repeats nor shifts items', async () => {
    const before = await walkV2('');
    const firstPage = await call(sandbox.current, token, 'GET', '/v2/orders?pageSize=7');
    await call(sandbox.current, token, 'POST', '/v2/orders', {
      currency: 'USD',
      lineItems: [{ sku: 'WIDGET-001', quantity: 1 }],
    });
    const rest = await walkAfter(firstPage.body['nextCursor'] as string);
    const ids = [...(firstPage.body['orders'] as Order[]), ...rest].map((o) => o.orderId);
    expect(ids).toEqual(before.map((o) => o.orderId));
    const dates = before.map((o) => o.createdAt);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  async function walkAfter(cursor: string): Promise<Order[]> {
    const out: Order[] = [];
    let next: string | undefined = cursor;
    while (next) {
      const page = await call(
        sandbox.current,
        token,
        'GET',
        `/v2/orders?pageSize=7&cursor=${next}`,
      );
      out.push(...(page.body['orders'] as Order[]));
      next = page.body['nextCursor'] as string | undefined;
    }
    return out;
  }

  it('filters by status and creation time', async () => {
    const pending = await walkV2('&status=pending&status=confirmed');
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((o) => o.status === 'pending' || o.status === 'confirmed')).toBe(true);
    const since = '2026-10-01T00:00:00Z';
    const recent = await walkV2(`&createdAfter=${since}`);
    expect(recent.every((o) => o.createdAt >= since)).toBe(true);
  });

  it('a cursor only continues the filters it was issued for, and must be ours', async () => {
    const page = await call(
      sandbox.current,
      token,
      'GET',
      '/v2/orders?pageSize=2&status=fulfilled',
    );
    const cursor = page.body['nextCursor'] as string;
    const other = await call(
      sandbox.current,
      token,
      'GET',
      `/v2/orders?pageSize=2&cursor=${cursor}`,
    );
    expect(other.status).toBe(400);
    expect(other.body['fieldErrors']).toEqual([expect.objectContaining({ path: '/cursor' })]);
    const forged = await call(sandbox.current, token, 'GET', '/v2/orders?cursor=bm90LWEtY3Vyc29y');
    expect(forged.status).toBe(400);
  });

  it('creates with prices from the catalogue; v1 takes clientReference, v2 externalReference', async () => {
    const v2 = await call(sandbox.current, token, 'POST', '/v2/orders', {
      externalReference: 'PO-1',
      currency: 'JPY',
      lineItems: [{ sku: 'WIDGET-001', quantity: 2 }],
      metadata: { crmId: '1' },
    });
    expect(v2.status).toBe(201);
    expect(v2.body['order']).toMatchObject({
      status: 'pending',
      externalReference: 'PO-1',
      total: { amount: '3800', currency: 'JPY' },
      metadata: { crmId: '1' },
    });
    const v1 = await call(sandbox.current, token, 'POST', '/v1/orders', {
      clientReference: 'PO-2',
      currency: 'USD',
      lineItems: [{ sku: 'GADGET-220', quantity: 2 }],
    });
    expect(v1.body['order']).toMatchObject({
      clientReference: 'PO-2',
      totalCents: 9000,
      currency: 'USD',
    });
    const renamed = await call(sandbox.current, token, 'POST', '/v1/orders', {
      externalReference: 'PO-3',
      currency: 'USD',
      lineItems: [{ sku: 'GADGET-220', quantity: 1 }],
    });
    expect(renamed.status).toBe(400);
    expect(renamed.body['fieldErrors']).toEqual([
      expect.objectContaining({ path: '/externalReference' }),
    ]);
  });

  it('refuses products not sold in the currency, and repeated SKUs, at the line', async () => {
    const answer = await call(sandbox.current, token, 'POST', '/v2/orders', {
      currency: 'JPY',
      lineItems: [
        { sku: 'CABLE-USB-C', quantity: 1 },
        { sku: 'WIDGET-001', quantity: 1 },
        { sku: 'WIDGET-001', quantity: 2 },
      ],
    });
    expect(answer.status).toBe(400);
    expect(answer.body['fieldErrors']).toEqual([
      { path: '/lineItems/0/sku', message: 'No product with SKU CABLE-USB-C is sold in JPY.' },
      expect.objectContaining({ path: '/lineItems/2/sku' }),
    ]);
  });

  it('honours Idempotency-Key: the same request replays, a different one is a 409', async () => {
    const order = { currency: 'GBP', lineItems: [{ sku: 'SENSOR-T1', quantity: 1 }] };
    const key = { 'idempotency-key': 'create-once-1' };
    const first = await call(sandbox.current, token, 'POST', '/v2/orders', order, key);
    const again = await call(sandbox.current, token, 'POST', '/v2/orders', order, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const changed = await call(
      sandbox.current,
      token,
      'POST',
      '/v2/orders',
      { ...order, currency: 'EUR' },
      key,
    );
    expect(changed.status).toBe(409);
    expect(changed.body).toMatchObject({ code: 'ConflictError', reason: 'idempotency_key_reused' });
    const otherApp = await tokenFor(sandbox.current, DEMO.otherPartner);
    const theirs = await call(sandbox.current, otherApp, 'POST', '/v2/orders', order, key);
    expect((theirs.body['order'] as Order).orderId).not.toBe(
      (first.body['order'] as Order).orderId,
    );
  });

  it('cancels pending orders once, refuses fulfilled ones, and updates v2 references', async () => {
    const created = await call(sandbox.current, token, 'POST', '/v2/orders', {
      currency: 'USD',
      lineItems: [{ sku: 'WIDGET-001', quantity: 1 }],
    });
    const id = (created.body['order'] as Order).orderId;
    const updated = await call(sandbox.current, token, 'PATCH', `/v2/orders/${id}`, {
      externalReference: 'ERP-1',
    });
    expect(updated.body['order']).toMatchObject({ externalReference: 'ERP-1' });
    const empty = await call(sandbox.current, token, 'PATCH', `/v2/orders/${id}`, {});
    expect(empty.status).toBe(400);
    const cancelled = await call(sandbox.current, token, 'POST', `/v1/orders/${id}/cancel`, {
      reason: 'duplicate',
    });
    expect(cancelled.body['order']).toMatchObject({
      status: 'cancelled',
      cancellationReason: 'duplicate',
    });
    const twice = await call(sandbox.current, token, 'POST', `/v2/orders/${id}/cancel`);
    expect(twice.status).toBe(200);
    expect(twice.body['order']).toMatchObject({ cancellationReason: 'duplicate' });
    const fulfilled = (await walkV2('&status=fulfilled'))[0]!;
    const refused = await call(
      sandbox.current,
      token,
      'POST',
      `/v2/orders/${fulfilled.orderId}/cancel`,
      {},
    );
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'ConflictError', reason: 'order_state' });
  });
});

describe('users', () => {
  it("lists the partner's users oldest first, reads one, hides them from other partners", async () => {
    const list = await call(sandbox.current, token, 'GET', '/v2/users?pageSize=100');
    const users = list.body['users'] as { userId: string; createdAt: string; partnerId: string }[];
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((u) => u.partnerId === 'ptn_demopartner')).toBe(true);
    expect(users.map((u) => u.createdAt)).toEqual(users.map((u) => u.createdAt).sort());
    const one = await call(sandbox.current, token, 'GET', `/v1/users/${users[0]!.userId}`);
    expect(one.body['user']).toMatchObject({ userId: users[0]!.userId });
    const other = await tokenFor(sandbox.current, DEMO.otherPartner);
    expect(
      (await call(sandbox.current, other, 'GET', `/v2/users/${users[0]!.userId}`)).status,
    ).toBe(404);
  });

  it('a deleted user is a GoneError with its deletion time', async () => {
    // Seeded users #4, #9, ... are deleted (and unlisted).
    const deletedId = seededUserId('ptn_demopartner', 4);
    const gone = await call(sandbox.current, token, 'GET', `/v2/users/${deletedId}`);
    expect(gone.status).toBe(410);
    expect(gone.body).toMatchObject({
      code: 'GoneError',
      resourceType: 'user',
      resourceId: deletedId,
    });
    expect(gone.body['deletedAt']).toMatch(/^2026-1\d-\d\dT/);
  });
});

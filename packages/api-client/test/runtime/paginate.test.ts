import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { paginate } from '../../src/runtime/internal.js';
import { ManualClock } from './support/clock.js';
import {
  Commercial,
  GetOrderCommand,
  paginateListOrders,
  paginateListOrdersItems,
  type Order,
} from './support/orders.js';
import { CLIENT_ID, CLIENT_SECRET } from './support/privacy.js';

const BASE = 'https://api.example.gov';
const order = (n: number): Order => ({
  orderId: `ord_${n}`,
  status: 'open',
  customerId: 'cus_1',
  total: { amount: '1.00', currency: 'EUR' },
  createdAt: '2024-01-01T00:00:00Z',
});

const server = setupServer();
const queries: URLSearchParams[] = [];
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  queries.length = 0;
});
afterAll(() => server.close());

/** Serves `pages` of orders, each naming the next page's token ("p1", "p2", …). */
function pages(...sizes: number[]) {
  let n = 0;
  server.use(
    http.post(`${BASE}/oauth/token`, () =>
      HttpResponse.json({ access_token: 'at_paging', token_type: 'Bearer' }),
    ),
    http.get(`${BASE}/v2/orders`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      queries.push(query);
      const index = query.get('nextToken') === null ? 0 : Number(query.get('nextToken')?.slice(1));
      const size = sizes[index] ?? 0;
      const orders = Array.from({ length: size }, () => order(++n));
      return HttpResponse.json({
        orders,
        nextToken: index + 1 < sizes.length ? `p${index + 1}` : undefined,
      });
    }),
  );
}

const client = () =>
  new Commercial(
    { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
    { clock: new ManualClock() },
  );

describe('paginate', () => {
  it('walks every page until one has no next token, with the filters and page size on each request', async () => {
    pages(2, 2, 1);
    const seen: number[] = [];
    for await (const page of paginateListOrders(
      { client: client(), pageSize: 2 },
      { status: 'open' },
    )) {
      seen.push(page.orders?.length ?? 0);
      expect(page.$metadata.httpStatusCode).toBe(200);
    }
    expect(seen).toEqual([2, 2, 1]);
    expect(queries.map((q) => q.toString())).toEqual([
      'status=open&pageSize=2',
      'status=open&pageSize=2&nextToken=p1',
      'status=open&pageSize=2&nextToken=p2',
    ]);
  });

  it('starts from startingToken', async () => {
    pages(1, 1, 1);
    const ids: string[] = [];
    for await (const page of paginateListOrders({ client: client(), startingToken: 'p2' }, {})) {
      ids.push(...(page.orders ?? []).map((o) => o.orderId));
    }
    expect(queries.map((q) => q.get('nextToken'))).toEqual(['p2']);
    expect(ids).toHaveLength(1);
  });

  it('sends the next request only when asked: breaking out stops the requests', async () => {
    pages(1, 1, 1, 1);
    for await (const page of paginateListOrders({ client: client() }, {})) {
      expect(page.orders).toHaveLength(1);
      break;
    }
    expect(queries).toHaveLength(1);
  });

  it('stops when the server repeats the token', async () => {
    server.use(
      http.post(`${BASE}/oauth/token`, () =>
        HttpResponse.json({ access_token: 'at_paging', token_type: 'Bearer' }),
      ),
      http.get(`${BASE}/v2/orders`, ({ request }) => {
        queries.push(new URL(request.url).searchParams);
        return HttpResponse.json({ orders: [order(1)], nextToken: 'same' });
      }),
    );
    let count = 0;
    for await (const _page of paginateListOrders({ client: client() }, {})) count += 1;
    expect(count).toBe(2);
  });

  it('yields items across pages', async () => {
    pages(2, 3);
    const ids: string[] = [];
    for await (const item of paginateListOrdersItems({ client: client() }, {}))
      ids.push(item.orderId);
    expect(ids).toEqual(['ord_1', 'ord_2', 'ord_3', 'ord_4', 'ord_5']);
  });

  it('refuses an operation that is not paginated', async () => {
    const walk = paginate({ client: client() }, { orderId: 'x' }, GetOrderCommand);
    await expect(walk.next()).rejects.toThrow(/not a paginated operation/);
  });
});

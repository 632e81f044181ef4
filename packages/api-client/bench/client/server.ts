/**
 * @module bench/client/server
 *
 * The loopback server of `client.bench.ts`, run in its own process (pinned to its own core
 * where `taskset` exists). `GET …/orders/{id}` answers a fixed 298-byte JSON order;
 * `GET …/orders?…` answers a page of 20 orders with a next-page token;
 * `POST …/oauth/token` issues a token whose lifetime is 900 s, or 4 s under the `/short` prefix.
 * `GET /stats` counts token requests and lists when each `/short` token was issued. Prints the
 * port on stdout once it listens.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const ORDER = JSON.stringify({
  order: {
    orderId: 'ord_0001',
    status: 'open',
    customerId: 'cus_0001',
    items: [{ sku: 'SKU-0001', quantity: 2, unitPrice: { amount: '12.50', currency: 'EUR' } }],
    total: { amount: '25.00', currency: 'EUR' },
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-02T00:00:00Z',
    note: 'Leave at bay',
  },
});

const PAGE = JSON.stringify({
  orders: Array.from({ length: 20 }, (_, i) => ({
    ...(JSON.parse(ORDER) as { order: object }).order,
    orderId: `ord_${String(i + 1).padStart(4, '0')}`,
  })),
  nextToken: 'page-2',
});

let tokenRequests = 0;
let requestId = 0;
const shortTokensIssuedAt: number[] = [];

const server = createServer((request, response) => {
  const url = request.url ?? '';
  if (url.endsWith('/oauth/token')) {
    request.resume();
    request.on('end', () => {
      tokenRequests += 1;
      if (url.startsWith('/short/')) shortTokensIssuedAt.push(Date.now());
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(
        JSON.stringify({
          access_token: `token-${tokenRequests}`,
          token_type: 'Bearer',
          expires_in: url.startsWith('/short/') ? 4 : 900,
        }),
      );
    });
    return;
  }
  if (url === '/stats') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ tokenRequests, shortTokensIssuedAt }));
    return;
  }
  requestId += 1;
  response.writeHead(200, {
    'content-type': 'application/json',
    'x-request-id': `req-${requestId}`,
  });
  response.end(url.includes('/orders?') ? PAGE : ORDER);
});
// Longer than any phase of the bench: a client reusing a socket the server is closing at that
// moment fails with "other side closed" (seen when import timing took over a minute on a busy
// machine).
server.keepAliveTimeout = 600_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => process.exit(0));

/**
 * @module The short partner program `npm start` runs against the local sandbox: get a token with
 * the client credentials grant, list orders a page at a time, place an order with an
 * idempotency key, cancel it, and read the application's audit trail. It speaks plain HTTP
 * (fetch) until the generated `@platform/api-client` clients exist.
 *
 * Reads PLATFORM_BASE_URL, PLATFORM_TOKEN_URL, PLATFORM_CLIENT_ID and PLATFORM_CLIENT_SECRET.
 */
import { randomUUID } from 'node:crypto';

function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Set ${name} (npm start sets it for the local sandbox).`);
  return value;
}

const baseUrl = setting('PLATFORM_BASE_URL');
const tokenUrl = setting('PLATFORM_TOKEN_URL');
const clientId = setting('PLATFORM_CLIENT_ID');
const clientSecret = setting('PLATFORM_CLIENT_SECRET');

async function api<T>(
  token: string,
  method: string,
  path: string,
  body?: unknown,
  headers = {},
): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const payload = (await response.json()) as T & { code?: string; message?: string };
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${payload.code}: ${payload.message}`);
  return payload;
}

const basic = Buffer.from(
  `${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`,
).toString('base64');
const tokenResponse = await fetch(tokenUrl, {
  method: 'POST',
  headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
  body: 'grant_type=client_credentials&scope=commercial%3Aread%20commercial%3Awrite%20applications%3Aread',
});
const token = (await tokenResponse.json()) as {
  access_token: string;
  expires_in: number;
  scope: string;
};
console.log(`token: ${token.scope} for ${token.expires_in} s`);

type Order = { orderId: string; status: string; total: { amount: string; currency: string } };
const page = await api<{ orders: Order[]; nextCursor?: string }>(
  token.access_token,
  'GET',
  '/v2/orders?pageSize=3',
);
for (const order of page.orders) {
  console.log(
    `  ${order.orderId}  ${order.status.padEnd(9)} ${order.total.amount} ${order.total.currency}`,
  );
}
console.log(page.nextCursor ? '  … more pages (nextCursor)' : '  (last page)');

const created = await api<{ order: Order }>(
  token.access_token,
  'POST',
  '/v2/orders',
  { currency: 'USD', externalReference: 'DEMO-1', lineItems: [{ sku: 'WIDGET-001', quantity: 2 }] },
  { 'idempotency-key': randomUUID() },
);
console.log(
  `created ${created.order.orderId}: ${created.order.total.amount} ${created.order.total.currency}`,
);
const cancelled = await api<{ order: Order }>(
  token.access_token,
  'POST',
  `/v2/orders/${created.order.orderId}/cancel`,
  {
    reason: 'requested_by_customer',
  },
);
console.log(`cancelled ${cancelled.order.orderId}: ${cancelled.order.status}`);

const audit = await api<{ auditEvents: { method: string; route: string; statusCode: number }[] }>(
  token.access_token,
  'GET',
  '/v2/application/audit-events?pageSize=5',
);
console.log('audit trail (newest first):');
for (const event of audit.auditEvents)
  console.log(`  ${event.statusCode} ${event.method} ${event.route}`);

/**
 * @module The short partner program `npm start` runs against the local sandbox, written the way
 * a partner would write it: the generated `@platform/api-client` clients list orders a page at a
 * time, place an order (the SDK fills in the idempotency key), cancel it, and read the
 * application's audit trail.
 *
 * Credentials and URLs come from PLATFORM_CLIENT_ID, PLATFORM_CLIENT_SECRET, PLATFORM_BASE_URL
 * and PLATFORM_TOKEN_URL (`npm start` sets them for the local sandbox).
 */
import { Applications, Commercial, paginateListOrders } from '@platform/api-client';

function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Set ${name} (npm start sets it for the local sandbox).`);
  return value;
}

const options = {
  clientId: setting('PLATFORM_CLIENT_ID'),
  clientSecret: setting('PLATFORM_CLIENT_SECRET'),
  baseUrl: setting('PLATFORM_BASE_URL'),
  tokenUrl: setting('PLATFORM_TOKEN_URL'),
};
const commercial = new Commercial(options);
const applications = new Applications(options);

let pages = 0;
for await (const page of paginateListOrders({ client: commercial, pageSize: 5 }, {})) {
  pages += 1;
  const ids = page.orders.map((order) => `${order.orderId} (${order.status})`).join(', ');
  console.log(`  page ${pages}: ${ids}`);
  if (pages === 2) break;
}

const { order } = await commercial.createOrder({
  currency: 'USD',
  lineItems: [{ sku: 'WIDGET-001', quantity: 3 }],
});
console.log(`  placed ${order.orderId}: ${order.total.amount} ${order.total.currency}`);
const cancelled = await commercial.cancelOrder({ orderId: order.orderId, reason: 'other' });
console.log(`  cancelled ${cancelled.order.orderId} (status ${cancelled.order.status})`);

const { auditEvents } = await applications.listAuditEvents({});
const operations = [...new Set(auditEvents.flatMap((event) => event.operation ?? []))];
console.log(`  audit trail: ${auditEvents.length} events (${operations.join(', ')})`);

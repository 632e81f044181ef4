/**
 * @module The partner's integration under test: fetches an order and decides what to ship,
 * and handles order webhooks. Stands in for real partner code.
 */
import { NotFoundError, type Commercial } from '@platform/api-client/v2';
import { verifyWebhook } from '@platform/api-client/webhooks';

export async function shippableQuantity(client: Commercial, orderId: string): Promise<number> {
  try {
    const { order } = await client.getOrder({ orderId });
    if (order.status !== 'confirmed') return 0;
    return order.lineItems.reduce((sum, item) => sum + item.quantity, 0);
  } catch (error) {
    if (error instanceof NotFoundError) return 0;
    throw error;
  }
}

export async function handleDelivery(
  body: string,
  headers: Record<string, string>,
  secret: string,
): Promise<string> {
  const { event } = await verifyWebhook({ body, headers, secrets: secret });
  return event.type;
}

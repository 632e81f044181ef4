/**
 * @module An order as each API version writes it. Version 1: `clientReference`, amounts as
 * integer minor units next to `currency`. Version 2: `externalReference`, amounts as `Money`.
 */
import { money } from '../../state/money.js';
import { orderTotal } from '../../state/orders.js';
import type { OrderRecord } from '../../state/orders.js';
import { dateOf } from './types.js';
import type { Output } from './types.js';

function common(order: OrderRecord): Output {
  return {
    orderId: order.id,
    partnerId: order.partnerId,
    status: order.status,
    metadata: order.metadata,
    createdAt: new Date(order.createdAt),
    updatedAt: new Date(order.updatedAt),
    cancelledAt: dateOf(order.cancelledAt),
    cancellationReason: order.cancellationReason,
  };
}

export function orderV1(order: OrderRecord): Output {
  return {
    ...common(order),
    clientReference: order.reference,
    currency: order.currency,
    totalCents: orderTotal(order),
    lineItems: order.lines.map((line) => ({
      sku: line.sku,
      description: line.description,
      quantity: line.quantity,
      unitPriceCents: line.unitPriceMinor,
      totalCents: line.unitPriceMinor * line.quantity,
    })),
  };
}

export function orderV2(order: OrderRecord): Output {
  return {
    ...common(order),
    externalReference: order.reference,
    total: money(orderTotal(order), order.currency),
    lineItems: order.lines.map((line) => ({
      sku: line.sku,
      description: line.description,
      quantity: line.quantity,
      unitPrice: money(line.unitPriceMinor, order.currency),
      total: money(line.unitPriceMinor * line.quantity, order.currency),
    })),
  };
}

/** The order in the shape of API version `major`. */
export function orderView(order: OrderRecord, major: number): Output {
  return major === 1 ? orderV1(order) : orderV2(order);
}

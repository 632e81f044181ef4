/**
 * @module Commercial: the partner's orders. Tenant isolation (another partner's order is a
 * 404), pricing from the catalogue in the order's currency, the cancel rules, and the
 * `order.created` / `order.cancelled` webhook events.
 */
import { validationError } from '../../api-error.js';
import type { FieldError } from '../../api-error.js';
import { findProduct } from '../../state/catalog.js';
import type { OrderLine, OrderRecord, OrderStatus } from '../../state/orders.js';
import { orderView } from './order-views.js';
import { timeKey } from './types.js';
import type { OperationCall, OperationHandler, Output } from './types.js';

/** The reference member's name per version (v2 renamed it). */
function referenceMember(major: number): string {
  return major === 1 ? 'clientReference' : 'externalReference';
}

function priceLines(
  items: readonly { sku: string; quantity: number }[],
  currency: string,
): OrderLine[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const lines = items.flatMap((item, index) => {
    const product = findProduct(item.sku);
    const price = product?.prices[currency];
    if (seen.has(item.sku)) {
      errors.push({
        path: `/lineItems/${index}/sku`,
        message: `SKU ${item.sku} appears twice; put each SKU on one line.`,
      });
    }
    seen.add(item.sku);
    if (!product || price === undefined) {
      errors.push({
        path: `/lineItems/${index}/sku`,
        message: `No product with SKU ${item.sku} is sold in ${currency}.`,
      });
      return [];
    }
    return [
      {
        sku: product.sku,
        description: product.description,
        quantity: item.quantity,
        unitPriceMinor: price,
      },
    ];
  });
  if (errors.length > 0) {
    throw validationError(`The order has ${errors.length} invalid line item(s).`, errors);
  }
  return lines;
}

function emitOrderEvent(call: OperationCall, type: string, order: OrderRecord): void {
  call.domain.events.emit(call.app.id, type, (major) => ({ order: orderView(order, major) }));
}

const listOrders: OperationHandler = {
  handle(call) {
    const { input } = call;
    const filters = {
      status: input['status'],
      createdAfter: input['createdAfter'],
      createdBefore: input['createdBefore'],
    };
    const orders = call.domain.orders.list(call.caller.partnerId, {
      ...(Array.isArray(input['status']) ? { statuses: input['status'] as OrderStatus[] } : {}),
      ...(input['createdAfter'] instanceof Date
        ? { createdAfter: input['createdAfter'].getTime() }
        : {}),
      ...(input['createdBefore'] instanceof Date
        ? { createdBefore: input['createdBefore'].getTime() }
        : {}),
    });
    const page = call.page(orders, (o) => timeKey(o.createdAt, o.id), 'descending', filters);
    return call.pageOutput(page, (order) => orderView(order, call.major));
  },
};

const getOrder: OperationHandler = {
  handle(call) {
    const order = call.domain.orders.get(call.caller.partnerId, String(call.input['orderId']));
    return { order: orderView(order, call.major) };
  },
};

const createOrder: OperationHandler = {
  handle(call) {
    const { input } = call;
    const currency = String(input['currency']);
    const lines = priceLines(input['lineItems'] as { sku: string; quantity: number }[], currency);
    const reference = input[referenceMember(call.major)];
    const order = call.domain.orders.create({
      partnerId: call.caller.partnerId,
      currency,
      lines,
      ...(typeof reference === 'string' ? { reference } : {}),
      ...(input['metadata'] ? { metadata: input['metadata'] as Record<string, string> } : {}),
    });
    emitOrderEvent(call, 'order.created', order);
    return { order: orderView(order, call.major) };
  },
};

const updateOrder: OperationHandler = {
  handle(call) {
    const { input } = call;
    const reference = input[referenceMember(call.major)];
    const metadata = input['metadata'] as Record<string, string> | undefined;
    if (reference === undefined && metadata === undefined) {
      throw validationError(`Send ${referenceMember(call.major)}, metadata or both.`);
    }
    const order = call.domain.orders.get(call.caller.partnerId, String(input['orderId']));
    call.domain.orders.update(order, {
      ...(typeof reference === 'string' ? { reference } : {}),
      ...(metadata ? { metadata } : {}),
    });
    return { order: orderView(order, call.major) };
  },
};

const cancelOrder: OperationHandler = {
  handle(call) {
    const { input } = call;
    const order = call.domain.orders.get(call.caller.partnerId, String(input['orderId']));
    const note = typeof input['note'] === 'string' ? input['note'] : undefined;
    const result = call.domain.orders.cancel(order, String(input['reason'] ?? 'other'), note);
    if (result.changed) emitOrderEvent(call, 'order.cancelled', order);
    return { order: orderView(order, call.major) } satisfies Output;
  },
};

export const commercialHandlers: Readonly<Record<string, OperationHandler>> = {
  ListOrders: listOrders,
  GetOrder: getOrder,
  CreateOrder: createOrder,
  UpdateOrder: updateOrder,
  CancelOrder: cancelOrder,
};

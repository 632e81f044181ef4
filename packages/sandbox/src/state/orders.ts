/**
 * @module Orders, version-neutral: amounts in minor units, one reference field. Each partner
 * sees only its own (another partner's order reads as missing). The API versions render these
 * records their own way (see `api/handlers/order-views.ts`).
 */
import { notFound, conflict } from '../api-error.js';
import { newId } from './ids.js';

export type OrderStatus = 'pending' | 'confirmed' | 'fulfilled' | 'cancelled';

export interface OrderLine {
  readonly sku: string;
  readonly description: string;
  readonly quantity: number;
  readonly unitPriceMinor: number;
}

export interface OrderRecord {
  readonly id: string;
  readonly partnerId: string;
  status: OrderStatus;
  reference?: string;
  readonly currency: string;
  readonly lines: readonly OrderLine[];
  metadata: Record<string, string>;
  readonly createdAt: number;
  updatedAt: number;
  cancelledAt?: number;
  cancellationReason?: string;
  cancellationNote?: string;
}

export interface OrderFilter {
  readonly statuses?: readonly OrderStatus[];
  /** Inclusive, milliseconds. */
  readonly createdAfter?: number;
  /** Exclusive, milliseconds. */
  readonly createdBefore?: number;
}

export function orderTotal(order: OrderRecord): number {
  return order.lines.reduce((sum, line) => sum + line.quantity * line.unitPriceMinor, 0);
}

/** Newest first; ties broken by id so the order is total (cursors rely on it). */
export function compareNewestFirst(a: OrderRecord, b: OrderRecord): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

export class OrderStore {
  readonly #byId = new Map<string, OrderRecord>();

  constructor(private readonly now: () => number) {}

  /** Adds a seeded order as given. */
  insert(order: OrderRecord): void {
    this.#byId.set(order.id, order);
  }

  create(fields: {
    partnerId: string;
    currency: string;
    lines: readonly OrderLine[];
    reference?: string;
    metadata?: Record<string, string>;
  }): OrderRecord {
    const now = this.now();
    const order: OrderRecord = {
      id: newId('ord'),
      partnerId: fields.partnerId,
      status: 'pending',
      ...(fields.reference === undefined ? {} : { reference: fields.reference }),
      currency: fields.currency,
      lines: fields.lines,
      metadata: { ...(fields.metadata ?? {}) },
      createdAt: now,
      updatedAt: now,
    };
    this.#byId.set(order.id, order);
    return order;
  }

  /** The partner's order, or a 404 that does not reveal whether another partner has it. */
  get(partnerId: string, orderId: string): OrderRecord {
    const order = this.#byId.get(orderId);
    if (!order || order.partnerId !== partnerId) {
      throw notFound(`No order ${orderId}.`, { type: 'order', id: orderId });
    }
    return order;
  }

  list(partnerId: string, filter: OrderFilter = {}): OrderRecord[] {
    return [...this.#byId.values()]
      .filter(
        (order) =>
          order.partnerId === partnerId &&
          (!filter.statuses || filter.statuses.includes(order.status)) &&
          (filter.createdAfter === undefined || order.createdAt >= filter.createdAfter) &&
          (filter.createdBefore === undefined || order.createdAt < filter.createdBefore),
      )
      .sort(compareNewestFirst);
  }

  update(order: OrderRecord, changes: { reference?: string; metadata?: Record<string, string> }) {
    if (changes.reference !== undefined) order.reference = changes.reference;
    if (changes.metadata !== undefined) order.metadata = { ...changes.metadata };
    order.updatedAt = this.now();
    return order;
  }

  /** Cancels a pending or confirmed order; a cancelled one is returned as is (`changed: false`). */
  cancel(
    order: OrderRecord,
    reason: string,
    note?: string,
  ): { order: OrderRecord; changed: boolean } {
    if (order.status === 'cancelled') return { order, changed: false };
    if (order.status === 'fulfilled') {
      throw conflict(
        'order_state',
        `Order ${order.id} is fulfilled and can no longer be cancelled.`,
      );
    }
    const now = this.now();
    order.status = 'cancelled';
    order.cancelledAt = now;
    order.cancellationReason = reason;
    if (note !== undefined) order.cancellationNote = note;
    order.updatedAt = now;
    return { order, changed: true };
  }
}

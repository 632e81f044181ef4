/**
 * @module Synthetic data for a fresh sandbox, the same for the same seed: orders and users of
 * each partner, dated in the months before a fixed day so that lists, filters and pages are
 * reproducible between runs and machines.
 */
import { DEFAULT_SEED } from '../options.js';
import { CATALOG } from './catalog.js';
import { derivedId } from './ids.js';
import type { OrderLine, OrderStatus, OrderStore } from './orders.js';
import { SeededRandom } from './random.js';
import type { UserStatus, UserStore } from './users.js';

/** Seeded data is dated before this instant (2026-11-01T00:00:00Z). */
export const SEED_EPOCH_MS = Date.UTC(2026, 10, 1);
const DAY_MS = 86_400_000;

export interface SeedPartner {
  readonly partnerId: string;
  readonly orders: number;
  readonly users: number;
}

const CURRENCIES = ['USD', 'USD', 'USD', 'EUR', 'GBP', 'CAD', 'JPY'];
const FIRST_NAMES = ['Ada', 'Grace', 'Alan', 'Katherine', 'Edsger', 'Barbara', 'Donald', 'Frances'];
const LAST_NAMES = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Johnson',
  'Dijkstra',
  'Liskov',
  'Knuth',
  'Allen',
];

function statusForAge(random: SeededRandom, ageDays: number): OrderStatus {
  const roll = random.next();
  if (roll < 0.12) return 'cancelled';
  if (ageDays > 20) return 'fulfilled';
  if (ageDays > 5) return roll < 0.6 ? 'confirmed' : 'fulfilled';
  return roll < 0.6 ? 'pending' : 'confirmed';
}

function seedOrders(store: OrderStore, random: SeededRandom, seed: string, partner: SeedPartner) {
  for (let i = 0; i < partner.orders; i += 1) {
    const ageDays = random.int(0, 120);
    const createdAt = SEED_EPOCH_MS - ageDays * DAY_MS - random.int(0, DAY_MS - 1);
    const currency = random.pick(CURRENCIES);
    const sellable = CATALOG.filter((product) => product.prices[currency] !== undefined);
    const lines: OrderLine[] = [];
    for (const product of sellable) {
      if (lines.length < 3 && random.next() < 0.3) {
        lines.push({
          sku: product.sku,
          description: product.description,
          quantity: random.int(1, 12),
          unitPriceMinor: product.prices[currency] ?? 0,
        });
      }
    }
    if (lines.length === 0) {
      const product = random.pick(sellable);
      lines.push({
        sku: product.sku,
        description: product.description,
        quantity: 1,
        unitPriceMinor: product.prices[currency] ?? 0,
      });
    }
    const status = statusForAge(random, ageDays);
    const updatedAt = Math.min(SEED_EPOCH_MS, createdAt + random.int(0, 3) * DAY_MS);
    store.insert({
      id: derivedId('ord', `${seed}/${partner.partnerId}/order/${i}`),
      partnerId: partner.partnerId,
      status,
      ...(random.next() < 0.7 ? { reference: `PO-2026-${1000 + i}` } : {}),
      currency,
      lines,
      metadata: random.next() < 0.4 ? { crmId: String(random.int(1000, 9999)) } : {},
      createdAt,
      updatedAt,
      ...(status === 'cancelled'
        ? {
            cancelledAt: updatedAt,
            cancellationReason: random.pick(['requested_by_customer', 'duplicate', 'other']),
          }
        : {}),
    });
  }
}

/**
 * The id of seeded user number `index` of `partnerId` in a sandbox started with `seed`. Every
 * fifth seeded user (index 4, 9, …) has been deleted, so a test can reach GetUser's `GoneError`
 * with it; deleted users are not listed.
 */
export function seededUserId(partnerId: string, index: number, seed = DEFAULT_SEED): string {
  return derivedId('usr', `${seed}/${partnerId}/user/${index}`);
}

function seedUsers(store: UserStore, random: SeededRandom, seed: string, partner: SeedPartner) {
  const statuses: UserStatus[] = ['active', 'active', 'active', 'invited', 'suspended'];
  for (let i = 0; i < partner.users; i += 1) {
    const first = FIRST_NAMES[i % FIRST_NAMES.length] ?? 'Ada';
    const last = LAST_NAMES[(i * 3) % LAST_NAMES.length] ?? 'Lovelace';
    const createdAt = SEED_EPOCH_MS - random.int(30, 600) * DAY_MS;
    const status = random.pick(statuses);
    const domain = partner.partnerId.slice(4);
    store.insert({
      id: seededUserId(partner.partnerId, i, seed),
      partnerId: partner.partnerId,
      email: `${first.toLowerCase()}.${last.toLowerCase()}${i}@${domain}.example`,
      displayName: `${first} ${last}`,
      status,
      createdAt,
      ...(status === 'active'
        ? { lastSignedInAt: SEED_EPOCH_MS - random.int(0, 20) * DAY_MS }
        : {}),
      // Every fifth user has been deleted, so GetUser's GoneError has something to find.
      ...(i % 5 === 4 ? { deletedAt: SEED_EPOCH_MS - random.int(1, 25) * DAY_MS } : {}),
    });
  }
}

export function seedData(
  stores: { orders: OrderStore; users: UserStore },
  seed: string,
  partners: readonly SeedPartner[],
): void {
  for (const partner of partners) {
    const random = new SeededRandom(`${seed}/${partner.partnerId}`);
    seedOrders(stores.orders, random, seed, partner);
    seedUsers(stores.users, random, seed, partner);
  }
}

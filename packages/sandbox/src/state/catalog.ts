/**
 * @module The product catalogue orders are priced from: SKU, name, and unit price per currency
 * in minor units. A product without a price in a currency is not sold in it.
 */

export interface Product {
  readonly sku: string;
  readonly description: string;
  /** Unit price in minor units, per currency it is sold in. */
  readonly prices: Readonly<Partial<Record<string, number>>>;
}

export const CATALOG: readonly Product[] = [
  {
    sku: 'WIDGET-001',
    description: 'Standard widget',
    prices: { USD: 1299, EUR: 1199, GBP: 1049, CAD: 1749, AUD: 1949, JPY: 1900 },
  },
  {
    sku: 'WIDGET-002',
    description: 'Widget, stainless',
    prices: { USD: 1899, EUR: 1749, GBP: 1549, CAD: 2549, AUD: 2849, JPY: 2800 },
  },
  {
    sku: 'GADGET-220',
    description: 'Gadget, large',
    prices: { USD: 4500, EUR: 4150, GBP: 3650, CAD: 6100, AUD: 6750, JPY: 6600 },
  },
  {
    sku: 'GADGET-110',
    description: 'Gadget, small',
    prices: { USD: 2250, EUR: 2075, GBP: 1825, CAD: 3050, AUD: 3375, JPY: 3300 },
  },
  {
    sku: 'CABLE-USB-C',
    description: 'USB-C cable, 2 m',
    prices: { USD: 899, EUR: 829, GBP: 729, CAD: 1219, AUD: 1349 },
  },
  {
    sku: 'MOUNT-WALL',
    description: 'Wall mount kit',
    prices: { USD: 3475, EUR: 3199, GBP: 2799, CAD: 4699 },
  },
  {
    sku: 'SENSOR-T1',
    description: 'Temperature sensor',
    prices: { USD: 6999, EUR: 6449, GBP: 5649, JPY: 10200 },
  },
  {
    sku: 'SERVICE-PLAN-1Y',
    description: 'Service plan, one year',
    prices: { USD: 12000, EUR: 11000, GBP: 9600 },
  },
];

const BY_SKU = new Map(CATALOG.map((product) => [product.sku, product]));

export function findProduct(sku: string): Product | undefined {
  return BY_SKU.get(sku);
}

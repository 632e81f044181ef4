/**
 * @module Amounts in integer minor units (how the sandbox stores them, and how API v1 writes
 * them) and as exact decimal strings of the currency's major unit (API v2's `Money.amount`).
 */

/** Fraction digits per ISO 4217 currency the model knows (JPY has none). */
const FRACTION_DIGITS: Readonly<Record<string, number>> = {
  USD: 2,
  EUR: 2,
  GBP: 2,
  CAD: 2,
  AUD: 2,
  JPY: 0,
};

export function fractionDigits(currency: string): number {
  const digits = FRACTION_DIGITS[currency];
  if (digits === undefined)
    throw new TypeError(`No fraction digits known for currency ${currency}.`);
  return digits;
}

/** `2598, 'USD'` → `"25.98"`; `1500, 'JPY'` → `"1500"`: exactly the currency's digits. */
export function toDecimalAmount(minorUnits: number, currency: string): string {
  const digits = fractionDigits(currency);
  if (digits === 0) return String(minorUnits);
  const text = String(minorUnits).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** API v2's `Money`. */
export function money(minorUnits: number, currency: string): { amount: string; currency: string } {
  return { amount: toDecimalAmount(minorUnits, currency), currency };
}

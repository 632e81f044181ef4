/**
 * @module Number literals of the IDL and the JSON AST: a literal becomes a JS `number` when that
 * holds it exactly, and a `BigNumberValue` keeping its text otherwise (integers beyond 2^53,
 * decimals that would round).
 */
import { BigNumberValue } from './shapes.js';

/** Parses a JSON / IDL number literal (already known to be well-formed). */
export function parseNumberLiteral(text: string): number | BigNumberValue {
  const value = Number(text);
  if (!Number.isFinite(value)) return new BigNumberValue(text);
  if (/^-?\d+$/.test(text)) {
    return Number.isSafeInteger(value) ? value : new BigNumberValue(text);
  }
  return canonicalDecimal(text) === canonicalDecimal(String(value))
    ? value
    : new BigNumberValue(text);
}

/** `sign digits e exponent` with no leading or trailing zeros, so equal values compare equal. */
export function canonicalDecimal(text: string): string {
  const match = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return text;
  const [, sign = '', int = '', frac = '', exp = '0'] = match;
  let digits = int + frac;
  let exponent = Number(exp) - frac.length;
  const lead = digits.length - digits.replace(/^0+/, '').length;
  digits = digits.slice(lead);
  if (digits.length === 0) return '0';
  const trail = digits.length - digits.replace(/0+$/, '').length;
  digits = digits.slice(0, digits.length - trail);
  exponent += trail;
  return `${sign}${digits}e${exponent}`;
}

/** True for a JS number or a `BigNumberValue`. */
export function isNumeric(value: unknown): value is number | BigNumberValue {
  return typeof value === 'number' || value instanceof BigNumberValue;
}

/** The value as a JS number (approximate for big values). */
export function toNumber(value: number | BigNumberValue): number {
  return typeof value === 'number' ? value : Number(value.text);
}

/** True when the literal has no fraction or exponent that leaves a fraction. */
export function isIntegral(value: number | BigNumberValue): boolean {
  if (typeof value === 'number') return Number.isInteger(value);
  return /^-?\d+$/.test(value.text);
}

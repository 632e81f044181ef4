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

/** A number as the model (`BigNumberValue` for what a double cannot hold) or a reader holds it. */
export type ExactNumber = number | bigint | BigNumberValue;

/** The decimal text of a number: what the model or the wire wrote, not a rounded double. */
function decimalText(value: ExactNumber): string {
  if (value instanceof BigNumberValue) return value.text;
  return typeof value === 'bigint' ? value.toString() : String(value);
}

/** `canonicalDecimal` as sign, digits and the power of ten of the first digit. */
function decimalParts(text: string): { sign: number; digits: string; magnitude: number } {
  const canonical = canonicalDecimal(text);
  if (canonical === '0') return { sign: 0, digits: '', magnitude: 0 };
  const match = /^(-?)(\d+)e(-?\d+)$/.exec(canonical)!;
  const digits = match[2]!;
  return {
    sign: match[1] === '-' ? -1 : 1,
    digits,
    magnitude: digits.length + Number(match[3]),
  };
}

/**
 * Compares two numbers by their decimal value, exactly: `0.1` equals a bound written `0.1`, and
 * integers beyond 2^53 keep every digit. `undefined` when either is NaN (nothing compares to it).
 */
export function compareNumbers(a: ExactNumber, b: ExactNumber): -1 | 0 | 1 | undefined {
  if (typeof a === 'number' && !Number.isFinite(a)) return compareInfinite(a, b);
  if (typeof b === 'number' && !Number.isFinite(b)) {
    const reversed = compareInfinite(b, a);
    return reversed === undefined ? undefined : ((-reversed || 0) as -1 | 0 | 1);
  }
  const x = decimalParts(decimalText(a));
  const y = decimalParts(decimalText(b));
  if (x.sign !== y.sign) return x.sign < y.sign ? -1 : 1;
  let order = x.magnitude === y.magnitude ? 0 : x.magnitude < y.magnitude ? -1 : 1;
  if (order === 0) {
    const width = Math.max(x.digits.length, y.digits.length);
    const dx = x.digits.padEnd(width, '0');
    const dy = y.digits.padEnd(width, '0');
    order = dx === dy ? 0 : dx < dy ? -1 : 1;
  }
  return (order * x.sign || 0) as -1 | 0 | 1;
}

function compareInfinite(infinite: number, other: ExactNumber): -1 | 0 | 1 | undefined {
  if (Number.isNaN(infinite) || (typeof other === 'number' && Number.isNaN(other))) {
    return undefined;
  }
  if (other === infinite) return 0;
  return infinite > 0 ? 1 : -1;
}

/**
 * The value as a bigint, or `undefined` when it is not a whole number. A `BigNumberValue` is whole
 * only when written without fraction or exponent, as Smithy reads number literals.
 */
export function toBigInt(value: ExactNumber): bigint | undefined {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : undefined;
  return /^-?\d+$/.test(value.text) ? BigInt(value.text) : undefined;
}

/**
 * @module Comparison of OpenAPI documents "after normalisation", as upstream's `Node.assertEquals`
 * compares them: object key order ignored, array order significant. Numbers compare by value —
 * integers exactly (4611686018427387904 is not 4611686018427388000), decimals as doubles (Smithy's
 * Java IDL parser reads decimals as doubles, so `0.1234567890123456789` and `0.12345678901234568`
 * are the same value). An empty `components` object equals an absent one (upstream's `convert()`
 * and `convertToNode()` differ only in that).
 */
import { BigNumberValue } from '@platform/smithy';
import type { JsonValue } from '../../src/index.js';

export function jsonDifferences(
  actual: JsonValue | undefined,
  expected: JsonValue | undefined,
  limit = 10,
): string[] {
  const out: string[] = [];
  compare(normalizeRoot(actual), normalizeRoot(expected), '', out, limit);
  return out;
}

function normalizeRoot(value: JsonValue | undefined): JsonValue | undefined {
  if (!isObject(value) || !isObject(value.components) || Object.keys(value.components).length > 0)
    return value;
  const { components: _empty, ...rest } = value;
  return rest;
}

function compare(
  a: JsonValue | undefined,
  b: JsonValue | undefined,
  path: string,
  out: string[],
  limit: number,
): void {
  if (out.length >= limit) return;
  const at = path || '/';
  if (isNumeric(a) && isNumeric(b)) {
    if (numberKey(a) !== numberKey(b)) out.push(`${at}: ${String(a)} != expected ${String(b)}`);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length)
      out.push(`${at}: ${a.length} items != expected ${b.length}: ${short(a)} vs ${short(b)}`);
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++)
      compare(a[i] as JsonValue, b[i] as JsonValue, `${path}/${i}`, out, limit);
    return;
  }
  if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const child = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (!(key in a)) out.push(`${child}: missing (expected ${short(b[key])})`);
      else if (!(key in b)) out.push(`${child}: unexpected ${short(a[key])}`);
      else compare(a[key], b[key], child, out, limit);
      if (out.length >= limit) return;
    }
    return;
  }
  if (a !== b) out.push(`${at}: ${short(a)} != expected ${short(b)}`);
}

function isObject(v: JsonValue | undefined): v is { readonly [k: string]: JsonValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof BigNumberValue);
}

function isNumeric(v: JsonValue | undefined): v is number | BigNumberValue {
  return typeof v === 'number' || v instanceof BigNumberValue;
}

/** Integers as exact digit strings, other numbers as the double they denote. */
function numberKey(v: number | BigNumberValue): string {
  const text = typeof v === 'number' ? String(v) : v.text;
  if (/^-?\d+$/.test(text)) return BigInt(text).toString();
  const value = Number(text);
  return Number.isInteger(value) && Math.abs(value) < 2 ** 53 ? String(value) : `d${value}`;
}

function short(v: JsonValue | undefined): string {
  const text = JSON.stringify(v, (_k, x: unknown) => (x instanceof BigNumberValue ? x.text : x));
  return text === undefined ? 'undefined' : text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

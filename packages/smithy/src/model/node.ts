/**
 * @module Narrowing helpers for `NodeValue` (trait values, metadata, examples), so validators
 * and later stages read trait bodies without casts and treat a malformed body as absent instead
 * of crashing.
 */
import { BigNumberValue } from './shapes.js';
import type { NodeValue } from './shapes.js';

export type NodeObject = { readonly [key: string]: NodeValue };

export function asObject(value: NodeValue | undefined): NodeObject | undefined {
  return value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    !(value instanceof BigNumberValue)
    ? (value as NodeObject)
    : undefined;
}

export function asList(value: NodeValue | undefined): readonly NodeValue[] | undefined {
  return Array.isArray(value) ? (value as readonly NodeValue[]) : undefined;
}

export function asString(value: NodeValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A list whose every element is a string, else `undefined`. */
export function asStringList(value: NodeValue | undefined): readonly string[] | undefined {
  const list = asList(value);
  return list?.every((v) => typeof v === 'string') ? (list as readonly string[]) : undefined;
}

/** A number, including big numbers (as a JS number: only for range comparisons). */
export function asNumber(value: NodeValue | undefined): number | undefined {
  if (typeof value === 'number') return value;
  if (value instanceof BigNumberValue) return Number(value.text);
  return undefined;
}

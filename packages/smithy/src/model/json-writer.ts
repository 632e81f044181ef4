/**
 * @module Writes node values as JSON text. Unlike `JSON.stringify`, numbers held as
 * `BigNumberValue` are written digit for digit, so values beyond 2^53 survive a round trip.
 */
import { BigNumberValue } from './shapes.js';
import type { JsonAst } from './model.js';
import type { NodeValue } from './shapes.js';

/**
 * `JSON.stringify`-compatible output (same spacing rules) for node values and whole JSON AST
 * documents (`model.toJsonAst()`); properties whose value is `undefined` are left out.
 */
export function stringifyNode(value: NodeValue | JsonAst, indent: number | string = 2): string {
  const pad = typeof indent === 'number' ? ' '.repeat(indent) : indent;
  return write(value as NodeValue, pad, '');
}

function write(value: NodeValue, pad: string, current: string): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof BigNumberValue) return value.text;
  const inner = current + pad;
  const open = pad ? `\n${inner}` : '';
  const close = pad ? `\n${current}` : '';
  const sep = pad ? `,\n${inner}` : ',';
  if (Array.isArray(value)) {
    const items = (value as readonly NodeValue[]).map((v) => write(v, pad, inner));
    return items.length === 0 ? '[]' : `[${open}${items.join(sep)}${close}]`;
  }
  const entries = Object.entries(value as Record<string, NodeValue | undefined>)
    .filter((entry): entry is [string, NodeValue] => entry[1] !== undefined)
    .map(([k, v]) => `${JSON.stringify(k)}:${pad ? ' ' : ''}${write(v, pad, inner)}`);
  return entries.length === 0 ? '{}' : `{${open}${entries.join(sep)}${close}}`;
}

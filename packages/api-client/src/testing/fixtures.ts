/**
 * @module Fixture factories: the model's example output of an operation, typed by the SDK's
 * output type, with per-test overrides merged in (objects deeply, arrays and scalars replaced).
 */
import { operationData, type ApiMajor, type OperationName, type OperationOutput } from './data.js';

/** A deep partial of an output, for overrides. */
export type DeepPartial<T> = T extends readonly (infer _U)[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function merge(base: unknown, override: unknown): unknown {
  if (override === undefined) return structuredClone(base);
  if (!isPlainObject(base) || !isPlainObject(override)) return structuredClone(override);
  const out: Record<string, unknown> = structuredClone(base);
  for (const [key, value] of Object.entries(override)) out[key] = merge(base[key], value);
  return out;
}

/**
 * The example output of `operation` in API `version` (as the server sends it), with `overrides`
 * merged in. Every call returns a fresh copy.
 */
export function createFixture<V extends ApiMajor, Op extends OperationName<V>>(
  version: V,
  operation: Op,
  overrides?: DeepPartial<OperationOutput<V, Op>>,
): OperationOutput<V, Op> {
  return merge(operationData(version, operation).output, overrides) as OperationOutput<V, Op>;
}

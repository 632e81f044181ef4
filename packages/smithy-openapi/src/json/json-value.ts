/**
 * @module JSON values of the documents this package writes. They are Smithy node values, so big
 * numbers (`BigNumberValue`) pass from the model into the document digit for digit.
 */
import { BigNumberValue } from '@platform/smithy';
import type { NodeValue } from '@platform/smithy';

export type JsonValue = NodeValue;

/** A JSON object being built; key order is the order keys are written. */
export type JsonObject = { [key: string]: JsonValue };

export function isJsonObject(
  value: JsonValue | undefined,
): value is { readonly [key: string]: JsonValue } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof BigNumberValue)
  );
}

/** Adds `key: value` when `value` is defined (keeps the written document free of `undefined`). */
export function putDefined(target: JsonObject, key: string, value: JsonValue | undefined): void {
  if (value !== undefined) target[key] = value;
}

/** Copies an object with its keys sorted, for maps whose order carries no meaning. */
export function sortedObject(source: { readonly [key: string]: JsonValue }): JsonObject {
  const result: JsonObject = {};
  for (const key of Object.keys(source).sort(compareStrings))
    result[key] = source[key] as JsonValue;
  return result;
}

/** Code-unit order, like Java's `String.compareTo` (locale independent, deterministic). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

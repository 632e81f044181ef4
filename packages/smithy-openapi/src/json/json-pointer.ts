/**
 * @module RFC 6901 JSON pointers: parsing, escaping, reading, and the "add, creating missing
 * parents" operation smithy-openapi's `jsonAdd` setting uses.
 */
import { OpenApiConversionError } from '../errors.js';
import { isJsonObject } from './json-value.js';
import type { JsonObject, JsonValue } from './json-value.js';

export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function parsePointer(pointer: string): string[] {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (body === '') return [];
  if (!body.startsWith('/')) {
    throw new OpenApiConversionError('InvalidSettings', `Invalid JSON pointer \`${pointer}\``, {
      hint: 'A JSON pointer is empty or starts with `/`, e.g. `/info/title`.',
    });
  }
  return body
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at `pointer`, or `undefined`. Array segments are indices. */
export function getAtPointer(root: JsonValue, pointer: string): JsonValue | undefined {
  let current: JsonValue | undefined = root;
  for (const segment of parsePointer(pointer)) {
    if (Array.isArray(current)) {
      current = /^\d+$/.test(segment)
        ? (current as readonly JsonValue[])[Number(segment)]
        : undefined;
    } else if (isJsonObject(current)) {
      current = Object.hasOwn(current, segment) ? current[segment] : undefined;
    } else {
      return undefined;
    }
  }
  return current;
}

/**
 * Returns a copy of `root` with `value` set at `pointer`, creating missing intermediate objects.
 * Fails when a parent on the way is not an object.
 */
export function addWithIntermediateValues(
  root: JsonObject,
  pointer: string,
  value: JsonValue,
): JsonObject {
  const segments = parsePointer(pointer);
  if (segments.length === 0) {
    if (!isJsonObject(value)) {
      throw new OpenApiConversionError(
        'InvalidSettings',
        'The document root can only be replaced by an object',
      );
    }
    return { ...value };
  }
  return setIn(root, segments, value, pointer);
}

function setIn(
  node: JsonObject,
  segments: string[],
  value: JsonValue,
  pointer: string,
): JsonObject {
  const [head, ...rest] = segments as [string, ...string[]];
  const copy: JsonObject = { ...node };
  if (rest.length === 0) {
    copy[head] = value;
    return copy;
  }
  const child = copy[head];
  if (child !== undefined && !isJsonObject(child)) {
    throw new OpenApiConversionError(
      'InvalidSettings',
      `Cannot add \`${pointer}\`: \`${head}\` is not an object in the generated document`,
    );
  }
  copy[head] = setIn(child === undefined ? {} : { ...child }, rest, value, pointer);
  return copy;
}

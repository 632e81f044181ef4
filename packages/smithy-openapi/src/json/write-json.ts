/**
 * @module Writes a document as JSON text: two-space indentation, a final newline, and big numbers
 * digit for digit (a `BigNumberValue` is written from its source text, never through a double).
 */
import { stringifyNode } from '@platform/smithy';
import type { JsonValue } from './json-value.js';

export function writeOpenApiJson(document: JsonValue): string {
  return `${stringifyNode(document, 2)}\n`;
}

/**
 * @module Reads a JSON request body: the content type must be JSON, the text must be UTF-8 and
 * parse, and no string may hold half a surrogate pair; each failure is the modeled error with a
 * message that says what to send instead.
 */
import type { Context } from 'hono';
import { validationError } from '../api-error.js';
import { BodyReadError, readBodyText } from './body-text.js';
import { isWellFormedText } from './utf8.js';

function isJsonType(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return (
    type === 'application/json' ||
    (type?.startsWith('application/') === true && type.endsWith('+json'))
  );
}

/** The parsed body, or `undefined` when the request has none. */
export async function readJsonBody(c: Context, maxBytes: number): Promise<unknown> {
  let text: string;
  try {
    text = await readBodyText(c, maxBytes);
  } catch (error) {
    if (error instanceof BodyReadError) throw validationError(error.message);
    throw error;
  }
  if (text.length === 0) return undefined;
  const contentType = c.req.header('content-type');
  if (!isJsonType(contentType)) {
    throw validationError(
      `The body is sent as "${contentType ?? '(no content-type)'}"; send JSON with content-type: application/json.`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : 'it does not parse';
    // Not tied to a member, so no field errors (as the model's ValidationError says).
    throw validationError(`The request body is not valid JSON: ${detail}.`);
  }
  // Only a `\uD800`-style escape can smuggle half a surrogate pair past the UTF-8 check.
  const where = /\\u[dD][89a-fA-F]/.test(text) ? unpairedSurrogateAt(value, '') : undefined;
  if (where !== undefined) {
    throw validationError(
      `The request body is not valid JSON text: ${where === '' ? 'the body' : `the key or string at ${where}`} has a \\u escape of half a surrogate pair, which is no Unicode character.`,
    );
  }
  return value;
}

/** The JSON Pointer of the first key or string with an unpaired surrogate, if any. */
function unpairedSurrogateAt(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return isWellFormedText(value) ? undefined : path;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const at = `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    if (!isWellFormedText(key)) return at;
    const found = unpairedSurrogateAt(item, at);
    if (found !== undefined) return found;
  }
  return undefined;
}

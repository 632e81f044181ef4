/**
 * @module Reads a JSON request body: the content type must be JSON, the text must parse, and
 * each failure is the modeled error with a message that says what to send instead.
 */
import type { Context } from 'hono';
import { readBodyText } from './body-text.js';
import { validationError } from '../api-error.js';

function isJsonType(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return (
    type === 'application/json' ||
    (type?.startsWith('application/') === true && type.endsWith('+json'))
  );
}

/** The parsed body, or `undefined` when the request has none. */
export async function readJsonBody(c: Context, maxBytes: number): Promise<unknown> {
  const text = await readBodyText(c, maxBytes);
  if (text.length === 0) return undefined;
  const contentType = c.req.header('content-type');
  if (!isJsonType(contentType)) {
    throw validationError(
      `The body is sent as "${contentType ?? '(no content-type)'}"; send JSON with content-type: application/json.`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : 'it does not parse';
    // Not tied to a member, so no field errors (as the model's ValidationError says).
    throw validationError(`The request body is not valid JSON: ${detail}.`);
  }
}

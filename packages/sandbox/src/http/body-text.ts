/**
 * @module Reads a request body as text with a size limit: a declared `content-length` over the
 * limit is refused before reading, and a body that streams past it is cut off, so no client
 * can make the sandbox buffer more than `maxBytes`; bytes that are not UTF-8 are refused, never
 * replaced with U+FFFD. A refusal is a `BodyReadError`, which each
 * endpoint words in its own error format (the API's `ValidationError`, the token endpoint's
 * RFC 6749 `invalid_request`).
 */
import type { Context } from 'hono';
import { strictUtf8 } from './utf8.js';

export class BodyReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BodyReadError';
  }
}

function tooLarge(maxBytes: number) {
  return new BodyReadError(
    `The request body is larger than ${maxBytes} bytes, the most this endpoint accepts; send a smaller one.`,
  );
}

const cache = new WeakMap<Request, Promise<string>>();

async function read(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const text = strictUtf8(Buffer.concat(chunks));
  if (text === undefined) {
    throw new BodyReadError('The request body is not valid UTF-8; send text encoded as UTF-8.');
  }
  return text;
}

/** The body as text (read once per request; later calls get the same text or refusal). */
export function readBodyText(c: Context, maxBytes: number): Promise<string> {
  const request = c.req.raw;
  let text = cache.get(request);
  if (!text) {
    text = read(request, maxBytes);
    cache.set(request, text);
  }
  return text;
}

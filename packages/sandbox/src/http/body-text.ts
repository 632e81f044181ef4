/**
 * @module Reads a request body as text with a size limit: a declared `content-length` over the
 * limit is refused before reading, and a body that streams past it is cut off, so no client
 * can make the sandbox buffer more than `maxBytes`.
 */
import type { Context } from 'hono';
import { validationError } from '../api-error.js';

function tooLarge(maxBytes: number) {
  return validationError(
    `The request body is larger than ${maxBytes} bytes, the most this API accepts; send a smaller one.`,
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
  return Buffer.concat(chunks).toString('utf8');
}

/** The body as UTF-8 text (read once per request; later calls get the same text). */
export function readBodyText(c: Context, maxBytes: number): Promise<string> {
  const request = c.req.raw;
  let text = cache.get(request);
  if (!text) {
    text = read(request, maxBytes);
    cache.set(request, text);
  }
  return text;
}

/**
 * @module http/body
 *
 * Reads a response body into a string, whatever the transport handed back: the
 * {@link ResponseBody} of this package's own transports, or what another Smithy request handler
 * hands back (a fetch `Response`, a web `ReadableStream`, a Node stream, bytes or a string) —
 * optionally refusing more than a byte limit without buffering the excess.
 */

/** The body was larger than the limit the caller set. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`response body exceeds ${limit} bytes`);
  }
}

/**
 * The body of a response from one of this package's transports: read once, whole, or released.
 * Each transport reads its own way (`Response.text()`, Node stream chunks), so nothing has to
 * pretend to be a fetch `Response`.
 */
export interface ResponseBody {
  /** The whole body as UTF-8 text; rejects with {@link BodyTooLargeError} past `limit` bytes. */
  text(limit: number): Promise<string>;
  /** Releases an unread body (its connection is closed rather than drained). */
  discard(): void;
}

function isResponseBody(body: object): body is ResponseBody {
  return typeof (body as Partial<ResponseBody>).discard === 'function';
}

/** A fetch `Response` or a `Blob`. */
export interface TextSource {
  text(): Promise<string>;
  body?: ReadableStream<Uint8Array> | null;
}

function isTextSource(body: object): body is TextSource {
  return typeof (body as Partial<TextSource>).text === 'function';
}

async function readChunks(chunks: AsyncIterable<unknown>, limit: number): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for await (const chunk of chunks) {
    const bytes =
      typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
    size += bytes.byteLength;
    if (size > limit) throw new BodyTooLargeError(limit);
    text += decoder.decode(bytes, { stream: true });
  }
  return text + decoder.decode();
}

async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Not awaited: some stream sources never settle a cancel, and nothing depends on it.
    reader.cancel().catch(() => undefined);
  }
}

function checkSize(text: string, limit: number): string {
  if (limit !== Infinity && new TextEncoder().encode(text).byteLength > limit) {
    throw new BodyTooLargeError(limit);
  }
  return text;
}

/** Reads a fetch `Response` (or a `Blob`) as text, streaming it when there is a limit. */
export async function readTextSource(source: TextSource, limit: number): Promise<string> {
  if (limit !== Infinity && source.body) return readChunks(streamChunks(source.body), limit);
  return checkSize(await source.text(), limit);
}

/** Reads `body` as UTF-8 text; with `limit`, rejects with {@link BodyTooLargeError} past it. */
export async function readBodyText(body: unknown, limit = Infinity): Promise<string> {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return checkSize(body, limit);
  if (body instanceof Uint8Array || body instanceof ArrayBuffer) {
    const bytes = body instanceof ArrayBuffer ? new Uint8Array(body) : body;
    if (bytes.byteLength > limit) throw new BodyTooLargeError(limit);
    return new TextDecoder().decode(bytes);
  }
  if (typeof body !== 'object') return String(body);
  if (isResponseBody(body)) return body.text(limit);
  if (isTextSource(body)) return readTextSource(body, limit);
  if (typeof (body as ReadableStream).getReader === 'function') {
    return readChunks(streamChunks(body as ReadableStream<Uint8Array>), limit);
  }
  if (Symbol.asyncIterator in body) return readChunks(body as AsyncIterable<unknown>, limit);
  return String(body);
}

/** Releases an unread body so the connection can be reused. */
export function discardBody(body: unknown): void {
  if (typeof body !== 'object' || body === null) return;
  if (isResponseBody(body)) {
    body.discard();
    return;
  }
  const stream = isTextSource(body) ? body.body : (body as Partial<ReadableStream>);
  if (stream && typeof stream.cancel === 'function') stream.cancel().catch(() => undefined);
}

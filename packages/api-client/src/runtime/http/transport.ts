/**
 * @module http/transport
 *
 * The transport seam: any Smithy request handler (for example `FetchHttpHandler` from
 * `@smithy/fetch-http-handler`) can carry the client's requests. The default, {@link FetchTransport},
 * calls `fetch` directly with `redirect: 'manual'`, without the request copies a general-purpose
 * handler makes, and hands back a {@link ResponseBody} over the `Response` so it is read only
 * once. On Node the default is the `node:http` transport (`node-transport`) instead.
 */
import type {
  HttpHandlerOptions,
  HttpRequest,
  HttpResponse,
  RequestHandlerOutput,
} from '../smithy-types.js';
import { readTextSource, type ResponseBody } from './body.js';

/**
 * What the client sends requests through: a Smithy request handler for `HttpRequest`.
 * Declared with method syntax so that handlers typed against Smithy's `HttpRequest` class (such
 * as `FetchHttpHandler`) fit; they receive a plain `HttpRequest` object. A handler must honour
 * `abortSignal` (timeouts and cancellation rely on it) and must not follow redirects.
 */
export interface HttpTransport {
  handle(
    request: HttpRequest,
    options?: HttpHandlerOptions,
  ): Promise<RequestHandlerOutput<HttpResponse>>;
  destroy?(): void;
}

/** Options of {@link FetchTransport}. */
export interface FetchTransportOptions {
  /** The `fetch` to call; defaults to the global `fetch`, looked up on every request. */
  fetch?: typeof fetch;
}

/** Renders the URL of a request: `protocol//host[:port]path[?query]`. */
export function requestUrl(request: HttpRequest): string {
  const port = request.port === undefined ? '' : `:${request.port}`;
  const query = request.query === undefined ? '' : queryString(request.query);
  return `${request.protocol}//${request.hostname}${port}${request.path}${query === '' ? '' : `?${query}`}`;
}

const UNRESERVED = /^[A-Za-z0-9._~-]*$/;

/** RFC 3986 percent-encoding: `encodeURIComponent` plus `!'()*`. */
export function encodeRfc3986(value: string): string {
  if (UNRESERVED.test(value)) return value;
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The query string of a request, without `?`. */
export function queryString(query: NonNullable<HttpRequest['query']>): string {
  let out = '';
  for (const key in query) {
    const value = query[key];
    const name = encodeRfc3986(key);
    if (value === null || value === undefined) {
      out += `${out === '' ? '' : '&'}${name}`;
    } else if (typeof value === 'string') {
      out += `${out === '' ? '' : '&'}${name}=${encodeRfc3986(value)}`;
    } else {
      for (const item of value) out += `${out === '' ? '' : '&'}${name}=${encodeRfc3986(item)}`;
    }
  }
  return out;
}

/** The body of a fetch `Response`, read with `text()` or streamed under a limit. */
class FetchResponseBody implements ResponseBody {
  readonly #response: Response;

  constructor(response: Response) {
    this.#response = response;
  }

  text(limit: number): Promise<string> {
    return readTextSource(this.#response, limit);
  }

  discard(): void {
    this.#response.body?.cancel().catch(() => undefined);
  }
}

function copyHeader(this: Record<string, string>, value: string, name: string): void {
  this[name] = value;
}

/** Sends requests with `fetch`, never following redirects. */
export class FetchTransport implements HttpTransport {
  readonly #fetch: typeof fetch | undefined;

  constructor(options: FetchTransportOptions = {}) {
    this.#fetch = options.fetch;
  }

  async handle(
    request: HttpRequest,
    options: HttpHandlerOptions = {},
  ): Promise<{ response: HttpResponse }> {
    const fetchFn = this.#fetch ?? globalThis.fetch;
    const init: RequestInit = {
      method: request.method,
      headers: request.headers,
      redirect: 'manual',
      signal: options.abortSignal as AbortSignal | undefined,
    };
    if (request.body !== undefined) init.body = request.body as BodyInit;
    const response = await fetchFn(requestUrl(request), init);
    const headers: Record<string, string> = {};
    response.headers.forEach(copyHeader, headers);
    return {
      response: {
        statusCode: response.status,
        reason: response.statusText,
        headers,
        body: new FetchResponseBody(response),
      },
    };
  }
}

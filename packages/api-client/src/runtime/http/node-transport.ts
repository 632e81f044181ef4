/**
 * @module http/node-transport
 *
 * The default transport on Node: `node:http` / `node:https` with a keep-alive agent per client.
 * On Node, `fetch` (undici) builds a WHATWG `Request`, `Headers`, `Response` and a web stream for
 * every call, which costs more CPU than the whole SDK; `node:http` hands back the status, the
 * headers and the body chunks as they are.
 *
 * The modules are reached through `process.getBuiltinModule` (Node ≥ 20.16), never by `import`:
 * there is no `node:` specifier for a bundler to follow, so browser, edge, Deno and Bun bundles
 * stay as they are (see `default-transport` for where this transport is the default).
 *
 * It behaves as {@link FetchTransport} does: redirects are never followed (a 3xx is handed back),
 * header names are lower case, the abort signal ends the request at any point (before it is
 * sent, while waiting for the headers, while the body is read), and connection failures reject
 * with the system error (`ECONNREFUSED`, `ECONNRESET`, `ENOTFOUND`…), which the exchange turns
 * into a `ConnectionError`. Responses are not decompressed; the client asks for no encoding.
 */
import type { HttpHandlerOptions, HttpRequest, HttpResponse } from '../smithy-types.js';
import { BodyTooLargeError, type ResponseBody } from './body.js';
import { queryString, type HttpTransport } from './transport.js';

/** The parts of Node's `Buffer` the body reader uses. */
interface NodeBuffer extends Uint8Array {
  toString(encoding?: 'utf8'): string;
}

interface NodeIncomingMessage {
  readonly statusCode?: number;
  readonly statusMessage?: string;
  readonly headers: Record<string, string | string[] | undefined>;
  on(event: 'data', listener: (chunk: NodeBuffer) => void): unknown;
  on(event: 'end' | 'close', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  destroy(): void;
}

interface NodeClientRequest {
  on(event: 'response', listener: (response: NodeIncomingMessage) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  end(body?: unknown): void;
  destroy(error?: Error): void;
}

interface NodeAgent {
  destroy(): void;
}

interface NodeRequestOptions {
  method: string;
  hostname: string;
  port: number | undefined;
  path: string;
  headers: Record<string, string>;
  agent: NodeAgent;
}

/** The parts of `node:http` and `node:https` the transport uses. */
interface NodeHttpModule {
  Agent: new (options: { keepAlive: boolean }) => NodeAgent;
  request(options: NodeRequestOptions): NodeClientRequest;
}

interface NodeBufferModule {
  Buffer: { concat(chunks: readonly Uint8Array[], length: number): NodeBuffer };
}

interface NodeModules {
  readonly http: NodeHttpModule;
  readonly https: NodeHttpModule;
  readonly buffer: NodeBufferModule['Buffer'];
}

interface RuntimeGlobals {
  process?: { getBuiltinModule?: (id: string) => unknown };
}

/** The built-in modules, or `undefined` where `process.getBuiltinModule` is missing. */
function nodeHttpModules(globals: object = globalThis): NodeModules | undefined {
  const getBuiltinModule = (globals as RuntimeGlobals).process?.getBuiltinModule;
  if (typeof getBuiltinModule !== 'function') return undefined;
  const http = getBuiltinModule('node:http') as NodeHttpModule | undefined;
  const https = getBuiltinModule('node:https') as NodeHttpModule | undefined;
  const buffer = getBuiltinModule('node:buffer') as NodeBufferModule | undefined;
  if (typeof http?.request !== 'function' || typeof https?.request !== 'function' || !buffer) {
    return undefined;
  }
  return { http, https, buffer: buffer.Buffer };
}

/**
 * Whether `node:http` can be reached here. (The module shapes stay private, so the published
 * declarations name no Node type.)
 */
export function hasNodeHttp(globals: object = globalThis): boolean {
  return nodeHttpModules(globals) !== undefined;
}

/** A listener object, as `AbortSignal` takes one (declared here: no DOM type in our types). */
export interface AbortListener {
  handleEvent(): void;
}

/**
 * What the transport needs of an abort signal: an `AbortSignal` has it, and so has the cheaper
 * per-attempt object the client passes (`exchange`).
 */
export interface AbortListenable {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: AbortListener): void;
  removeEventListener(type: 'abort', listener: AbortListener): void;
}

/** The reason a request was ended by the abort signal; the exchange reports the real cause. */
const ABORTED = 'the request was aborted (timeout or the caller’s abortSignal)';

/**
 * One request and its response body. It listens to the abort signal itself (`handleEvent`, so
 * no closure per call) from the moment the request is made until the body is read or released.
 */
class NodeExchange implements ResponseBody {
  readonly #request: NodeClientRequest;
  readonly #signal: AbortListenable | undefined;
  readonly #buffer: NodeModules['buffer'];
  #response: NodeIncomingMessage | undefined;
  #failure: Error | undefined;
  #reject: ((error: Error) => void) | undefined;

  constructor(
    request: NodeClientRequest,
    signal: AbortListenable | undefined,
    buffer: NodeModules['buffer'],
  ) {
    this.#request = request;
    this.#signal = signal;
    this.#buffer = buffer;
    signal?.addEventListener('abort', this);
  }

  handleEvent(): void {
    this.#request.destroy(new Error(ABORTED));
  }

  /** The response as the client reads it: lower-case names, repeated values joined. */
  received(response: NodeIncomingMessage): HttpResponse {
    this.#response = response;
    const headers = response.headers;
    for (const name in headers) {
      const value = headers[name];
      if (typeof value !== 'string') headers[name] = value === undefined ? '' : value.join(', ');
    }
    return {
      statusCode: response.statusCode ?? 0,
      reason: response.statusMessage,
      headers: headers as Record<string, string>,
      body: this,
    };
  }

  /** The request or the connection failed. */
  failed(error: Error): void {
    this.#failure ??= error;
    this.#reject?.(error);
    this.#release();
  }

  text(limit: number): Promise<string> {
    const response = this.#response;
    if (response === undefined || this.#failure !== undefined) {
      return Promise.reject(this.#failure ?? new Error('no response to read'));
    }
    return new Promise<string>((resolve, reject) => {
      this.#reject = reject;
      const chunks: NodeBuffer[] = [];
      let size = 0;
      let ended = false;
      response.on('data', (chunk) => {
        size += chunk.byteLength;
        if (size > limit) {
          this.failed(new BodyTooLargeError(limit));
          response.destroy();
        } else {
          chunks.push(chunk);
        }
      });
      response.on('end', () => {
        ended = true;
        this.#release();
        if (chunks.length === 1) resolve((chunks[0] as NodeBuffer).toString());
        else resolve(chunks.length === 0 ? '' : this.#buffer.concat(chunks, size).toString());
      });
      response.on('error', (error) => this.failed(error));
      response.on('close', () => {
        if (!ended) this.failed(new Error('the connection closed before the response body ended'));
      });
    });
  }

  discard(): void {
    this.#response?.destroy();
    this.#release();
  }

  #release(): void {
    this.#signal?.removeEventListener('abort', this);
  }
}

/** Node's `hostname` option takes an IPv6 address without the URL's brackets. */
function hostOf(hostname: string): string {
  return hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
}

/**
 * Sends requests with `node:http` / `node:https` and a keep-alive agent of its own; see the
 * module documentation. `destroy()` closes its sockets, idle ones included, so a process can
 * exit at once. Needs Node ≥ 20.16 (`process.getBuiltinModule`).
 */
export class NodeHttpTransport implements HttpTransport {
  readonly #modules: NodeModules;
  #httpAgent: NodeAgent | undefined;
  #httpsAgent: NodeAgent | undefined;

  constructor() {
    const modules = nodeHttpModules();
    if (modules === undefined) {
      throw new TypeError(
        'NodeHttpTransport needs Node.js 20.16 or later (process.getBuiltinModule); use FetchTransport on this runtime.',
      );
    }
    this.#modules = modules;
  }

  handle(
    request: HttpRequest,
    options: HttpHandlerOptions = {},
  ): Promise<{ response: HttpResponse }> {
    const signal = options.abortSignal as AbortListenable | undefined;
    if (signal?.aborted) return Promise.reject(new Error(ABORTED));
    const modules = this.#modules;
    const secure = request.protocol === 'https:';
    const module = secure ? modules.https : modules.http;
    const agent = secure
      ? (this.#httpsAgent ??= new module.Agent({ keepAlive: true }))
      : (this.#httpAgent ??= new module.Agent({ keepAlive: true }));
    const query = request.query === undefined ? '' : queryString(request.query);
    return new Promise((resolve, reject) => {
      const outgoing = module.request({
        method: request.method,
        hostname: hostOf(request.hostname),
        port: request.port,
        path: query === '' ? request.path : `${request.path}?${query}`,
        headers: request.headers,
        agent,
      });
      const exchange = new NodeExchange(outgoing, signal, modules.buffer);
      outgoing.on('response', (response) => resolve({ response: exchange.received(response) }));
      outgoing.on('error', (error) => {
        exchange.failed(error);
        reject(error);
      });
      outgoing.end(request.body);
    });
  }

  /** Closes every socket of the agents, idle and busy. */
  destroy(): void {
    this.#httpAgent?.destroy();
    this.#httpsAgent?.destroy();
    this.#httpAgent = undefined;
    this.#httpsAgent = undefined;
  }
}

/**
 * @module bench/client/contestants
 *
 * The clients the client bench compares, each doing a GET of a 298-byte order and a list page
 * of 20 orders against the bench server: the `node:http` floor (a keep-alive agent and
 * `JSON.parse`, nothing else), raw `fetch`, our client on both of its transports and on
 * `@smithy/fetch-http-handler`, openapi-fetch, ky, the openai SDK and a `@smithy/smithy-client`
 * client on `FetchHttpHandler`. Each library is imported only by the process that runs it.
 */
import type { HttpHandlerOptions, MiddlewareStack } from '@smithy/types';

import type * as Orders from '../../test/runtime/support/orders.js';
import type { FetchTransport, HttpTransport } from '../../src/runtime/index.js';
import type { Call } from './run.js';

export const WORKLOADS = ['GET', 'list'] as const;
export type Workload = (typeof WORKLOADS)[number];

export const FLOOR = 'node:http floor';
export const RAW_FETCH = 'raw fetch';
export const OURS_NODE = '@platform/api-client (node:http)';
export const OURS_FETCH = '@platform/api-client (fetch)';

export const CONTESTANTS = [
  FLOOR,
  RAW_FETCH,
  OURS_NODE,
  OURS_FETCH,
  '  … on smithy FetchHttpHandler',
  'openapi-fetch',
  'ky',
  'openai SDK',
  'smithy-client (FetchHttpHandler)',
] as const;
export type ContestantName = (typeof CONTESTANTS)[number];

/** Our client as the bench builds it (`client.bench.ts`): the order commands and the runtime. */
export type OurModule = typeof Orders & { FetchTransport: typeof FetchTransport };

/** A contestant ready to call: one call per workload. */
export interface Contestant {
  readonly calls: Readonly<Record<Workload, Call>>;
  close(): void;
}

const TOKEN = 'token-bench';
const PATHS: Record<Workload, { path: string; query: Record<string, string> | undefined }> = {
  GET: { path: '/v2/orders/ord_0001', query: undefined },
  list: { path: '/v2/orders', query: { pageSize: '20' } },
};

/** `path?query` of a workload. */
function relativeUrl(w: Workload): string {
  const { path, query } = PATHS[w];
  return query === undefined ? path : `${path}?${new URLSearchParams(query)}`;
}

/** Our client, with client credentials (a cached token), retries, timeouts and `$metadata` on. */
export function ourClient(
  ours: OurModule,
  baseUrl: string,
  requestHandler?: HttpTransport,
): Orders.CommercialClient {
  return new ours.CommercialClient({
    clientId: 'bench',
    clientSecret: 'bench-secret',
    environment: 'local',
    baseUrl,
    tokenUrl: `${baseUrl}/oauth/token`,
    ...(requestHandler === undefined ? {} : { requestHandler }),
  });
}

function ourContestant(client: Orders.CommercialClient, ours: OurModule): Contestant {
  const get = new ours.GetOrderCommand({ orderId: 'ord_0001' });
  const list = new ours.ListOrdersCommand({ pageSize: 20 });
  return {
    calls: { GET: () => client.send(get), list: () => client.send(list) },
    close: () => client.destroy(),
  };
}

async function nodeHttpFloor(baseUrl: string): Promise<Contestant> {
  const { Agent, request } = await import('node:http');
  const agent = new Agent({ keepAlive: true });
  const { hostname, port } = new URL(baseUrl);
  const headers = { authorization: `Bearer ${TOKEN}` };
  const call =
    (path: string): Call =>
    () =>
      new Promise((resolve, reject) => {
        const outgoing = request({ hostname, port, path, headers, agent }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString())));
          response.on('error', reject);
        });
        outgoing.on('error', reject);
        outgoing.end();
      });
  return {
    calls: { GET: call(relativeUrl('GET')), list: call(relativeUrl('list')) },
    close: () => agent.destroy(),
  };
}

interface paths {
  '/v2/orders/{orderId}': {
    get: {
      parameters: { path: { orderId: string } };
      responses: { 200: { content: { 'application/json': { order: Record<string, unknown> } } } };
    };
  };
  '/v2/orders': {
    get: {
      parameters: { query: { pageSize: number } };
      responses: { 200: { content: { 'application/json': { orders: unknown[] } } } };
    };
  };
}

/**
 * A `@smithy/smithy-client` client as generated AWS-style clients are built: `Client.send`
 * through the middleware stack to `FetchHttpHandler`, the body collected and parsed, `$metadata`
 * set. No retry or signing middleware (they would only add to its cost).
 */
async function smithyClient(baseUrl: string): Promise<Contestant> {
  const { FetchHttpHandler } = await import('@smithy/fetch-http-handler');
  const { HttpRequest } = await import('@smithy/core/transport');
  const { Client, Command, collectBody } = await import('@smithy/smithy-client');
  type Config = {
    requestHandler: InstanceType<typeof FetchHttpHandler>;
    apiVersion: string;
    streamCollector: (body: unknown) => Promise<Uint8Array>;
    base: URL;
  };
  type Output = { $metadata: object };
  class SmithyGet extends Command<object, Output, Config> {
    constructor(
      readonly input: object,
      readonly workload: Workload,
    ) {
      super();
    }

    resolveMiddleware(
      stack: MiddlewareStack<object, Output>,
      config: Config,
      options?: HttpHandlerOptions,
    ) {
      const { path, query } = PATHS[this.workload];
      const handler = stack.concat(this.middlewareStack).resolve(
        async () => {
          const request = new HttpRequest({
            method: 'GET',
            protocol: config.base.protocol,
            hostname: config.base.hostname,
            port: Number(config.base.port),
            path,
            query,
            headers: { authorization: `Bearer ${TOKEN}` },
          });
          const { response } = await config.requestHandler.handle(request, options);
          const bytes = await collectBody(response.body, config as never);
          const output = JSON.parse(new TextDecoder().decode(bytes)) as object;
          return {
            response,
            output: { ...output, $metadata: { httpStatusCode: response.statusCode } },
          };
        },
        { logger: undefined, clientName: 'BenchClient', commandName: 'Get' } as never,
      );
      return () => handler({ input: this.input } as never) as never;
    }
  }
  const client = new Client<HttpHandlerOptions, object, Output, Config>({
    requestHandler: new FetchHttpHandler(),
    apiVersion: '2',
    streamCollector: (body: unknown) =>
      new Response(body as ReadableStream).arrayBuffer().then((b) => new Uint8Array(b)),
    base: new URL(baseUrl),
  });
  return {
    calls: {
      GET: () => client.send(new SmithyGet({}, 'GET')),
      list: () => client.send(new SmithyGet({}, 'list')),
    },
    close: () => client.destroy(),
  };
}

/** Creates the contestant `name`, calling the bench server at `baseUrl`. */
export async function createContestant(
  name: ContestantName,
  baseUrl: string,
  ours: OurModule,
): Promise<Contestant> {
  const headers = { authorization: `Bearer ${TOKEN}` };
  const none = (): void => undefined;
  switch (name) {
    case FLOOR:
      return nodeHttpFloor(baseUrl);
    case RAW_FETCH: {
      const get = `${baseUrl}${relativeUrl('GET')}`;
      const list = `${baseUrl}${relativeUrl('list')}`;
      return {
        calls: {
          GET: () => fetch(get, { headers }).then((r) => r.json()),
          list: () => fetch(list, { headers }).then((r) => r.json()),
        },
        close: none,
      };
    }
    case OURS_NODE: {
      const client = ourClient(ours, baseUrl);
      if (client.config.transport !== 'node:http') {
        throw new Error(
          `the default transport on Node is ${client.config.transport}, not node:http`,
        );
      }
      return ourContestant(client, ours);
    }
    case OURS_FETCH:
      return ourContestant(ourClient(ours, baseUrl, new ours.FetchTransport()), ours);
    case '  … on smithy FetchHttpHandler': {
      const { FetchHttpHandler } = await import('@smithy/fetch-http-handler');
      return ourContestant(ourClient(ours, baseUrl, new FetchHttpHandler()), ours);
    }
    case 'openapi-fetch': {
      const { default: createClient } = await import('openapi-fetch');
      const client = createClient<paths>({ baseUrl, headers });
      return {
        calls: {
          GET: () =>
            client.GET('/v2/orders/{orderId}', { params: { path: { orderId: 'ord_0001' } } }),
          list: () => client.GET('/v2/orders', { params: { query: { pageSize: 20 } } }),
        },
        close: none,
      };
    }
    case 'ky': {
      const { default: ky } = await import('ky');
      const client = ky.create({ prefixUrl: baseUrl, headers, retry: 2, timeout: 60_000 });
      return {
        calls: {
          GET: () => client.get(relativeUrl('GET').slice(1)).json(),
          list: () => client.get(relativeUrl('list').slice(1)).json(),
        },
        close: none,
      };
    }
    case 'openai SDK': {
      const { default: OpenAI } = await import('openai');
      const client = new OpenAI({ apiKey: TOKEN, baseURL: baseUrl, maxRetries: 2 });
      return {
        calls: {
          GET: () => client.get(relativeUrl('GET')),
          list: () => client.get(relativeUrl('list')),
        },
        close: none,
      };
    }
    case 'smithy-client (FetchHttpHandler)':
      return smithyClient(baseUrl);
  }
}

/**
 * @module test/runtime/support/loopback-server
 *
 * A real HTTP server on 127.0.0.1 with a token endpoint and an API, both scriptable per test.
 * It records every request (method, path, headers, body) so tests can count token requests and
 * check what was sent on the wire.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { issueToken } from './privacy.js';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

export type Handler = (request: RecordedRequest, response: ServerResponse) => void | Promise<void>;

export interface LoopbackServer {
  readonly baseUrl: string;
  readonly tokenUrl: string;
  readonly tokenRequests: RecordedRequest[];
  readonly apiRequests: RecordedRequest[];
  /** Replaces the token endpoint's behaviour. */
  token(handler: Handler): void;
  /** Replaces the API's behaviour. */
  api(handler: Handler): void;
  /** Forgets recorded requests and restores the default behaviour (fresh tokens, the order). */
  reset(): void;
  close(): Promise<void>;
}

export const ORDER = {
  orderId: 'ord_1',
  status: 'open',
  customerId: 'cus_1',
  total: { amount: '25.00', currency: 'EUR' },
  createdAt: '2024-01-01T00:00:00Z',
};

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'content-type': 'application/json',
    'x-request-id': `req-${status}`,
    ...headers,
  });
  response.end(JSON.stringify(body));
}

/** Issues a fresh token (see `issueToken`) per request, with the given lifetime. */
export function issuingTokens(expiresIn = 900): Handler {
  let issued = 0;
  return (_request, response) => {
    issued += 1;
    sendJson(response, 200, {
      access_token: issueToken(issued),
      token_type: 'Bearer',
      expires_in: expiresIn,
    });
  };
}

/** Answers every API request with the order. */
export const answeringOrders: Handler = (_request, response) =>
  sendJson(response, 200, { order: ORDER });

export async function startLoopbackServer(): Promise<LoopbackServer> {
  let tokenHandler: Handler = issuingTokens();
  let apiHandler: Handler = answeringOrders;
  const tokenRequests: RecordedRequest[] = [];
  const apiRequests: RecordedRequest[] = [];
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request: RecordedRequest = {
        method: incoming.method ?? '',
        path: incoming.url ?? '',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      const isToken = request.path === '/oauth/token';
      (isToken ? tokenRequests : apiRequests).push(request);
      Promise.resolve((isToken ? tokenHandler : apiHandler)(request, response)).catch(
        (error: unknown) => {
          response.destroy(error as Error);
        },
      );
    });
  });
  // Longer than any test: with 1 s, a busy machine let the server close idle sockets just as the
  // client reused them, and some of 1,000 concurrent calls saw a reset and a retry (3 attempts).
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    tokenUrl: `${baseUrl}/oauth/token`,
    tokenRequests,
    apiRequests,
    token: (handler) => {
      tokenHandler = handler;
    },
    api: (handler) => {
      apiHandler = handler;
    },
    reset: () => {
      tokenRequests.length = 0;
      apiRequests.length = 0;
      tokenHandler = issuingTokens();
      apiHandler = answeringOrders;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

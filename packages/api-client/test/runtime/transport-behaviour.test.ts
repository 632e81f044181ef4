/**
 * The behaviour both transports must share, over real loopback sockets: header casing, redirects
 * handed back, keep-alive reuse, size limits, aborts and timeouts at every stage, connection
 * errors, and (for the transport that owns its sockets) closing idle sockets on `destroy()`.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AbortError,
  ConnectionError,
  OAuthError,
  TimeoutError,
  type HttpRequest,
} from '../../src/runtime/index.js';
import { readBodyText } from '../../src/runtime/http/body.js';
import { prefersNodeHttp } from '../../src/runtime/http/default-transport.js';
import { ORDER, issuingTokens } from './support/loopback-server.js';
import { Commercial } from './support/orders.js';
import { CLIENT_ID, CLIENT_SECRET, caught } from './support/privacy.js';
import { TRANSPORTS } from './support/transports.js';

type Route = (response: ServerResponse, path: string) => void;

let server: Server;
let port: number;
let route: Route;
const sockets = new Set<Socket>();
let connections = 0;
const tokens = issuingTokens();

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/oauth/token') {
      request.resume();
      request.on('end', () =>
        tokens(
          { method: 'POST', path: '/oauth/token', headers: request.headers, body: '' },
          response,
        ),
      );
      return;
    }
    route(response, request.url ?? '/');
  });
  server.on('connection', (socket: Socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const order: Route = (response) => {
  response.writeHead(200, { 'Content-Type': 'application/json', 'X-Request-ID': 'req-1' });
  response.end(JSON.stringify({ order: ORDER }));
};

function get(path: string): HttpRequest {
  return { method: 'GET', protocol: 'http:', hostname: '127.0.0.1', port, path, headers: {} };
}

const waitFor = async (done: () => boolean): Promise<void> => {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe.each(TRANSPORTS)('the %s transport', (name, transport) => {
  function client(options: { timeoutMs?: number; baseUrl?: string } = {}) {
    return new Commercial({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      environment: 'local',
      baseUrl: `http://127.0.0.1:${port}`,
      tokenUrl: `http://127.0.0.1:${port}/oauth/token`,
      maxRetries: 0,
      requestHandler: transport(),
      ...options,
    });
  }

  it('hands back lower-case header names and the body', async () => {
    route = order;
    const { response } = await transport().handle(get('/v2/orders/ord_1'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.headers['x-request-id']).toBe('req-1');
    expect(Object.keys(response.headers).every((key) => key === key.toLowerCase())).toBe(true);
    expect(JSON.parse(await readBodyText(response.body))).toEqual({ order: ORDER });
  });

  it('hands back a redirect instead of following it', async () => {
    const paths: string[] = [];
    route = (response, path) => {
      paths.push(path);
      if (path === '/elsewhere') return order(response, path);
      response.writeHead(302, { location: '/elsewhere' });
      response.end();
    };
    const { response } = await transport().handle(get('/v2/orders/ord_1'));
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/elsewhere');
    await readBodyText(response.body);
    expect(paths).toEqual(['/v2/orders/ord_1']);
  });

  it('reuses one connection for calls in sequence', async () => {
    route = order;
    const sdk = client();
    await sdk.getOrder({ orderId: 'ord_1' });
    const before = connections;
    for (let i = 0; i < 5; i++) await sdk.getOrder({ orderId: 'ord_1' });
    expect(connections - before).toBe(0);
    sdk.destroy();
  });

  it('refuses a token response past 1 MiB sent without a length, reading no further', async () => {
    const sdk = new Commercial({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      environment: 'local',
      baseUrl: `http://127.0.0.1:${port}`,
      tokenUrl: `http://127.0.0.1:${port}/big/oauth/token`,
      maxRetries: 0,
      requestHandler: transport(),
    });
    route = (response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write(`{"access_token":"${'x'.repeat(2 * 1024 * 1024)}`);
      response.end('"}');
    };
    const error = (await caught(sdk.getOrder({ orderId: 'ord_1' }))) as OAuthError;
    expect(error).toBeInstanceOf(OAuthError);
    expect(error.error).toBe('invalid_token_response');
    sdk.destroy();
  });

  /** Answers with the headers and half of the body, then waits. */
  const halfBody: Route = (response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"order":');
  };

  it('ends an attempt that times out while the body is read', async () => {
    route = order;
    const sdk = client({ timeoutMs: 300 });
    await sdk.getOrder({ orderId: 'ord_1' });
    route = halfBody;
    const error = (await caught(sdk.getOrder({ orderId: 'ord_1' }))) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.timeoutMs).toBe(300);
    sdk.destroy();
  });

  it('ends the call when the caller aborts while the body is read', async () => {
    route = order;
    const sdk = client();
    await sdk.getOrder({ orderId: 'ord_1' });
    let answered = false;
    route = (response, path) => {
      halfBody(response, path);
      answered = true;
    };
    const controller = new AbortController();
    const call = caught(sdk.getOrder({ orderId: 'ord_1' }, { abortSignal: controller.signal }));
    await waitFor(() => answered);
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort(new Error('user left'));
    const error = (await call) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    expect((error.cause as Error).message).toBe('user left');
    sdk.destroy();
  });

  it('reports a refused connection as a ConnectionError', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const sdk = new Commercial({
      credentials: async () => ({ token: 'token-1' }),
      environment: 'local',
      baseUrl: `http://127.0.0.1:${closedPort}`,
      maxRetries: 0,
      requestHandler: transport(),
    });
    const error = (await caught(sdk.getOrder({ orderId: 'ord_1' }))) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toContain('ECONNREFUSED');
  });

  // Only the node transport owns its sockets; fetch shares the global pool, which it does not own.
  if (name !== 'fetch') {
    it('closes its idle sockets on destroy()', async () => {
      route = order;
      const before = new Set(sockets);
      const sdk = client();
      await sdk.getOrder({ orderId: 'ord_1' });
      const opened = [...sockets].filter((socket) => !before.has(socket));
      expect(opened.length).toBeGreaterThan(0);
      sdk.destroy();
      await waitFor(() => opened.every((socket) => !sockets.has(socket)));
    });
  }
});

describe('the default transport', () => {
  const getBuiltinModule = (id: string): unknown => process.getBuiltinModule(id);
  it.each([
    ['Node 20', { process: { versions: { node: '20.20.2' }, getBuiltinModule } }, true],
    [
      'Node 22',
      {
        process: { versions: { node: '22.23.3' }, getBuiltinModule },
        navigator: { userAgent: 'Node.js/22' },
      },
      true,
    ],
    ['Node 20.15 (no getBuiltinModule)', { process: { versions: { node: '20.15.0' } } }, false],
    [
      'Bun',
      {
        process: { versions: { node: '24.3.0', bun: '1.4.5' }, getBuiltinModule },
        navigator: { userAgent: 'Bun/1.4.5' },
      },
      false,
    ],
    [
      'Deno',
      {
        process: { versions: { node: '24.2.0', deno: '2.9.6' }, getBuiltinModule },
        navigator: { userAgent: 'Deno/2.9.6' },
      },
      false,
    ],
    ['a browser', { navigator: { userAgent: 'Mozilla/5.0' } }, false],
  ])('on %s: node:http is %s', (_name, globals, expected) => {
    expect(prefersNodeHttp(globals)).toBe(expected);
  });

  it('is node:http in this process, as config.transport reports', () => {
    const sdk = new Commercial({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      environment: 'local',
      baseUrl: 'http://127.0.0.1:1',
      tokenUrl: 'http://127.0.0.1:1/oauth/token',
    });
    expect(sdk.config.transport).toBe('node:http');
    sdk.destroy();
  });
});

/**
 * CORS over real sockets: preflights and answers of the API and the token endpoint for loopback
 * origins and `corsOrigins`, refusals for other origins, the exposed headers, never credentials,
 * and no CORS on the admin surface.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../src/index.js';
import { basic, rawRequest, tokenFor, useSandbox, type RawAnswer } from './helpers.js';

const PORTAL = 'http://127.0.0.1:5173';
const PARTNER_PORTAL = 'https://portal.partner.example';
const STRANGER = 'https://evil.example';

const sandbox = useSandbox({ corsOrigins: [PARTNER_PORTAL] });

function send(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<RawAnswer> {
  const { hostname, port } = new URL(sandbox.current.baseUrl);
  return rawRequest({ host: hostname, port, method, path, headers }, body);
}

function preflight(path: string, origin: string, method: string, headers?: string) {
  return send('OPTIONS', path, {
    origin,
    'access-control-request-method': method,
    ...(headers ? { 'access-control-request-headers': headers } : {}),
  });
}

describe('CORS', () => {
  it('answers a preflight of the API from a loopback origin', async () => {
    const answer = await preflight('/v2/orders', PORTAL, 'GET', 'authorization');
    expect(answer.status).toBe(204);
    expect(answer.headers['access-control-allow-origin']).toBe(PORTAL);
    expect(answer.headers['access-control-allow-methods']).toBe(
      'GET, HEAD, POST, PUT, PATCH, DELETE',
    );
    expect(answer.headers['access-control-allow-headers']).toBe('authorization');
    expect(answer.headers['access-control-max-age']).toBe('600');
    expect(answer.headers['vary']).toMatch(/Origin/);
    expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it.each(['http://localhost:3000', 'https://localhost', 'http://[::1]:8080', 'http://127.8.9.1'])(
    'allows the loopback origin %s',
    async (origin) => {
      const answer = await preflight('/v2/orders/ord_x', origin, 'PATCH', 'content-type');
      expect(answer.status).toBe(204);
      expect(answer.headers['access-control-allow-origin']).toBe(origin);
    },
  );

  it('answers a preflight of the token endpoint, then the token request itself', async () => {
    const client = sandbox.current.clients[0]!;
    const answer = await preflight('/oauth/token', PORTAL, 'POST', 'authorization, content-type');
    expect(answer.status).toBe(204);
    expect(answer.headers['access-control-allow-headers']).toBe('authorization, content-type');
    const token = await send(
      'POST',
      '/oauth/token',
      {
        origin: PORTAL,
        authorization: basic(client.clientId, client.clientSecret),
        'content-type': 'application/x-www-form-urlencoded',
      },
      'grant_type=client_credentials',
    );
    expect(token.status).toBe(200);
    expect(typeof token.body['access_token']).toBe('string');
    expect(token.headers['access-control-allow-origin']).toBe(PORTAL);
    expect(token.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('exposes the headers partners act on, on successes and on errors', async () => {
    const token = await tokenFor(sandbox.current);
    const ok = await send('GET', '/v1/orders?pageSize=1', {
      origin: PORTAL,
      authorization: `Bearer ${token}`,
    });
    expect(ok.status).toBe(200);
    expect(ok.headers['access-control-allow-origin']).toBe(PORTAL);
    const exposed = ok.headers['access-control-expose-headers']?.split(', ');
    expect(exposed).toEqual(
      expect.arrayContaining([
        'x-request-id',
        'retry-after',
        'retry-after-ms',
        'www-authenticate',
        'deprecation',
        'sunset',
      ]),
    );
    // The v1 answer carries the lifecycle headers a script may now read.
    expect(ok.headers['deprecation']).toMatch(/^@\d+$/);

    const missingToken = await send('GET', '/v2/orders', { origin: PORTAL });
    expect(missingToken.status).toBe(401);
    expect(missingToken.headers['access-control-allow-origin']).toBe(PORTAL);
    expect(missingToken.headers['www-authenticate']).toMatch(/^Bearer/);

    const badInput = await send('GET', '/v2/orders?pageSize=500', {
      origin: PORTAL,
      authorization: `Bearer ${token}`,
    });
    expect(badInput.status).toBe(400);
    expect(badInput.body['code']).toBe('ValidationError');
    expect(badInput.headers['access-control-allow-origin']).toBe(PORTAL);
    expect(badInput.headers['x-request-id']).toBe(badInput.body['requestId']);
  });

  it('allows an origin given in corsOrigins', async () => {
    const answer = await preflight('/v2/orders', PARTNER_PORTAL, 'GET');
    expect(answer.status).toBe(204);
    expect(answer.headers['access-control-allow-origin']).toBe(PARTNER_PORTAL);
  });

  it('refuses a preflight from another origin, saying how to allow it', async () => {
    const api = await preflight('/v2/orders', STRANGER, 'GET');
    expect(api.status).toBe(404);
    expect(api.body['code']).toBe('NotFoundError');
    expect(api.body['message']).toMatch(/--cors-origin https:\/\/evil\.example/);
    expect(api.headers['access-control-allow-origin']).toBeUndefined();

    const token = await preflight('/oauth/token', STRANGER, 'POST');
    expect(token.status).toBe(405);
    expect(token.body['error']).toBe('invalid_request');
    expect(token.body['error_description']).toMatch(/corsOrigins/);
    expect(token.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('names no origin on answers to other origins', async () => {
    const token = await tokenFor(sandbox.current);
    for (const origin of [STRANGER, 'null']) {
      const answer = await send('GET', '/v2/orders', { origin, authorization: `Bearer ${token}` });
      expect(answer.status).toBe(200);
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
      expect(answer.headers['vary']).toMatch(/Origin/);
    }
  });

  it('gives the admin surface no CORS at all', async () => {
    const answer = await preflight('/_sandbox/faults', PORTAL, 'POST');
    expect(answer.status).toBe(404);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    const list = await send('GET', '/_sandbox/faults', { origin: PORTAL });
    expect(list.status).toBe(200);
    expect(list.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows every origin with "*", still without credentials', async () => {
    const open = await startSandbox({ port: 0, corsOrigins: ['*'], logError: () => undefined });
    try {
      const { hostname, port } = new URL(open.baseUrl);
      const answer = await rawRequest({
        host: hostname,
        port,
        method: 'OPTIONS',
        path: '/v2/orders',
        headers: { origin: STRANGER, 'access-control-request-method': 'GET' },
      });
      expect(answer.status).toBe(204);
      expect(answer.headers['access-control-allow-origin']).toBe(STRANGER);
      expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
    } finally {
      await open.close();
    }
  });

  it('refuses a corsOrigins entry that is not an origin, naming it', async () => {
    await expect(
      startSandbox({ port: 0, corsOrigins: ['https://x.example/path'] }),
    ).rejects.toThrow(/corsOrigins\[0\].*not an origin/);
    await expect(startSandbox({ port: 0, corsOrigins: ['ftp://x.example'] })).rejects.toThrow(
      TypeError,
    );
  });

  it('takes --cors-origin on the command line', async () => {
    const bin = fileURLToPath(new URL('../bin/platform-sandbox.mjs', import.meta.url));
    const child = spawn(process.execPath, [bin, '--port', '0', '--cors-origin', 'nonsense'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(1);
    expect(stderr).toMatch(/--cors-origin: "nonsense" is not an origin/);
  }, 60_000);
});

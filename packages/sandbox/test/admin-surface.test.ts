import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../src/index.js';
import { rawRequest, useSandbox, type RawAnswer } from './helpers.js';

const sandbox = useSandbox();

/** A GET with the request target sent byte for byte. */
function rawGet(host: string, port: number, path: string): Promise<RawAnswer> {
  return rawRequest({ host, port, path, method: 'GET' });
}

describe('the admin surface cannot be reached through an ambiguous path', () => {
  it.each([
    ['/v2/orders/%2e%2e/%2e%2e/_sandbox/audit', /"\." or "\.\." segment/],
    ['/v2/orders/%2E%2E/.%2e/_sandbox/audit', /"\." or "\.\." segment/],
    ['/v2/orders/../../_sandbox/audit', /"\." or "\.\." segment/],
    ['/./_sandbox/audit', /"\." or "\.\." segment/],
    ['/_sandbox%2faudit', /encoded slash/],
    ['/v2%2f..%2f_sandbox/audit', /encoded slash/],
    ['/v2/orders/%252e%252e/%252e%252e/_sandbox/audit', /percent-encoded twice/],
    ['/v2/%5c../_sandbox/audit', /backslash/],
    ['/v2/orders/..\\..\\_sandbox\\audit', /Backslash in request path/],
    ['/v2/orders/%zz', /malformed percent-escape/],
  ])('%s → 400 ValidationError saying why', async (path, why) => {
    const answer = await rawGet('127.0.0.1', sandbox.current.port, path);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'ValidationError', fieldErrors: [] });
    expect(answer.body['message']).toMatch(why);
    expect(answer.body['requestId']).toBe(answer.headers['x-request-id']);
    expect(answer.body).not.toHaveProperty('events');
  });

  it('the plain path still works on loopback', async () => {
    const answer = await rawGet('127.0.0.1', sandbox.current.port, '/_sandbox/audit');
    expect(answer.status).toBe(200);
    expect(answer.body).toHaveProperty('events');
  });
});

/** An address of this machine that is not loopback, to be a caller from "the network". */
const outside = Object.values(networkInterfaces())
  .flat()
  .find((address) => address?.family === 'IPv4' && !address.internal)?.address;

describe('the admin surface answers loopback callers only', () => {
  it(
    'a caller on a non-loopback address gets 404 from /_sandbox, and the API as usual',
    {
      skip: outside === undefined,
      meta: { skipReason: 'this machine has no non-loopback IPv4 address to call from' },
    },
    async () => {
      const exposed = await startSandbox({ port: 0, host: outside!, logError: () => undefined });
      try {
        const admin = await rawGet(outside!, exposed.port, '/_sandbox/audit');
        expect(admin.status).toBe(404);
        expect(admin.body).toMatchObject({ code: 'NotFoundError' });
        expect(admin.body['message']).toMatch(/only callers on loopback/);
        expect(admin.body).not.toHaveProperty('events');
        const faults = await rawGet(outside!, exposed.port, '/_sandbox/faults');
        expect(faults.status).toBe(404);
        const api = await rawGet(outside!, exposed.port, '/v2/orders');
        expect([api.status, api.body['code']]).toEqual([401, 'UnauthorizedError']);
      } finally {
        await exposed.close();
      }
    },
  );
});

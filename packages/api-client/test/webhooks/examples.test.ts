/**
 * The partner examples in `examples/webhooks/` (type-checked by the root tsconfig), run over real
 * HTTP on loopback: Express on its own server, the Next.js route handler and the Hono app behind
 * `@hono/node-server`. Each gets a delivery signed by `signWebhook`, then a tampered one.
 */

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
  type MockInstance,
} from 'vitest';
import { signWebhook } from '../../src/webhooks/index.js';
import { orderCreatedV2 } from './events.js';

// Resolve the specifier the examples import, as a partner's project on 2.x would, to the source
// tsup builds it from.
vi.mock('@platform/api-client/webhooks', () => import('../../src/generated/v2/webhooks.js'));

const SECRET = 'whsec_example_secret';
const EVENT = orderCreatedV2();
const ORDER_ID = EVENT.data.order.orderId;

type Start = () => Promise<{ url: string; close: () => Promise<void> }>;

function listening(server: Server): Promise<{ url: string; close: () => Promise<void> }> {
  return new Promise((resolve) => {
    const ready = () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/platform`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    if (server.listening) ready();
    else server.once('listening', ready);
  });
}

const examples: [string, Start][] = [
  [
    'Express (express.raw + verifyWebhookIncomingMessage)',
    async () => {
      const { app } = await import('../../examples/webhooks/express.js');
      return listening(app.listen(0, '127.0.0.1'));
    },
  ],
  [
    'Next.js route handler (verifyWebhookRequest)',
    async () => {
      const { POST } = await import('../../examples/webhooks/next-route.js');
      return listening(serve({ fetch: POST, port: 0, hostname: '127.0.0.1' }) as Server);
    },
  ],
  [
    'Hono (verifyWebhookRequest on c.req.raw)',
    async () => {
      const { app } = await import('../../examples/webhooks/hono.js');
      return listening(serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server);
    },
  ],
];

describe.each(examples)('example: %s', (_name, start) => {
  let server: { url: string; close: () => Promise<void> };
  // The examples log the event where a partner's handler would process it.
  let log: MockInstance<typeof console.log>;

  beforeAll(async () => {
    log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.stubEnv('PLATFORM_WEBHOOK_SECRET', SECRET);
    server = await start();
  });
  afterAll(async () => {
    await server.close();
    vi.unstubAllEnvs();
    log.mockRestore();
  });
  beforeEach(() => log.mockClear());

  async function deliver(body: string, signedBody = body) {
    const headers = await signWebhook({
      id: 'evt_example_1',
      timestamp: new Date(),
      body: signedBody,
      secrets: SECRET,
    });
    return fetch(server.url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body,
    });
  }

  it('accepts a signed delivery with 204 and hands the event on', async () => {
    const body = JSON.stringify(EVENT);
    const response = await deliver(body);
    expect(response.status).toBe(204);
    expect(log).toHaveBeenCalledWith('webhook evt_example_1', EVENT);
  });

  it('refuses a tampered delivery with 400 and the code, without handing it on', async () => {
    const signed = JSON.stringify(EVENT);
    const response = await deliver(signed.replace(ORDER_ID, 'ord_other'), signed);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 'no_matching_signature' });
    expect(log).not.toHaveBeenCalled();
  });

  it('refuses a delivery without signature headers with 400 missing_header', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(EVENT),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 'missing_header' });
  });
});

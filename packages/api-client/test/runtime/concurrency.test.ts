import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from './support/clock.js';
import { TRANSPORTS } from './support/transports.js';
import {
  ORDER,
  sendJson,
  startLoopbackServer,
  type LoopbackServer,
} from './support/loopback-server.js';
import { Commercial } from './support/orders.js';
import { CLIENT_ID, CLIENT_SECRET, issueToken, leaks, observedCount } from './support/privacy.js';

const CALLS = 1000;
const LIFETIME_MS = 900_000;
/** A thousand fresh loopback connections take seconds on a loaded two-core machine. */
const SLOW = 60_000;

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer();
});
beforeEach(() => server.reset());
afterAll(async () => {
  await server.close();
  expect(leaks()).toEqual([]);
  expect(observedCount()).toBeGreaterThanOrEqual(0);
});

describe.each(TRANSPORTS)('over the %s transport', (_transportName, transport) => {
  function setup() {
    const clock = new ManualClock();
    const client = new Commercial(
      {
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        environment: 'local',
        baseUrl: server.baseUrl,
        tokenUrl: server.tokenUrl,
        requestHandler: transport(),
      },
      { clock },
    );
    return { clock, client };
  }

  /** A token endpoint whose responses the test releases one at a time. */
  function heldTokens() {
    const held: { response: ServerResponse; token: string }[] = [];
    server.token((_request, response) => {
      held.push({ response, token: issueToken(held.length + 1) });
    });
    return {
      held,
      release(index: number): string {
        const entry = held[index];
        if (!entry) throw new Error(`token request ${index} has not arrived`);
        sendJson(entry.response, 200, {
          access_token: entry.token,
          token_type: 'Bearer',
          expires_in: LIFETIME_MS / 1000,
        });
        return entry.token;
      },
      async arrived(count: number): Promise<void> {
        while (held.length < count) await new Promise((resolve) => setTimeout(resolve, 2));
      },
    };
  }

  const tokensUsed = () => new Set(server.apiRequests.map((r) => r.headers.authorization));
  const burst = (client: Commercial) =>
    Promise.all(Array.from({ length: CALLS }, () => client.getOrder({ orderId: 'ord_1' })));

  describe(`${CALLS} concurrent calls`, () => {
    it(
      'make exactly one token request on a cold start',
      async () => {
        const { client } = setup();
        const outputs = await burst(client);
        expect(outputs.every((o) => o.order?.orderId === ORDER.orderId)).toBe(true);
        expect(server.tokenRequests).toHaveLength(1);
        expect(tokensUsed().size).toBe(1);
      },
      SLOW,
    );

    it(
      'make exactly one token request when the token expires',
      async () => {
        const { client, clock } = setup();
        await burst(client);
        clock.advance(LIFETIME_MS);
        server.apiRequests.length = 0;
        await burst(client);
        expect(server.tokenRequests).toHaveLength(2);
        expect(tokensUsed().size).toBe(1);
      },
      SLOW,
    );

    it(
      'make exactly one token request when all of them get a 401',
      async () => {
        const { client } = setup();
        await client.getOrder({ orderId: 'ord_1' });
        const rejected = [...tokensUsed()][0];
        server.api((request, response) =>
          request.headers.authorization === rejected
            ? sendJson(response, 401, { code: 'UnauthorizedError' })
            : sendJson(response, 200, { order: ORDER }),
        );
        const outputs = await burst(client);
        expect(outputs.every((o) => o.$metadata.attempts === 2)).toBe(true);
        expect(server.tokenRequests).toHaveLength(2);
      },
      SLOW,
    );
  });

  describe('refresh ahead', () => {
    it('serves the current token while the next one is fetched, without blocking', async () => {
      const tokens = heldTokens();
      const { client, clock } = setup();
      const first = client.getOrder({ orderId: 'ord_1' });
      await tokens.arrived(1);
      const current = tokens.release(0);
      await first;
      clock.advance(LIFETIME_MS - 200_000);
      server.apiRequests.length = 0;
      const outputs = await Promise.all(
        Array.from({ length: 100 }, () => client.getOrder({ orderId: 'ord_1' })),
      );
      expect(outputs).toHaveLength(100);
      await tokens.arrived(2);
      expect(tokens.held).toHaveLength(2);
      expect(tokensUsed()).toEqual(new Set([`Bearer ${current}`]));
      const next = tokens.release(1);
      await new Promise((resolve) => setTimeout(resolve, 20));
      server.apiRequests.length = 0;
      await client.getOrder({ orderId: 'ord_1' });
      expect(tokensUsed()).toEqual(new Set([`Bearer ${next}`]));
      expect(tokens.held).toHaveLength(2);
    });

    it('never lets a stale refresh overwrite a newer token', async () => {
      const tokens = heldTokens();
      const { client, clock } = setup();
      const first = client.getOrder({ orderId: 'ord_1' });
      await tokens.arrived(1);
      const original = tokens.release(0);
      await first;
      clock.advance(LIFETIME_MS - 200_000);
      await client.getOrder({ orderId: 'ord_1' });
      await tokens.arrived(2);
      server.api((request, response) =>
        request.headers.authorization === `Bearer ${original}`
          ? sendJson(response, 401, { code: 'UnauthorizedError' })
          : sendJson(response, 200, { order: ORDER }),
      );
      const renewed = client.getOrder({ orderId: 'ord_1' });
      await tokens.arrived(3);
      const newest = tokens.release(2);
      await renewed;
      tokens.release(1);
      await new Promise((resolve) => setTimeout(resolve, 20));
      server.apiRequests.length = 0;
      await client.getOrder({ orderId: 'ord_1' });
      expect(tokensUsed()).toEqual(new Set([`Bearer ${newest}`]));
    });
  });
});

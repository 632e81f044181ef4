import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingMessageLike } from '../../src/webhooks/incoming-message.js';
import { cryptoPaths, expectTypeError, expectVerificationError, webhooksUsing } from './support.js';

const NOW = 1_700_000_000;
const EVENT = {
  type: 'client_secret.expiring',
  data: { clientId: 'c_1', text: 'é'.repeat(40_000) },
};
const BODY = JSON.stringify(EVENT);

/** A message as a body parser leaves it: stream state plus `body`. */
function message(
  headers: Record<string, string>,
  chunks: (string | Uint8Array)[],
  state: { body?: unknown; ended?: boolean } = {},
): IncomingMessageLike {
  return {
    headers,
    body: state.body,
    readableEnded: state.ended ?? false,
    async *[Symbol.asyncIterator]() {
      yield* chunks;
    },
  };
}

describe.each(cryptoPaths)('verifyWebhookIncomingMessage under %s', (_path, crypto) => {
  const { sign, verifyIncomingMessage } = webhooksUsing(crypto);
  let headers: Record<string, string>;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    headers = Object.fromEntries(
      Object.entries(await sign({ id: 'evt_4', timestamp: NOW, body: BODY, secrets: 'k' })).map(
        ([name, value]) => [name.toLowerCase(), value],
      ),
    );
    // A plain node:http server on loopback, as a partner without a framework would write it.
    server = createServer((req: IncomingMessage, res) => {
      if (req.headers['x-test-encoding'] === 'utf8') req.setEncoding('utf8');
      verifyIncomingMessage(req, { secrets: 'k', now: NOW }).then(
        ({ event, secretIndex }) => res.end(JSON.stringify({ ok: true, event, secretIndex })),
        (error: { code?: string; reason?: string }) =>
          res.writeHead(400).end(JSON.stringify({ code: error.code, reason: error.reason })),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('reads the stream of a real request over loopback', async () => {
    const response = await fetch(url, { method: 'POST', headers, body: BODY });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, event: EVENT, secretIndex: 0 });
  });

  it('reads a stream whose encoding was set to text', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { ...headers, 'x-test-encoding': 'utf8' },
      body: BODY,
    });
    expect(await response.json()).toMatchObject({ ok: true, event: EVENT });
  });

  it('answers a tampered real request with the code', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body: BODY.replace('c_1', 'c_2'),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: 'no_matching_signature',
      reason: 'no_matching_signature',
    });
  });

  it('joins a body that arrives in many chunks, text or bytes', async () => {
    const bytes = new TextEncoder().encode(BODY);
    const chunks = [BODY.slice(0, 10), bytes.subarray(10, 5000), bytes.subarray(5000)];
    // The first chunk is text of the same 10 ASCII bytes.
    await expect(
      verifyIncomingMessage(message(headers, chunks), { secrets: 'k', now: NOW }),
    ).resolves.toMatchObject({ event: EVENT });
  });

  it('uses the raw body an express.raw() parser left in req.body', async () => {
    const req = message(headers, [], { body: Buffer.from(BODY), ended: true });
    await expect(verifyIncomingMessage(req, { secrets: 'k', now: NOW })).resolves.toMatchObject({
      event: EVENT,
    });
    const text = message(headers, [], { body: BODY, ended: true });
    await expect(verifyIncomingMessage(text, { secrets: 'k', now: NOW })).resolves.toMatchObject({
      event: EVENT,
    });
  });

  it('reads the stream when a parser left {} but did not read it (Express 4)', async () => {
    const req = message(headers, [BODY], { body: {} });
    await expect(verifyIncomingMessage(req, { secrets: 'k', now: NOW })).resolves.toMatchObject({
      event: EVENT,
    });
  });

  it('refuses a body a JSON parser consumed with body_not_raw, pointing at express.raw', async () => {
    const req = message(headers, [], { body: EVENT, ended: true });
    const error = await expectVerificationError(
      verifyIncomingMessage(req, { secrets: 'k', now: NOW }),
      'body_not_raw',
      'body_not_raw',
    );
    expect(error.message).toMatch(/express\.raw/);
  });

  it('refuses a stream read to its end with no body kept, with body_already_read', async () => {
    const req = message(headers, [], { ended: true });
    await expectVerificationError(
      verifyIncomingMessage(req, { secrets: 'k', now: NOW }),
      'body_not_raw',
      'body_already_read',
    );
  });

  it('reports a configuration mistake before reading', async () => {
    const req = message(headers, [BODY]);
    await expectTypeError(
      verifyIncomingMessage(req, { secrets: '', now: NOW }),
      /secrets is empty/,
    );
    await expect(verifyIncomingMessage(req, { secrets: 'k', now: NOW })).resolves.toMatchObject({
      id: 'evt_4',
    });
  });
});

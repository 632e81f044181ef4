/**
 * @module Webhooks end to end: an endpoint registered through the SDK on a loopback receiver, a
 * test event sent by `SendTestWebhookEvent`, and the delivery verified with `verifyWebhook` and
 * narrowed through the generated `WebhookEvent` union.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookEvent } from '@platform/api-client';
import { verifyWebhook } from '@platform/api-client/webhooks';
import { startTestSandbox, v2Clients, type Sandbox, TRANSPORTS } from './support/sdk-sandbox.js';

interface Received {
  body: string;
  headers: IncomingHttpHeaders;
}

describe.each(TRANSPORTS)('over the %s transport', (transport) => {
  let sandbox: Sandbox;
  const received: Received[] = [];
  let notify: (() => void) | undefined;
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
      res.writeHead(204).end();
      notify?.();
    });
  });

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    receiver.listen(0, '127.0.0.1');
    await once(receiver, 'listening');
  });
  afterAll(async () => {
    await sandbox.close();
    receiver.close();
  });

  function nextDelivery(timeoutMs: number): Promise<Received> {
    if (received.length > 0) return Promise.resolve(received.shift()!);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no delivery within ${timeoutMs} ms`)),
        timeoutMs,
      );
      notify = () => {
        clearTimeout(timer);
        notify = undefined;
        resolve(received.shift()!);
      };
    });
  }

  it('SendTestWebhookEvent:delivery-verified', async () => {
    const { applications } = v2Clients(sandbox, 'demo-app', { transport });
    const port = (receiver.address() as AddressInfo).port;
    const created = await applications.createWebhookEndpoint({
      url: `http://127.0.0.1:${port}/hooks`,
      eventTypes: ['test'],
    });
    const webhookEndpointId = created.webhookEndpoint.webhookEndpointId;
    const sent = await applications.sendTestWebhookEvent({ webhookEndpointId });

    const delivery = await nextDelivery(5_000);
    const { event, secretIndex } = await verifyWebhook<WebhookEvent>({
      body: delivery.body,
      headers: delivery.headers as Record<string, string>,
      secrets: [created.signingSecret],
    });
    expect(secretIndex).toBe(0);
    expect(event.id).toBe(sent.eventId);
    if (event.type !== 'test') throw new Error(`expected a test event, got ${event.type}`);
    // Narrowed: `data` is the test event's payload here.
    expect(event.data.webhookEndpointId).toBe(webhookEndpointId);
    expect(event.data.message).toMatch(/\S/);

    const forged = verifyWebhook<WebhookEvent>({
      body: delivery.body,
      headers: delivery.headers as Record<string, string>,
      secrets: ['whsec_not-the-right-secret-at-all'],
    });
    await expect(forged).rejects.toMatchObject({ code: 'no_matching_signature' });
  });
});

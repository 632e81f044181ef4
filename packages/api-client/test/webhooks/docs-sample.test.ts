/**
 * The delivery shown in docs/webhooks.md verifies with the secret the page shows, through the
 * model-checked `verifyWebhook` partners import (so its `data.order` is a valid order), and the
 * page's own verification sample uses exactly that delivery.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../src/generated/v2/webhooks.js';

const page = readFileSync(new URL('../../../../docs/webhooks.md', import.meta.url), 'utf8');

function shownDelivery() {
  const block = /```http\n([\s\S]*?)\n```/.exec(page)?.[1];
  if (block === undefined) throw new Error('docs/webhooks.md has no ```http delivery');
  const [head = '', body = ''] = block.split('\n\n');
  const headers = Object.fromEntries(
    head
      .split('\n')
      .slice(1)
      .map((line) => line.split(': ') as [string, string]),
  );
  const secret = /signed with the example secret\s+`([^`]+)`/.exec(page)?.[1];
  if (secret === undefined) throw new Error('docs/webhooks.md shows no signing secret');
  return { body, headers, secret };
}

describe('docs/webhooks.md', () => {
  it('shows a delivery that verifies with the secret it shows and carries a valid order', async () => {
    const { body, headers, secret } = shownDelivery();
    const { event, id } = await verifyWebhook({
      body,
      headers,
      secrets: [secret],
      now: Number(headers['X-Webhook-Timestamp']),
    });
    expect(id).toBe(headers['X-Webhook-Id']);
    if (event.type !== 'order.created') throw new Error(`the sample is a ${event.type} event`);
    expect(event.data.order.orderId).toMatch(/^ord_/);
  });

  it('verifies that same delivery in its TypeScript sample', () => {
    const { body, headers, secret } = shownDelivery();
    const sample = /```ts\n(import \{ verifyWebhook \} [^`]*?now: \d+[\s\S]*?)```/.exec(page)?.[1];
    expect(sample).toBeDefined();
    expect(sample).toContain(`'${body}'`);
    expect(sample).toContain(`'${headers['X-Signature']}'`);
    expect(sample).toContain(`secrets: ['${secret}']`);
    expect(sample).toContain(`now: ${headers['X-Webhook-Timestamp']}`);
  });
});

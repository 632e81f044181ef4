import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cryptoPaths, expectTypeError, webhooksUsing } from './support.js';

const NOW = 1_700_000_000;
const BODY = '{"type":"order.created"}';

/** The signing scheme (ARCHITECTURE.md §4.4) written out independently with node:crypto. */
function reference(secret: string, id: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${id}.${timestamp}.${body}`).digest('hex');
}

describe.each(cryptoPaths)('signWebhook under %s', (_path, crypto) => {
  const { sign } = webhooksUsing(crypto);

  it('signs "{id}.{timestamp}.{body}" with HMAC-SHA256 into the three headers', async () => {
    await expect(
      sign({ id: 'evt_1', timestamp: NOW, body: BODY, secrets: 's3cret' }),
    ).resolves.toEqual({
      'X-Webhook-Id': 'evt_1',
      'X-Webhook-Timestamp': String(NOW),
      'X-Signature': `sha256=${reference('s3cret', 'evt_1', NOW, BODY)}`,
    });
  });

  it('writes one entry per secret, in order, separated by one space', async () => {
    const headers = await sign({
      id: 'evt_1',
      timestamp: NOW,
      body: BODY,
      secrets: ['new', 'old'],
    });
    expect(headers['X-Signature']).toBe(
      `sha256=${reference('new', 'evt_1', NOW, BODY)} sha256=${reference('old', 'evt_1', NOW, BODY)}`,
    );
  });

  it('signs bytes like the same text, and UTF-8 text as its bytes', async () => {
    const body = '{"name":"Zoë 😀"}';
    const fromText = await sign({ id: 'e', timestamp: NOW, body, secrets: 'k' });
    const fromBytes = await sign({
      id: 'e',
      timestamp: NOW,
      body: new TextEncoder().encode(body),
      secrets: 'k',
    });
    expect(fromBytes).toEqual(fromText);
    expect(fromText['X-Signature']).toBe(`sha256=${reference('k', 'e', NOW, body)}`);
  });

  it('takes a Date, rounding down to whole seconds', async () => {
    const headers = await sign({
      id: 'e',
      timestamp: new Date(NOW * 1000 + 999),
      body: BODY,
      secrets: 'k',
    });
    expect(headers['X-Webhook-Timestamp']).toBe(String(NOW));
  });

  const mistakes: [string, Record<string, unknown>, RegExp][] = [
    ['a timestamp in milliseconds', { timestamp: NOW * 1000 }, /milliseconds, not seconds/],
    ['a fractional timestamp', { timestamp: NOW + 0.5 }, /whole unix seconds/],
    ['a negative timestamp', { timestamp: -1 }, /unix time in seconds/],
    ['a Date before 1970', { timestamp: new Date(-1000) }, /valid Date/],
    ['an id with a dot', { id: 'evt.1' }, /other than "\."/],
    ['an empty id', { id: '' }, /1 to 256/],
    ['a numeric id', { id: 42 }, /1 to 256/],
    ['a parsed body', { body: { type: 'x' } }, /string or a Uint8Array/],
    ['no secrets', { secrets: [] }, /empty list/],
    ['an empty secret', { secrets: '' }, /secrets is empty/],
  ];
  it.each(mistakes)('rejects %s with a TypeError', async (_name, change, message) => {
    const options = { id: 'evt_1', timestamp: NOW, body: BODY, secrets: 'k', ...change };
    await expectTypeError(sign(options as never), message);
  });

  it('rejects a missing options object with a TypeError', async () => {
    await expectTypeError(sign(undefined as never), /options object/);
  });
});

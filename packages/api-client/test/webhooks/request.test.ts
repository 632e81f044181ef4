import { describe, expect, it } from 'vitest';
import { cryptoPaths, expectTypeError, expectVerificationError, webhooksUsing } from './support.js';

const NOW = 1_700_000_000;
const EVENT = { type: 'order.cancelled', data: { orderId: 'ord_7', note: 'Zoë 😀' } };

describe.each(cryptoPaths)('verifyWebhookRequest under %s', (_path, crypto) => {
  const { sign, verifyRequest } = webhooksUsing(crypto);

  async function signedRequest(
    body: string | Uint8Array = JSON.stringify(EVENT),
  ): Promise<Request> {
    const headers = await sign({ id: 'evt_3', timestamp: NOW, body, secrets: 'k' });
    return new Request('https://partner.example/webhooks', {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
  }

  it('reads the raw body itself and returns the event', async () => {
    await expect(verifyRequest(await signedRequest(), { secrets: 'k', now: NOW })).resolves.toEqual(
      {
        event: EVENT,
        id: 'evt_3',
        timestamp: NOW,
        secretIndex: 0,
      },
    );
  });

  it('takes the typed event of parseEvent', async () => {
    const result = await verifyRequest(await signedRequest(), {
      secrets: ['old', 'k'],
      now: NOW,
      parseEvent: (payload) => ({ name: String(payload.type) }),
    });
    expect(result).toMatchObject({ event: { name: 'order.cancelled' }, secretIndex: 1 });
  });

  it('refuses a request whose body was already read with body_not_raw / body_already_read', async () => {
    const request = await signedRequest();
    await request.json();
    const error = await expectVerificationError(
      verifyRequest(request, { secrets: 'k', now: NOW }),
      'body_not_raw',
      'body_already_read',
    );
    expect(error.message).toMatch(/before anything else reads the request/);
  });

  it('reports a configuration mistake without consuming the body', async () => {
    const request = await signedRequest();
    await expectTypeError(verifyRequest(request, { secrets: [], now: NOW }), /empty list/);
    expect(request.bodyUsed).toBe(false);
    await expect(verifyRequest(request, { secrets: 'k', now: NOW })).resolves.toMatchObject({
      id: 'evt_3',
    });
  });

  it('runs the same checks as verifyWebhook', async () => {
    const tampered = new Request(await signedRequest(), { body: '{"type":"order.created"}' });
    await expectVerificationError(
      verifyRequest(tampered, { secrets: 'k', now: NOW }),
      'no_matching_signature',
    );
    const bare = new Request('https://partner.example/webhooks', { method: 'POST', body: '{}' });
    await expectVerificationError(
      verifyRequest(bare, { secrets: 'k', now: NOW }),
      'missing_header',
    );
    await expectVerificationError(
      verifyRequest(await signedRequest(), { secrets: 'k', now: NOW + 400 }),
      'timestamp_out_of_range',
      'timestamp_too_old',
    );
    await expectVerificationError(
      verifyRequest(await signedRequest(new Uint8Array([0xc3, 0x28])), { secrets: 'k', now: NOW }),
      'invalid_payload',
      'invalid_utf8',
    );
  });

  it('verifies an empty body by its signature, then refuses it as a payload', async () => {
    const headers = await sign({ id: 'evt_3', timestamp: NOW, body: '', secrets: 'k' });
    const request = new Request('https://partner.example/webhooks', { method: 'POST', headers });
    await expectVerificationError(
      verifyRequest(request, { secrets: 'k', now: NOW }),
      'invalid_payload',
      'invalid_json',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { startSandbox } from '../src/index.js';
import type { RunningSandbox } from '../src/index.js';
import { DEMO, call, tokenFor } from './helpers.js';

const DAY_MS = 24 * 3600 * 1000;
const ORDER = { currency: 'USD', lineItems: [{ sku: 'WIDGET-001', quantity: 1 }] };

/** A sandbox of its own per test, so clock moves and filled key stores stay in the test. */
async function withSandbox(
  test: (sandbox: RunningSandbox) => Promise<void>,
  keysPerApplication = 3,
): Promise<void> {
  const sandbox = await startSandbox({
    port: 0,
    rateLimit: null,
    idempotencyKeysPerApplication: keysPerApplication,
    logError: () => undefined,
  });
  try {
    await test(sandbox);
  } finally {
    await sandbox.close();
  }
}

function create(sandbox: RunningSandbox, token: string, key: string, path = '/v2/orders') {
  return call(sandbox, token, 'POST', path, ORDER, { 'idempotency-key': key });
}

const orderId = (answer: { body: Record<string, unknown> }) =>
  (answer.body['order'] as { orderId: string }).orderId;

describe('Idempotency-Key: one bounded namespace per application', () => {
  it('past its bound an application gets 429 with Retry-After until its oldest key expires, and its keys still replay', () =>
    withSandbox(async (sandbox) => {
      const token = await tokenFor(sandbox, DEMO.full);
      const first = await create(sandbox, token, 'k1');
      for (const key of ['k2', 'k3']) expect((await create(sandbox, token, key)).status).toBe(201);

      const refused = await create(sandbox, token, 'k4');
      expect(refused.status).toBe(429);
      expect(refused.body).toMatchObject({ code: 'RateLimitedError' });
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(DAY_MS / 1000 - 60);
      expect(retryAfter).toBeLessThanOrEqual(DAY_MS / 1000);

      const replay = await create(sandbox, token, 'k1');
      expect([replay.status, replay.headers.get('idempotent-replayed')]).toEqual([201, 'true']);
      expect(orderId(replay)).toBe(orderId(first));
      expect((await call(sandbox, token, 'POST', '/v2/orders', ORDER)).status).toBe(201);

      sandbox.clock.advance(retryAfter * 1000);
      expect((await create(sandbox, await tokenFor(sandbox), 'k4')).status).toBe(201);
    }));

  it("one application's keys never push out another's", () =>
    withSandbox(async (sandbox) => {
      const mine = await tokenFor(sandbox, DEMO.full);
      const theirs = await tokenFor(sandbox, DEMO.otherPartner);
      const first = await create(sandbox, mine, 'mine');
      for (let i = 0; i < 6; i += 1) await create(sandbox, theirs, `flood-${i}`);
      const retry = await create(sandbox, mine, 'mine');
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(orderId(retry)).toBe(orderId(first));
    }));

  it('keeps the 24-hour promise by the sandbox clock', () =>
    withSandbox(async (sandbox) => {
      const token = await tokenFor(sandbox, DEMO.full);
      const first = await create(sandbox, token, 'daily');
      sandbox.clock.advance(DAY_MS - 60_000);
      const token2 = await tokenFor(sandbox, DEMO.full);
      expect(orderId(await create(sandbox, token2, 'daily'))).toBe(orderId(first));
      sandbox.clock.advance(60_000);
      const after = await create(sandbox, token2, 'daily');
      expect([after.status, after.headers.get('idempotent-replayed')]).toEqual([201, null]);
      expect(orderId(after)).not.toBe(orderId(first));
    }));
});

describe('Idempotency-Key: misuse is refused as the model says', () => {
  it('a key reused on another operation is a 409 ConflictError naming the first one', () =>
    withSandbox(async (sandbox) => {
      const token = await tokenFor(sandbox, DEMO.full);
      expect((await create(sandbox, token, 'shared')).status).toBe(201);
      const endpoint = await call(
        sandbox,
        token,
        'POST',
        '/v2/application/webhook-endpoints',
        { url: 'https://hooks.example.com/platform', eventTypes: ['order.created'] },
        { 'idempotency-key': 'shared' },
      );
      expect(endpoint.status).toBe(409);
      expect(endpoint.body).toMatchObject({
        code: 'ConflictError',
        reason: 'idempotency_key_reused',
      });
      expect(endpoint.body.message).toMatch(/CreateOrder/);
      const v1 = await call(sandbox, token, 'POST', '/v1/orders', ORDER, {
        'idempotency-key': 'shared',
      });
      expect([v1.status, v1.body['reason']]).toEqual([409, 'idempotency_key_reused']);
    }));

  it.each([
    ['empty', ''],
    ['256 characters long', 'k'.repeat(256)],
  ])('an Idempotency-Key that is %s is a 400 ValidationError naming the header', (_name, key) =>
    withSandbox(async (sandbox) => {
      const token = await tokenFor(sandbox, DEMO.full);
      const answer = await create(sandbox, token, key);
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('ValidationError');
      const fieldErrors = answer.body['fieldErrors'] as { path: string; message: string }[];
      expect(fieldErrors).toContainEqual({
        path: '/idempotencyKey',
        message: expect.stringMatching(/^The Idempotency-Key header: must be 1 to 255/) as string,
      });
      expect(new Set(fieldErrors.map((e) => e.path))).toEqual(new Set(['/idempotencyKey']));
      expect(answer.body.message).toMatch(/Idempotency-Key header/);
    }),
  );
});

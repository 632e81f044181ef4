import { inspect } from 'node:util';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { isPlatformError, PlatformError } from '../../src/runtime/errors/platform-error.js';
import { isWebhookVerificationError, WebhookVerificationError } from '../../src/webhooks/errors.js';
import { nodeWebhookCrypto, rejectionOf, webhooksUsing } from './support.js';

describe('WebhookVerificationError', () => {
  const error = new WebhookVerificationError({
    code: 'malformed_header',
    reason: 'malformed_header',
    headerName: 'X-Signature',
    message: 'The X-Signature header is malformed.',
  });

  it('is a PlatformError carrying name, code, reason, headerName and message', () => {
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(PlatformError);
    expect(isPlatformError(error)).toBe(true);
    expect(error).toMatchObject({
      name: 'WebhookVerificationError',
      code: 'malformed_header',
      reason: 'malformed_header',
      headerName: 'X-Signature',
      message: 'The X-Signature header is malformed.',
      $metadata: { attempts: 0, totalRetryDelay: 0 },
    });
    expect(String(error)).toBe('WebhookVerificationError: The X-Signature header is malformed.');
  });

  it('is recognised by instanceof and its guard, also from another realm or package copy', () => {
    expect(isWebhookVerificationError(error)).toBe(true);
    const foreign = runInNewContext(
      `const e = new Error('x'); Object.defineProperty(e, Symbol.for('@platform/api-client.error-kinds'), { value: ['WebhookVerificationError', 'PlatformError'] }); e`,
    ) as unknown;
    expect(foreign instanceof WebhookVerificationError).toBe(true);
    expect(isWebhookVerificationError(foreign)).toBe(true);
    for (const other of [
      new Error('x'),
      new TypeError('x'),
      null,
      undefined,
      'code',
      { code: 'missing_header' },
    ]) {
      expect(isWebhookVerificationError(other)).toBe(false);
      expect(other instanceof WebhookVerificationError).toBe(false);
    }
  });

  it('keeps a cause only when given one', () => {
    expect('cause' in error).toBe(false);
    const cause = new SyntaxError('bad');
    const withCause = new WebhookVerificationError({
      code: 'invalid_payload',
      reason: 'invalid_json',
      message: 'm',
      cause,
    });
    expect(withCause.cause).toBe(cause);
  });
});

describe('privacy: a secret never appears in an error', () => {
  const SECRET = 'privacy-canary-8f3e1d';
  const { sign, verify } = webhooksUsing(nodeWebhookCrypto);

  it('in the message, inspect output, JSON or cause of any failure', async () => {
    const body = '{"type":"x"}';
    const headers = await sign({ id: 'e', timestamp: 1_700_000_000, body, secrets: SECRET });
    const base = { body, headers, now: 1_700_000_000 };
    const failures = await Promise.all([
      rejectionOf(verify({ ...base, secrets: `${SECRET}\n` })), // whitespace diagnosis
      rejectionOf(verify({ ...base, secrets: [`x${SECRET}`, SECRET.slice(1)] })),
      rejectionOf(verify({ ...base, secrets: [SECRET, ''] })), // configuration
      rejectionOf(verify({ ...base, secrets: [SECRET, 3] as never })),
      rejectionOf(verify({ ...base, secrets: SECRET, now: 1_800_000_000 })),
      rejectionOf(verify({ ...base, secrets: SECRET, body: { secret: 'parsed' } as never })),
      rejectionOf(verify({ ...base, secrets: SECRET, headers: {} })),
      rejectionOf(sign({ id: 'e.1', timestamp: 1, body, secrets: SECRET })),
    ]);
    for (const failure of failures) {
      const shown = [
        inspect(failure, { showHidden: true, depth: 5 }),
        JSON.stringify(failure),
        String(failure),
        String((failure as Error).cause),
      ].join('\n');
      expect(shown).not.toContain(SECRET);
      expect(shown).not.toContain(SECRET.slice(1));
    }
  });
});

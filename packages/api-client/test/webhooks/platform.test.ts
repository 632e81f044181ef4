import * as nodeBuffer from 'node:buffer';
import * as nodeCrypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import {
  platformWebhookCrypto,
  selectWebhookCrypto,
  withWebhookCrypto,
} from '../../src/webhooks/crypto/platform.js';
import { signWebhook, verifyWebhook, verifyWebhookSignature } from '../../src/webhooks/index.js';
import { expectTypeError, rejectionOf } from './support.js';

const builtins = (id: string): unknown =>
  ({ 'node:crypto': nodeCrypto, 'node:buffer': nodeBuffer })[id];

describe('choosing the crypto path', () => {
  it('uses node:crypto where process.getBuiltinModule offers it', () => {
    const chosen = selectWebhookCrypto({
      process: { getBuiltinModule: builtins },
      crypto: globalThis.crypto,
    });
    expect(chosen.name).toBe('node');
  });

  it('uses Web Crypto without getBuiltinModule (browsers, workers, Node < 20.16)', () => {
    expect(selectWebhookCrypto({ process: {}, crypto: globalThis.crypto }).name).toBe('web');
    expect(selectWebhookCrypto({ crypto: globalThis.crypto }).name).toBe('web');
  });

  it('uses Web Crypto when node:crypto cannot make secret keys (an incomplete polyfill)', () => {
    const { createHmac } = nodeCrypto;
    const partial = (id: string): unknown => (id === 'node:crypto' ? { createHmac } : builtins(id));
    const runtime = { process: { getBuiltinModule: partial }, crypto: globalThis.crypto };
    expect(selectWebhookCrypto(runtime).name).toBe('web');
  });

  it('uses Web Crypto when getBuiltinModule has no node:crypto', () => {
    const runtime = { process: { getBuiltinModule: () => undefined }, crypto: globalThis.crypto };
    expect(selectWebhookCrypto(runtime).name).toBe('web');
  });

  it('explains, with a TypeError, a runtime that has neither', () => {
    expect(() => selectWebhookCrypto({})).toThrow(/Web Crypto.*node:crypto.*secure contexts/);
    expect(() => selectWebhookCrypto({})).toThrow(TypeError);
  });

  it('turns a runtime without crypto into a rejection, not a throw', async () => {
    const use = () => Promise.resolve('used');
    const none = withWebhookCrypto(() => selectWebhookCrypto({}), use);
    expect(none).toBeInstanceOf(Promise);
    await expectTypeError(none, /Web Crypto/);
    await expect(withWebhookCrypto(platformWebhookCrypto, use)).resolves.toBe('used');
  });

  it('picks node:crypto on this Node', () => {
    expect(platformWebhookCrypto().name).toBe('node');
  });
});

describe('the public functions', () => {
  it('never throw synchronously', async () => {
    const verifying = verifyWebhook(undefined as never);
    const signing = signWebhook(undefined as never);
    expect(verifying).toBeInstanceOf(Promise);
    expect(signing).toBeInstanceOf(Promise);
    await expectTypeError(verifying, /options object/);
    await expectTypeError(signing, /options object/);
  });

  it('sign and verify a delivery end to end', async () => {
    const body = '{"type":"test"}';
    const headers = await signWebhook({ id: 'evt_9', timestamp: new Date(), body, secrets: 'k' });
    await expect(verifyWebhook({ body, headers, secrets: 'k' })).resolves.toMatchObject({
      event: { type: 'test' },
      id: 'evt_9',
      secretIndex: 0,
    });
    expect(await rejectionOf(verifyWebhook({ body, headers, secrets: 'x' }))).toMatchObject({
      code: 'no_matching_signature',
    });
    await expect(verifyWebhookSignature({ body, headers, secrets: ['x', 'k'] })).resolves.toEqual({
      id: 'evt_9',
      timestamp: Number(headers['X-Webhook-Timestamp']),
      secretIndex: 1,
    });
  });
});

describe('the webhooks entry in a browser bundle', () => {
  it('bundles for the browser with no node: import anywhere in its graph', async () => {
    const entry = fileURLToPath(new URL('../../src/webhooks/index.ts', import.meta.url));
    // esbuild refuses any node: import when bundling for the browser, so a success is the check.
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    // Its own modules and the error base class only: nothing of the HTTP client.
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.length).toBeGreaterThan(5);
    const outside = inputs.filter((input) => !input.includes('src/webhooks/'));
    expect(outside.map((input) => input.replace(/^.*src\//, 'src/'))).toEqual([
      'src/runtime/errors/platform-error.ts',
    ]);
    const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports);
    expect(imports.filter((i) => i.path.startsWith('node:'))).toEqual([]);
  });
});

import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createKeyCache, MAX_CACHED_KEYS } from '../../src/webhooks/crypto/key-cache.js';
import { createWebWebhookCrypto } from '../../src/webhooks/crypto/web.js';
import { cryptoPaths } from './support.js';

describe.each(cryptoPaths)('the %s primitives', (_path, crypto) => {
  it('decode strict UTF-8, keeping a BOM', () => {
    const text = '\uFEFF{"a":"é😀"}';
    expect(crypto.decodeUtf8(new TextEncoder().encode(text))).toBe(text);
    expect(crypto.decodeUtf8(Uint8Array.from([0xc3]))).toBeUndefined(); // truncated sequence
    expect(crypto.decodeUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBeUndefined(); // surrogate
    expect(crypto.decodeUtf8(Uint8Array.from([0xc0, 0xaf]))).toBeUndefined(); // overlong
    const inside = new TextEncoder().encode('xx{}yy').subarray(2, 4);
    expect(crypto.decodeUtf8(inside)).toBe('{}');
  });

  it('HMAC the prefix and body as one message, body as text or bytes, into lowercase hex', async () => {
    const whole = await crypto.hmacSha256('key', '', 'id.1.{"a":1}');
    expect(whole).toMatch(/^[0-9a-f]{64}$/);
    expect(await crypto.hmacSha256('key', 'id.1.', '{"a":1}')).toBe(whole);
    const bytes = new TextEncoder().encode('{"a":1}');
    expect(await crypto.hmacSha256('key', 'id.1.', bytes)).toBe(whole);
    const keyBytes = new TextEncoder().encode('key');
    expect(await crypto.hmacSha256(keyBytes, 'id.1.', bytes)).toBe(whole);
  });

  it('use a byte secret as it is now, even after its bytes changed', async () => {
    const secret = new TextEncoder().encode('k1');
    const before = await crypto.hmacSha256(secret, 'id.1.', '{}');
    secret[0] = 0x4b; // 'K'
    const after = await crypto.hmacSha256(secret, 'id.1.', '{}');
    expect(after).not.toBe(before);
    expect(after).toBe(await crypto.hmacSha256('K1', 'id.1.', '{}'));
  });

  it('keep no secret where util.inspect or JSON can reach it, after using it', async () => {
    const secret = 'whsec_never_shown_4d2a';
    await crypto.hmacSha256(secret, 'id.1.', '{}');
    expect(inspect(crypto, { depth: Infinity, showHidden: true })).not.toContain(secret);
    expect(JSON.stringify(crypto)).not.toContain(secret);
  });
});

describe('the key cache', () => {
  it(`derives a secret's key once, keeping the ${MAX_CACHED_KEYS} latest and dropping the oldest first`, () => {
    const derived: string[] = [];
    const keys = createKeyCache((secret) => {
      derived.push(secret);
      return { of: secret };
    });
    expect(keys.get('k0')).toBe(keys.get('k0'));
    for (let i = 1; i <= MAX_CACHED_KEYS; i++) keys.get(`k${i}`);
    expect(derived).toHaveLength(MAX_CACHED_KEYS + 1);
    keys.get(`k${MAX_CACHED_KEYS}`); // kept
    keys.get('k1'); // kept
    expect(derived).toHaveLength(MAX_CACHED_KEYS + 1);
    keys.get('k0'); // dropped to make room
    expect(derived).toHaveLength(MAX_CACHED_KEYS + 2);
    expect(derived.at(-1)).toBe('k0');
  });

  it('forgets a key only while it is still the one kept', () => {
    let n = 0;
    const keys = createKeyCache(() => ++n);
    const first = keys.get('k');
    keys.forget('k', first + 100);
    expect(keys.get('k')).toBe(first);
    keys.forget('k', first);
    expect(keys.get('k')).toBe(first + 1);
  });
});

describe('Web Crypto key imports', () => {
  /** Web Crypto that counts key imports and can be told to fail the next one. */
  function countingSubtle() {
    const subtle = globalThis.crypto.subtle;
    const counts = { imports: 0, failNext: false };
    const counting = {
      importKey: (...args: Parameters<SubtleCrypto['importKey']>) => {
        counts.imports++;
        if (counts.failNext) {
          counts.failNext = false;
          return Promise.reject(new Error('import failed'));
        }
        return subtle.importKey(...args);
      },
      sign: subtle.sign.bind(subtle),
    } as unknown as SubtleCrypto;
    return { counts, crypto: createWebWebhookCrypto(counting) };
  }

  it('import a string secret once, and give the same HMAC from the kept key', async () => {
    const { counts, crypto } = countingSubtle();
    const first = await crypto.hmacSha256('k1', 'id.1.', '{}');
    expect(await crypto.hmacSha256('k1', 'id.1.', '{}')).toBe(first);
    expect(counts.imports).toBe(1);
  });

  it('import a byte secret every time', async () => {
    const { counts, crypto } = countingSubtle();
    const secret = new TextEncoder().encode('k1');
    await crypto.hmacSha256(secret, 'id.1.', '{}');
    await crypto.hmacSha256(secret, 'id.1.', '{}');
    expect(counts.imports).toBe(2);
  });

  it('do not keep a failed import, so the next call tries again', async () => {
    const { counts, crypto } = countingSubtle();
    counts.failNext = true;
    await expect(crypto.hmacSha256('k1', '', '{}')).rejects.toThrow('import failed');
    await expect(crypto.hmacSha256('k1', '', '{}')).resolves.toMatch(/^[0-9a-f]{64}$/);
    expect(counts.imports).toBe(2);
  });
});

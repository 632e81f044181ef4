import { describe, expect, it } from 'vitest';
import { encodeHex } from '../../src/webhooks/hex.js';
import { cryptoPaths } from './support.js';

describe.each(cryptoPaths)('the %s primitives', (_path, crypto) => {
  it('compare bytes: equal, different, or of different lengths (false, never a throw)', () => {
    const a = Uint8Array.from([1, 2, 3]);
    expect(crypto.timingSafeEqual(a, Uint8Array.from([1, 2, 3]))).toBe(true);
    expect(crypto.timingSafeEqual(a, Uint8Array.from([1, 2, 4]))).toBe(false);
    expect(crypto.timingSafeEqual(a, Uint8Array.from([1, 2]))).toBe(false);
    expect(crypto.timingSafeEqual(new Uint8Array(), new Uint8Array())).toBe(true);
  });

  it('decode strict UTF-8, keeping a BOM', () => {
    const text = '\uFEFF{"a":"é😀"}';
    expect(crypto.decodeUtf8(new TextEncoder().encode(text))).toBe(text);
    expect(crypto.decodeUtf8(Uint8Array.from([0xc3]))).toBeUndefined(); // truncated sequence
    expect(crypto.decodeUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBeUndefined(); // surrogate
    expect(crypto.decodeUtf8(Uint8Array.from([0xc0, 0xaf]))).toBeUndefined(); // overlong
    const inside = new TextEncoder().encode('xx{}yy').subarray(2, 4);
    expect(crypto.decodeUtf8(inside)).toBe('{}');
  });

  it('HMAC the prefix and body as one message, body as text or bytes', async () => {
    const whole = await crypto.hmacSha256('key', '', 'id.1.{"a":1}');
    expect(encodeHex(await crypto.hmacSha256('key', 'id.1.', '{"a":1}'))).toBe(encodeHex(whole));
    const bytes = new TextEncoder().encode('{"a":1}');
    expect(encodeHex(await crypto.hmacSha256('key', 'id.1.', bytes))).toBe(encodeHex(whole));
    const keyBytes = new TextEncoder().encode('key');
    expect(encodeHex(await crypto.hmacSha256(keyBytes, 'id.1.', bytes))).toBe(encodeHex(whole));
  });
});

import { describe, expect, it } from 'vitest';
import { decodeHex, encodeHex } from '../../src/webhooks/hex.js';
import {
  formatSignatureHeader,
  parseSignatureHeader,
} from '../../src/webhooks/signature-header.js';
import { WebhookVerificationError } from '../../src/webhooks/errors.js';

const A = 'ab'.repeat(32);
const B = '0f'.repeat(32);

describe('hex', () => {
  it('round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const hex = encodeHex(bytes);
    expect(hex).toBe(Buffer.from(bytes).toString('hex'));
    expect(decodeHex(hex)).toEqual(bytes);
    expect(decodeHex(hex.toUpperCase())).toEqual(bytes);
    expect(decodeHex(`xx${hex}yy`, 2, 2 + hex.length)).toEqual(bytes);
  });

  it.each([
    ['an odd number of digits', 'abc'],
    ['a non-hex digit', 'abcg'],
    ['a sign', '+abc'],
    ['a space', 'ab c'],
    ['a character whose low bits look like a hex digit', '\u0161b'],
    ['a character outside ASCII, first of a pair', 'ab\u00e9f'],
    ['a character outside ASCII, second of a pair', 'a\u0100'],
  ])('refuses %s', (_name, text) => {
    expect(decodeHex(text)).toBeUndefined();
  });
});

describe('X-Signature', () => {
  it.each([
    ['one entry', `sha256=${A}`, [A]],
    ['two entries, in order', `sha256=${A} sha256=${B}`, [A, B]],
    ['other schemes skipped', `v1=xyz sha256=${A} sha512=${B}`, [A]],
    ['upper-case digits', `sha256=${A.toUpperCase()}`, [A]],
  ])('reads %s', (_name, header, expected) => {
    expect(parseSignatureHeader(header).map(encodeHex)).toEqual(expected);
  });

  it.each([
    ['empty', ''],
    ['a leading space', ` sha256=${A}`],
    ['a trailing space', `sha256=${A} `],
    ['two spaces', `sha256=${A}  sha256=${B}`],
    ['a comma', `sha256=${A},sha256=${B}`],
    ['63 digits', `sha256=${A.slice(1)}`],
    ['65 digits', `sha256=${A}0`],
    ['no sha256 entry', 'v1=abc'],
    ['an entry without "="', `sha256=${A} junk`],
    ['an empty value of another scheme', `v1= sha256=${A}`],
    ['a control character', `sha256=${A} v1=\u0000`],
  ])('refuses %s with malformed_header', (_name, header) => {
    let thrown: unknown;
    try {
      parseSignatureHeader(header);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(WebhookVerificationError);
    expect(thrown).toMatchObject({ code: 'malformed_header', headerName: 'X-Signature' });
  });

  it('formats what it reads', () => {
    const signatures = parseSignatureHeader(`sha256=${A} sha256=${B}`);
    expect(formatSignatureHeader(signatures)).toBe(`sha256=${A} sha256=${B}`);
  });
});

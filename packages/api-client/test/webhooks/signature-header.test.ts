import { describe, expect, it } from 'vitest';
import { encodeHex, equalHexDigits, SIGNATURE_HEX_DIGITS } from '../../src/webhooks/hex.js';
import {
  formatSignatureHeader,
  parseSignatureHeader,
} from '../../src/webhooks/signature-header.js';
import { WebhookVerificationError } from '../../src/webhooks/errors.js';

const A = 'ab'.repeat(32);
const B = '0f'.repeat(32);

describe('hex', () => {
  it('encodes every byte value in lowercase', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(encodeHex(bytes)).toBe(Buffer.from(bytes).toString('hex'));
  });

  it('admits 64 hex digits of either case as a signature, and nothing else', () => {
    expect(SIGNATURE_HEX_DIGITS.test(A)).toBe(true);
    expect(SIGNATURE_HEX_DIGITS.test(A.toUpperCase())).toBe(true);
    for (const text of [A.slice(1), `${A}0`, `${A.slice(1)}g`, `${A.slice(1)}\u0161`, `${A}\n`]) {
      expect(SIGNATURE_HEX_DIGITS.test(text)).toBe(false);
    }
  });

  it('compares signature digits in place: equal in either case, unequal at any differing digit', () => {
    expect(equalHexDigits(A, A, 0)).toBe(true);
    expect(equalHexDigits(A, `sha256=${A.toUpperCase()}`, 7)).toBe(true);
    expect(equalHexDigits(A, `sha256=${A} sha256=${B}`, 7 + 64 + 8)).toBe(false);
    expect(equalHexDigits(B, `sha256=${A} sha256=${B}`, 7 + 64 + 8)).toBe(true);
    for (let i = 0; i < A.length; i++) {
      const other = A.slice(0, i) + (A[i] === 'a' ? 'b' : 'a') + A.slice(i + 1);
      expect(equalHexDigits(A, other, 0)).toBe(false);
    }
    // Too few digits left from start: unequal, never a read past the end taken as a match.
    expect(equalHexDigits(A, A, 2)).toBe(false);
    expect(equalHexDigits(A, `${A.slice(2)}`, 0)).toBe(false);
  });
});

describe('X-Signature', () => {
  it.each([
    ['one entry', `sha256=${A}`, [A]],
    ['two entries, in order', `sha256=${A} sha256=${B}`, [A, B]],
    ['other schemes skipped', `v1=xyz sha256=${A} sha512=${B}`, [A]],
    ['upper-case digits', `sha256=${A.toUpperCase()}`, [A]],
  ])('reads %s', (_name, header, expected) => {
    const signatures = parseSignatureHeader(header);
    expect(signatures.header).toBe(header);
    const digits = signatures.starts.map((start) => header.slice(start, start + 64));
    expect(digits.map((d) => d.toLowerCase())).toEqual(expected);
  });

  it.each([
    ['empty', ''],
    ['a leading space', ` sha256=${A}`],
    ['a trailing space', `sha256=${A} `],
    ['two spaces', `sha256=${A}  sha256=${B}`],
    ['a comma', `sha256=${A},sha256=${B}`],
    ['63 digits', `sha256=${A.slice(1)}`],
    ['65 digits', `sha256=${A}0`],
    ['a non-hex digit', `sha256=${A.slice(1)}g`],
    ['a character outside ASCII', `sha256=${A.slice(1)}\u0161`],
    ['a non-hex digit in a second entry', `sha256=${A} sha256=${B.slice(1)}g`],
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

  it('formats the header it reads', () => {
    expect(formatSignatureHeader([A, B])).toBe(`sha256=${A} sha256=${B}`);
    expect(parseSignatureHeader(formatSignatureHeader([A, B])).starts).toEqual([7, 7 + 64 + 8]);
  });
});

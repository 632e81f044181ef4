/**
 * @module
 * Signatures as hex digits. They are compared as text rather than decoded to bytes: the HMAC is
 * produced as lowercase hex, and the header's digits, once known to be hex, equal it exactly when
 * their bytes would — without a byte array to allocate, or a native call, on every delivery.
 */

const digits = '0123456789abcdef';

export function encodeHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += digits[byte >> 4]! + digits[byte & 15]!;
  return out;
}

/** Hex digits of an HMAC-SHA256 (32 bytes), in either case. */
export const SIGNATURE_HEX_DIGITS = /^[0-9a-fA-F]{64}$/;

/**
 * Whether the hex digits of `received` from `start` on (in either case, as
 * {@link SIGNATURE_HEX_DIGITS} admits) spell `expected` (lowercase hex), in time that depends on
 * neither's contents: every digit is compared and the differences are OR-ed, with no early exit.
 * Setting bit 0x20 lowers `A`–`F` and leaves `0`–`9` (whose codes already have it) as they are.
 * Reading the digits in place rather than from a slice of `received` is measurably cheaper.
 */
export function equalHexDigits(expected: string, received: string, start: number): boolean {
  if (received.length - start < expected.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i++) {
    difference |= expected.charCodeAt(i) ^ (received.charCodeAt(start + i) | 0x20);
  }
  return difference === 0;
}

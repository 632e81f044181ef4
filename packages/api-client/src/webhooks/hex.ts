/**
 * @module
 * Lowercase hex for signatures. Decoding validates as it goes, so a signature that is not exactly
 * the expected number of hex digits never reaches the byte comparison.
 */

const digits = '0123456789abcdef';

export function encodeHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += digits[byte >> 4]! + digits[byte & 15]!;
  return out;
}

/** Value of one hex digit (either case), or -1. */
function nibble(code: number): number {
  if (code >= 48 && code <= 57) return code - 48; // 0-9
  const lower = code | 32;
  if (lower >= 97 && lower <= 102) return lower - 87; // a-f, A-F
  return -1;
}

/** Decodes exactly `byteLength` bytes of hex from `text[start..]`, or `undefined` if it is not that. */
export function decodeHex(text: string, start: number, byteLength: number): Uint8Array | undefined {
  if (text.length - start !== byteLength * 2) return undefined;
  const out = new Uint8Array(byteLength);
  for (let i = 0; i < byteLength; i++) {
    const high = nibble(text.charCodeAt(start + 2 * i));
    const low = nibble(text.charCodeAt(start + 2 * i + 1));
    if (high < 0 || low < 0) return undefined;
    out[i] = (high << 4) | low;
  }
  return out;
}

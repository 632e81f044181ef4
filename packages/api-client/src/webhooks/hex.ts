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

/** Value of each ASCII hex digit (either case); -1 for every other code unit below 128. */
const nibbles = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  nibbles[digits.charCodeAt(i)] = i;
  nibbles[digits.toUpperCase().charCodeAt(i)] = i;
}

/** The bytes of the hex digits in `text[start, end)`, or `undefined` if that is not only pairs of them. */
export function decodeHex(text: string, start = 0, end = text.length): Uint8Array | undefined {
  if ((end - start) % 2 !== 0) return undefined;
  const byteLength = (end - start) / 2;
  const out = new Uint8Array(byteLength);
  for (let i = 0, at = start; i < byteLength; i++, at += 2) {
    // Code units of 128 and above fall outside the table and read as undefined.
    const high = nibbles[text.charCodeAt(at)] ?? -1;
    const low = nibbles[text.charCodeAt(at + 1)] ?? -1;
    if ((high | low) < 0) return undefined;
    out[i] = (high << 4) | low;
  }
  return out;
}

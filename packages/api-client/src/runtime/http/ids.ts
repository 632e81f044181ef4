/**
 * @module http/ids
 *
 * Random UUIDs for invocation ids and idempotency tokens, on every runtime: `crypto.randomUUID`
 * where it exists (it is missing on insecure browser origins), else version 4 from
 * `crypto.getRandomValues`.
 */

let webCrypto: Crypto | undefined;

/** A random (version 4) UUID. */
export function randomUuid(): string {
  webCrypto ??= globalThis.crypto;
  if (typeof webCrypto.randomUUID === 'function') return webCrypto.randomUUID();
  const bytes = webCrypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * @module
 * The `X-Signature` header: `sha256=<64 lowercase hex digits>` per active secret, separated by
 * single spaces. Entries of another scheme (`<scheme>=<value>`) are skipped, so a sender can add a
 * new algorithm beside `sha256` without breaking receivers; at least one `sha256` entry is
 * required. Nothing is trimmed: stray whitespace means the header was altered on the way.
 */

import { WebhookVerificationError } from './errors.js';
import { decodeHex, encodeHex } from './hex.js';
import { WEBHOOK_SIGNATURE_HEADER } from './headers.js';

const SCHEME_PREFIX = 'sha256=';
/** Bytes of an HMAC-SHA256. */
export const SIGNATURE_BYTES = 32;
const OTHER_ENTRY = /^[a-z0-9-]+=[\x21-\x7e]+$/;

export function formatSignatureHeader(signatures: readonly Uint8Array[]): string {
  return signatures.map((signature) => SCHEME_PREFIX + encodeHex(signature)).join(' ');
}

function malformed(problem: string): WebhookVerificationError {
  return new WebhookVerificationError({
    code: 'malformed_header',
    reason: 'malformed_header',
    header: WEBHOOK_SIGNATURE_HEADER,
    message: `The ${WEBHOOK_SIGNATURE_HEADER} header is malformed: ${problem}. It must be one or more "sha256=<64 hex digits>" entries separated by single spaces.`,
  });
}

/** The decoded `sha256` signatures of the header, in order. */
export function parseSignatureHeader(value: string): Uint8Array[] {
  const entries = value.split(' ');
  const signatures: Uint8Array[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.startsWith(SCHEME_PREFIX)) {
      const signature = decodeHex(entry, SCHEME_PREFIX.length, SIGNATURE_BYTES);
      if (signature === undefined) {
        throw malformed(
          `entry ${i + 1} has ${entry.length - SCHEME_PREFIX.length} characters after "sha256=" where 64 hex digits belong`,
        );
      }
      signatures.push(signature);
    } else if (!OTHER_ENTRY.test(entry)) {
      throw malformed(
        entry === ''
          ? 'it has leading, trailing or doubled spaces, or is empty'
          : `entry ${i + 1} is not of the form <scheme>=<value>`,
      );
    }
  }
  if (signatures.length === 0) throw malformed('it has no "sha256=" entry');
  return signatures;
}

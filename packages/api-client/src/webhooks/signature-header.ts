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
const SINGLE_ENTRY_LENGTH = SCHEME_PREFIX.length + SIGNATURE_BYTES * 2;

export function formatSignatureHeader(signatures: readonly Uint8Array[]): string {
  return signatures.map((signature) => SCHEME_PREFIX + encodeHex(signature)).join(' ');
}

function malformed(problem: string): WebhookVerificationError {
  return new WebhookVerificationError({
    code: 'malformed_header',
    reason: 'malformed_header',
    headerName: WEBHOOK_SIGNATURE_HEADER,
    message: `The ${WEBHOOK_SIGNATURE_HEADER} header is malformed: ${problem}. It must be one or more "sha256=<64 hex digits>" entries separated by single spaces.`,
  });
}

/** The decoded `sha256` signatures of the header, in order. */
export function parseSignatureHeader(value: string): Uint8Array[] {
  if (value.length === SINGLE_ENTRY_LENGTH && value.startsWith(SCHEME_PREFIX)) {
    // The common case, one secret: skip the scan.
    const signature = decodeHex(value, SCHEME_PREFIX.length, value.length);
    if (signature !== undefined) return [signature];
  }
  const signatures: Uint8Array[] = [];
  // Entry by entry with indexOf rather than split: this runs on every delivery.
  for (let start = 0, entry = 1; start <= value.length; entry++) {
    const space = value.indexOf(' ', start);
    const end = space === -1 ? value.length : space;
    if (value.startsWith(SCHEME_PREFIX, start)) {
      const digits = start + SCHEME_PREFIX.length;
      const signature =
        end - digits === SIGNATURE_BYTES * 2 ? decodeHex(value, digits, end) : undefined;
      if (signature === undefined) {
        throw malformed(
          `entry ${entry} has ${end - start - SCHEME_PREFIX.length} characters after "sha256=" where 64 hex digits belong`,
        );
      }
      signatures.push(signature);
    } else if (!OTHER_ENTRY.test(value.slice(start, end))) {
      throw malformed(
        start === end
          ? 'it has leading, trailing or doubled spaces, or is empty'
          : `entry ${entry} is not of the form <scheme>=<value>`,
      );
    }
    start = end + 1;
  }
  if (signatures.length === 0) throw malformed('it has no "sha256=" entry');
  return signatures;
}

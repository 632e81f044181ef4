/**
 * @module
 * The `X-Signature` header: `sha256=<64 lowercase hex digits>` per active secret, separated by
 * single spaces. Entries of another scheme (`<scheme>=<value>`) are skipped, so a sender can add a
 * new algorithm beside `sha256` without breaking receivers; at least one `sha256` entry is
 * required. Nothing is trimmed: stray whitespace means the header was altered on the way.
 */

import { WebhookVerificationError } from './errors.js';
import { SIGNATURE_HEX_DIGITS } from './hex.js';
import { WEBHOOK_SIGNATURE_HEADER } from './headers.js';

const SCHEME_PREFIX = 'sha256=';
const SINGLE_ENTRY = /^sha256=[0-9a-fA-F]{64}$/;
const OTHER_ENTRY = /^[a-z0-9-]+=[\x21-\x7e]+$/;
const FIRST_ONLY: readonly number[] = [SCHEME_PREFIX.length];

/**
 * The `sha256` signatures of a header: where the 64 hex digits (either case) of each entry start
 * in it, in order. Positions rather than substrings, so the common header costs no allocation.
 */
export interface Signatures {
  readonly header: string;
  readonly starts: readonly number[];
}

/** The header for these signatures, each 64 lowercase hex digits. */
export function formatSignatureHeader(signatures: readonly string[]): string {
  return signatures.map((signature) => SCHEME_PREFIX + signature).join(' ');
}

function malformed(problem: string): WebhookVerificationError {
  return new WebhookVerificationError({
    code: 'malformed_header',
    reason: 'malformed_header',
    headerName: WEBHOOK_SIGNATURE_HEADER,
    message: `The ${WEBHOOK_SIGNATURE_HEADER} header is malformed: ${problem}. It must be one or more "sha256=<64 hex digits>" entries separated by single spaces.`,
  });
}

export function parseSignatureHeader(value: string): Signatures {
  // The common case, one secret: skip the scan (kept apart, so that this stays small to inline).
  return SINGLE_ENTRY.test(value) ? { header: value, starts: FIRST_ONLY } : scanEntries(value);
}

function scanEntries(value: string): Signatures {
  const starts: number[] = [];
  // Entry by entry with indexOf rather than split: this runs on every delivery.
  for (let start = 0, entry = 1; start <= value.length; entry++) {
    const space = value.indexOf(' ', start);
    const end = space === -1 ? value.length : space;
    if (value.startsWith(SCHEME_PREFIX, start)) {
      const digits = start + SCHEME_PREFIX.length;
      if (!SIGNATURE_HEX_DIGITS.test(value.slice(digits, end))) {
        throw malformed(
          `entry ${entry} has ${end - digits} characters after "sha256=" where 64 hex digits belong`,
        );
      }
      starts.push(digits);
    } else if (!OTHER_ENTRY.test(value.slice(start, end))) {
      throw malformed(
        start === end
          ? 'it has leading, trailing or doubled spaces, or is empty'
          : `entry ${entry} is not of the form <scheme>=<value>`,
      );
    }
    start = end + 1;
  }
  if (starts.length === 0) throw malformed('it has no "sha256=" entry');
  return { header: value, starts };
}

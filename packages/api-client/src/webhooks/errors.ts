/**
 * @module
 * The one error a webhook verification fails with. `code` is the stable, coarse contract of
 * DESIGN §3a that partners branch on; `reason` carries the finer distinction (too old vs too new,
 * whitespace in a secret, invalid JSON, …) so that the set of `code`s never has to grow.
 * Configuration mistakes (no secrets, a negative tolerance) are `TypeError`s instead: they are bugs
 * in the receiver, not properties of the delivery.
 */

import type { WebhookHeaderName } from './headers.js';

/** The stable machine codes of DESIGN §3a, in the order the checks run. */
export type WebhookVerificationErrorCode =
  | 'body_not_raw'
  | 'missing_header'
  | 'malformed_header'
  | 'timestamp_out_of_range'
  | 'no_matching_signature'
  | 'invalid_payload';

/**
 * The finer distinction inside a `code`. Each reason belongs to exactly one code:
 *
 * | code | reasons |
 * | --- | --- |
 * | `body_not_raw` | `body_not_raw` (a parsed object, `undefined`, …), `body_already_read` |
 * | `missing_header` | `missing_header` |
 * | `malformed_header` | `malformed_header` |
 * | `timestamp_out_of_range` | `timestamp_too_old`, `timestamp_too_new` |
 * | `no_matching_signature` | `no_matching_signature`, `secret_has_whitespace` |
 * | `invalid_payload` | `invalid_utf8`, `invalid_json`, `not_an_object`, `event_rejected` |
 */
export type WebhookVerificationErrorReason =
  | 'body_not_raw'
  | 'body_already_read'
  | 'missing_header'
  | 'malformed_header'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'no_matching_signature'
  | 'secret_has_whitespace'
  | 'invalid_utf8'
  | 'invalid_json'
  | 'not_an_object'
  | 'event_rejected';

const brand = Symbol.for('@platform/api-client/WebhookVerificationError');

/** Details of a {@link WebhookVerificationError}; `header` only for the header codes. */
export interface WebhookVerificationErrorDetails {
  readonly code: WebhookVerificationErrorCode;
  readonly reason: WebhookVerificationErrorReason;
  readonly message: string;
  readonly header?: WebhookHeaderName;
  readonly cause?: unknown;
}

/**
 * A delivery failed verification. Treat every instance as "reject the request" (answer 400 or
 * 401); branch on `code` for metrics, on `reason` for diagnostics. The message says what was wrong
 * and how to fix it; it never contains a secret or an unvalidated header value.
 */
export class WebhookVerificationError extends Error {
  /** Guard that also recognises instances from another copy of this package or another realm. */
  static is(value: unknown): value is WebhookVerificationError {
    return typeof value === 'object' && value !== null && brand in value;
  }

  override readonly name = 'WebhookVerificationError';
  readonly code: WebhookVerificationErrorCode;
  readonly reason: WebhookVerificationErrorReason;
  /** The header the error is about, for `missing_header` (the first missing) and `malformed_header`. */
  readonly header: WebhookHeaderName | undefined;

  constructor(details: WebhookVerificationErrorDetails) {
    super(details.message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = details.code;
    this.reason = details.reason;
    this.header = details.header;
    Object.defineProperty(this, brand, { value: true });
  }
}

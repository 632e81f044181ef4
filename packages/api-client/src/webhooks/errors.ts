/**
 * @module
 * The one error a webhook verification fails with. `code` is the stable, coarse contract of
 * public names (ARCHITECTURE.md §3.3) that partners branch on; `reason` carries the finer distinction (too old vs too new,
 * whitespace in a secret, invalid JSON, …) so that the set of `code`s never has to grow.
 * Configuration mistakes (no secrets, a negative tolerance) are `TypeError`s instead: they are bugs
 * in the receiver, not properties of the delivery.
 */

import { errorGuard, PlatformError } from '../runtime/errors/platform-error.js';
import type { WebhookHeaderName } from './headers.js';

/** The stable machine codes (ARCHITECTURE.md §3.3), in the order the checks run. */
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
 * | `invalid_payload` | `invalid_utf8`, `invalid_json`, `not_an_object`, `unknown_event_type`, `invalid_event`, `event_rejected` |
 *
 * `unknown_event_type` is a well-formed event of a type this SDK version's model does not have
 * (the API added one): acknowledge it and update the SDK. `invalid_event` is a payload that is not
 * the event its `type` says (a required member missing, a value of the wrong type).
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
  | 'unknown_event_type'
  | 'invalid_event'
  | 'event_rejected';

/** Details of a {@link WebhookVerificationError}; `headerName` only for the header codes. */
export interface WebhookVerificationErrorDetails {
  readonly code: WebhookVerificationErrorCode;
  readonly reason: WebhookVerificationErrorReason;
  readonly message: string;
  readonly headerName?: WebhookHeaderName;
  readonly cause?: unknown;
}

/**
 * A delivery failed verification. Treat every instance as "reject the request" (answer 400 or
 * 401); branch on `code` for metrics, on `reason` for diagnostics. The message says what was wrong
 * and how to fix it; it never contains a secret or an unvalidated header value.
 *
 * A {@link PlatformError} like every SDK error (`instanceof` holds across realms and package
 * copies); it only borrows the base class, so the webhooks entry still loads none of the HTTP
 * client. No HTTP exchange of ours is involved, so `$metadata` is always "no request sent".
 */
export class WebhookVerificationError extends PlatformError {
  static override readonly brand: string = 'WebhookVerificationError';
  declare readonly code: WebhookVerificationErrorCode;
  readonly reason: WebhookVerificationErrorReason;
  /** The header at fault, for `missing_header` (the first missing) and `malformed_header`. */
  readonly headerName: WebhookHeaderName | undefined;

  constructor(details: WebhookVerificationErrorDetails) {
    super(details.code, details.message, { cause: details.cause });
    this.reason = details.reason;
    this.headerName = details.headerName;
  }
}

/** Guard for {@link WebhookVerificationError} that works across realms and package copies. */
export const isWebhookVerificationError = errorGuard<WebhookVerificationError>(
  WebhookVerificationError.brand,
);

/**
 * @module
 * The three delivery headers (ARCHITECTURE.md §4.4): their names, the grammar of the id and timestamp, and
 * reading them case-insensitively from either a Fetch `Headers` or a plain object (Node's
 * `IncomingHttpHeaders`, a framework's header record, a test's literal).
 */

import { WebhookVerificationError } from './errors.js';

/** Unique id of the delivery; stays the same when a delivery is retried, so use it to de-duplicate. */
export const WEBHOOK_ID_HEADER = 'X-Webhook-Id';
/** When the delivery was signed, in unix seconds. */
export const WEBHOOK_TIMESTAMP_HEADER = 'X-Webhook-Timestamp';
/** `sha256=<hex>`, one entry per active signing secret, separated by single spaces. */
export const WEBHOOK_SIGNATURE_HEADER = 'X-Signature';

export type WebhookHeaderName =
  typeof WEBHOOK_ID_HEADER | typeof WEBHOOK_TIMESTAMP_HEADER | typeof WEBHOOK_SIGNATURE_HEADER;

/** The headers {@link signWebhook} produces, ready to pass to `fetch`. */
export type WebhookHeaders = { readonly [name in WebhookHeaderName]: string };

/** Anything with a Fetch-style `get` — `Headers`, or a framework's own. */
export interface HeaderGetter {
  get(name: string): string | null;
}

/** A plain header record in any letter case; a `string[]` value is a header sent more than once. */
export type HeaderRecord = Readonly<Record<string, string | readonly string[] | undefined>>;

/** The headers of a received delivery, as `Headers` or as a plain object in any letter case. */
export type WebhookHeadersInput = HeaderGetter | HeaderRecord;

/** Longest accepted `X-Webhook-Id`; ours are far shorter. */
export const MAX_WEBHOOK_ID_LENGTH = 256;

/**
 * Visible ASCII without `.`: the id is the first field of the signed `{id}.{timestamp}.{body}`,
 * so a dot in it would let two different (id, timestamp, body) triples sign the same bytes.
 */
const WEBHOOK_ID = /^[\x21-\x2d\x2f-\x7e]+$/;
/** Unix seconds, digits only. At most 12 digits, so a millisecond value is refused. */
const WEBHOOK_TIMESTAMP = /^[0-9]{1,12}$/;

export function isWebhookId(value: string): boolean {
  return value.length <= MAX_WEBHOOK_ID_LENGTH && WEBHOOK_ID.test(value);
}

export function isWebhookTimestamp(value: string): boolean {
  return WEBHOOK_TIMESTAMP.test(value);
}

/** The three raw header values, each present exactly once. */
export interface RawWebhookHeaders {
  readonly id: string;
  readonly timestamp: string;
  readonly signature: string;
}

const names: readonly WebhookHeaderName[] = [
  WEBHOOK_ID_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
];
const lowerNames = names.map((name) => name.toLowerCase());

/** Sentinel for a header sent more than once (a `string[]`, or two keys differing in case). */
const REPEATED: unique symbol = Symbol('repeated');
type Found = string | typeof REPEATED | undefined;

/** The three names have different lengths, so a key's length picks the only name it can be. */
const slotByLength = new Map(names.map((name, slot) => [name.length, slot]));

/** Slot of a header name in any letter case, or -1. Runs for every request header, so cheaply. */
function slotOf(key: string): number {
  const slot = slotByLength.get(key.length);
  if (slot === undefined) return -1;
  const lower = lowerNames[slot]!;
  return key === lower || key === names[slot] || key.toLowerCase() === lower ? slot : -1;
}

function fromRecord(record: HeaderRecord): Found[] {
  const found: Found[] = [undefined, undefined, undefined];
  for (const key of Object.keys(record)) {
    const slot = slotOf(key);
    if (slot === -1) continue;
    const value: unknown = record[key];
    if (value === undefined) continue;
    const single = Array.isArray(value) && value.length === 1 ? (value[0] as unknown) : value;
    if (Array.isArray(single) && single.length === 0) continue;
    // A non-string value is malformed; report it through the same path as a repeated header.
    found[slot] = found[slot] === undefined && typeof single === 'string' ? single : REPEATED;
  }
  return found;
}

function fromGetter(headers: HeaderGetter): Found[] {
  return names.map((name) => headers.get(name) ?? undefined);
}

/**
 * Reads the three headers, in the order ARCHITECTURE.md §4.4 checks them: all present first, then each used
 * exactly once. (Their contents are checked by the caller.) A `Headers` joins a repeated header
 * with `", "`, which the grammar of every header refuses, so repetition is caught there.
 */
export function readWebhookHeaders(input: WebhookHeadersInput): RawWebhookHeaders {
  if (typeof input !== 'object' || input === null) throw notHeaders(input);
  const found =
    typeof input.get === 'function'
      ? fromGetter(input as HeaderGetter)
      : fromRecord(input as HeaderRecord);
  const id = found[0];
  const timestamp = found[1];
  const signature = found[2];
  if (typeof id === 'string' && typeof timestamp === 'string' && typeof signature === 'string') {
    return { id, timestamp, signature };
  }
  throw headerProblem(found);
}

function notHeaders(input: unknown): TypeError {
  return new TypeError(
    `headers must be a Headers object or a plain object of request headers, got ${input === null ? 'null' : typeof input}.`,
  );
}

/** What is wrong with headers not all found once. Apart, so that the common path stays small. */
function headerProblem(found: readonly Found[]): WebhookVerificationError {
  const missing = names.filter((_, slot) => found[slot] === undefined);
  if (missing.length > 0) {
    return new WebhookVerificationError({
      code: 'missing_header',
      reason: 'missing_header',
      headerName: missing[0],
      message: `The webhook request has no ${missing.join(', ')} header${missing.length > 1 ? 's' : ''}. Pass every request header to the verifier unchanged (a proxy may have dropped ${missing.length > 1 ? 'them' : 'it'}).`,
    });
  }
  const repeated = names[found.indexOf(REPEATED)]!;
  return new WebhookVerificationError({
    code: 'malformed_header',
    reason: 'malformed_header',
    headerName: repeated,
    message: `The ${repeated} header was sent more than once or is not a string; a delivery carries it exactly once.`,
  });
}

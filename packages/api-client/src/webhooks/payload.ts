/**
 * @module
 * The body of a delivery: first that it is raw (the signature covers the exact bytes sent, and a
 * parsed-then-reserialised object never reproduces them), last that the verified bytes are a JSON
 * object, an event of the model (when a generated check is given) and, optionally, the caller's
 * event type.
 */

import { WebhookVerificationError } from './errors.js';
import type { JsonObject, ParseWebhookEvent } from './event.js';
import type { WebhookCrypto } from './crypto/webhook-crypto.js';
import { describeProblem, type PayloadCheck, type PayloadProblem } from './payload-check.js';

/** The raw request body exactly as received: text, or bytes (`Buffer`, `Uint8Array`, …). */
export type WebhookBody = string | ArrayBuffer | ArrayBufferView;

const RAW_BODY_HINT =
  'Pass the raw request body exactly as received (a string or bytes), before any JSON parser runs: with Express use express.raw({ type: "application/json" }) on this route, with a Fetch Request use await request.text() or verifyWebhookRequest(request, …).';

function describe(body: unknown): string {
  if (body === null || body === undefined) return `no body (${String(body)})`;
  if (typeof body === 'object') return 'an already parsed object';
  return `a ${typeof body}`;
}

/** The body as a string or a byte view, or `body_not_raw`. */
export function rawBody(body: unknown): string | Uint8Array {
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body))
    return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  throw notRaw(body);
}

function notRaw(body: unknown): WebhookVerificationError {
  return new WebhookVerificationError({
    code: 'body_not_raw',
    reason: 'body_not_raw',
    message: `The webhook body is ${describe(body)}, not the raw body. ${RAW_BODY_HINT}`,
  });
}

function invalidPayload(
  reason:
    | 'invalid_utf8'
    | 'invalid_json'
    | 'not_an_object'
    | 'unknown_event_type'
    | 'invalid_event'
    | 'event_rejected',
  problem: string,
  cause?: unknown,
): WebhookVerificationError {
  return new WebhookVerificationError({
    code: 'invalid_payload',
    reason,
    message: `The webhook signature is valid but the payload ${problem}.`,
    cause,
  });
}

function notAnEvent(problem: PayloadProblem): WebhookVerificationError {
  const detail = describeProblem(problem);
  return problem.reason === 'unknown_event_type'
    ? invalidPayload(
        'unknown_event_type',
        `is an event this SDK version does not know (${detail}). Update @platform/api-client to receive it, or verify such deliveries with verifyWebhookSignature and parse the body yourself`,
      )
    : invalidPayload('invalid_event', `is not a valid event of the API: ${detail}`);
}

/**
 * The verified body as a JSON object, then checked against the model by `check` and turned into
 * the caller's type by `parseEvent`, each when given.
 */
export function parsePayload<TEvent>(
  crypto: WebhookCrypto,
  body: string | Uint8Array,
  check: PayloadCheck | undefined,
  parseEvent: ParseWebhookEvent<TEvent> | undefined,
): TEvent {
  const text = typeof body === 'string' ? body : crypto.decodeUtf8(body);
  if (text === undefined) throw invalidPayload('invalid_utf8', 'is not valid UTF-8');
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    throw invalidPayload('invalid_json', 'is not valid JSON', error);
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw invalidPayload('not_an_object', 'is not a JSON object, which every event is');
  }
  if (check !== undefined) {
    let problem: PayloadProblem | undefined;
    try {
      problem = check(payload as JsonObject);
    } catch (error) {
      // A payload nested deeper than the stack along a recursive shape: still a typed refusal.
      throw invalidPayload('invalid_event', 'could not be checked against the model', error);
    }
    if (problem !== undefined) throw notAnEvent(problem);
  }
  if (parseEvent === undefined) return payload as TEvent;
  try {
    return parseEvent(payload as JsonObject);
  } catch (error) {
    throw invalidPayload('event_rejected', 'was rejected by parseEvent', error);
  }
}

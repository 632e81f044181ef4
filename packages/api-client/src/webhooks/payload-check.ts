/**
 * @module
 * The contract between the payload checks generated from the model (`webhook-payloads.ts` of each
 * API version) and the verifier, and the few helpers those checks call. A check walks the parsed
 * payload along the model's event structure once — required members present, each value of its
 * model type — and returns `undefined` for an event, or the first problem: where it is and what
 * was expected there. A problem is built only on failure, so a valid payload costs a pass of
 * `typeof` tests over what `JSON.parse` has just built.
 *
 * Constraints (lengths, patterns, enum values) are not checked: the API may add an enum value
 * or relax a constraint without a new major, and a receiver must not start refusing deliveries
 * when it does. An event type the SDK does not know is a problem of its own, `unknown_event_type`.
 */
import type { JsonObject } from './event.js';

/** Where a payload departs from the model, as a check reports it. */
export interface PayloadProblem {
  /** `unknown_event_type` for a `type` the SDK's model has no event for, else `invalid_event`. */
  readonly reason: 'unknown_event_type' | 'invalid_event';
  /** Keys from the payload down to the value at fault (`['data', 'order', 'orderId']`). */
  readonly path: readonly (string | number)[];
  /** What the model wants there: `a string`, `an object`, … */
  readonly expected: string;
  /** What was there (absent: `undefined`). */
  readonly found: unknown;
}

/** A generated check of one API version's events. */
export type PayloadCheck = (payload: JsonObject) => PayloadProblem | undefined;

/** A JSON object (what a structure, union or map is on the wire). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value here is not `expected`. */
export function mismatch(expected: string, found: unknown): PayloadProblem {
  return { reason: 'invalid_event', path: [], expected, found };
}

/** `problem`, found under `key` of the value the caller checks. */
export function at(problem: PayloadProblem, key: string | number): PayloadProblem {
  return { ...problem, path: [key, ...problem.path] };
}

/** The payload's `type` names no event of the model. */
export function unknownEventType(type: unknown, known: readonly string[]): PayloadProblem {
  return {
    reason: typeof type === 'string' ? 'unknown_event_type' : 'invalid_event',
    path: ['type'],
    expected: known.length === 0 ? 'an event type' : `one of ${known.join(', ')}`,
    found: type,
  };
}

function pathText(path: readonly (string | number)[]): string {
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      if (/^[A-Za-z_$][\w$]*$/.test(key)) return i === 0 ? key : `.${key}`;
      return `[${JSON.stringify(key)}]`;
    })
    .join('');
}

/**
 * What kind of value was found. Never the value itself (payloads carry personal data, and the
 * message ends up in logs), except a short event type, which names the event.
 */
function foundText(value: unknown, isType: boolean): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string' && isType && value.length <= 64) return JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** `data.order.orderId is missing (a string is required)`, `data.order.total must be an object, not a string`. */
export function describeProblem(problem: PayloadProblem): string {
  const where = problem.path.length === 0 ? 'the payload' : pathText(problem.path);
  const isType = problem.path.length === 1 && problem.path[0] === 'type';
  return problem.found === undefined
    ? `${where} is missing (${problem.expected} is required)`
    : `${where} must be ${problem.expected}, not ${foundText(problem.found, isType)}`;
}

/**
 * @module Fault injection rules: what to break (latency, a 5xx, a 401 on a valid token, a 429,
 * a dropped connection, malformed JSON, an OAuth error), for which requests (token endpoint or
 * API, operation, version, method, path) and how many times. Rules come from the admin
 * endpoint, from `startSandbox().faults`, or, for one request, from the `x-sandbox-fault` header.
 */
import { OAUTH_ERROR_CODES } from '../oauth/oauth-error.js';
import type { OAuthErrorCode } from '../oauth/oauth-error.js';

/** The request header that injects faults into that one request. */
export const FAULT_HEADER = 'x-sandbox-fault';

export type FaultKind =
  'latency' | 'error' | 'unauthorized' | 'rate-limit' | 'drop' | 'malformed-json' | 'oauth-error';

export const FAULT_KINDS: readonly FaultKind[] = [
  'latency',
  'error',
  'unauthorized',
  'rate-limit',
  'drop',
  'malformed-json',
  'oauth-error',
];

/** What happens to a request a rule catches. */
export interface FaultSpec {
  readonly kind: FaultKind;
  /** `error`: the 5xx status (500, 502, 503 or 504; default 503). */
  readonly status?: number;
  /** `latency`: milliseconds added before the request is handled normally (default 1000). */
  readonly delayMs?: number;
  /** `rate-limit`: the `Retry-After` in seconds (default 1). */
  readonly retryAfterSeconds?: number;
  /** `oauth-error` (token endpoint only): the RFC 6749 error code to answer with. */
  readonly error?: OAuthErrorCode;
  /**
   * `before` (default): the request is not handled. `after` (`error`, `drop`, `malformed-json`):
   * it is handled, then its answer is replaced, as when a response is lost after the server
   * acted (an idempotency key must then make the retry safe).
   */
  readonly when?: 'before' | 'after';
}

/** Which requests a rule catches; every field given must match. */
export interface FaultMatch {
  /** `token`: the token endpoint; `api`: API operations. Default: both. */
  readonly target?: 'token' | 'api';
  /** The model's operation name, e.g. `GetOrder`. */
  readonly operation?: string;
  /** The API major, e.g. 2. */
  readonly version?: number;
  readonly method?: string;
  /** The exact request path, e.g. `/v2/orders/ord_1`. */
  readonly path?: string;
}

export interface FaultRuleInput extends FaultSpec, FaultMatch {
  /** How many matching requests it breaks (default 1); `null` until it is removed. */
  readonly times?: number | null;
}

export interface FaultRule extends FaultRuleInput {
  readonly id: string;
  /** Requests still to break; `null`: unlimited. */
  remaining: number | null;
  /** Requests it has broken so far. */
  hits: number;
}

/** The request as fault matching sees it. */
export interface FaultTarget {
  readonly target: 'token' | 'api';
  readonly operation?: string;
  readonly version?: number;
  readonly method: string;
  readonly path: string;
}

const ERROR_STATUSES = [500, 502, 503, 504];

/** A rule the sandbox cannot apply; the admin endpoint answers it with 400 and this message. */
export class FaultRuleError extends Error {
  override readonly name = 'FaultRuleError';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalNumber(input: Record<string, unknown>, key: string, min: number, max: number) {
  const value = input[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new FaultRuleError(`"${key}" must be an integer from ${min} to ${max}.`);
  }
  return value;
}

function optionalString(input: Record<string, unknown>, key: string) {
  const value = input[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') {
    throw new FaultRuleError(`"${key}" must be a non-empty string.`);
  }
  return value;
}

/** Checks a rule given as JSON (admin endpoint) or options; says what is wrong and how to fix it. */
export function parseFaultRule(input: unknown): FaultRuleInput {
  if (!isRecord(input)) throw new FaultRuleError('A fault rule is a JSON object.');
  const known = new Set([
    'kind',
    'status',
    'delayMs',
    'retryAfterSeconds',
    'error',
    'when',
    'target',
    'operation',
    'version',
    'method',
    'path',
    'times',
  ]);
  const unknown = Object.keys(input).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw new FaultRuleError(
      `Unknown fault rule field(s): ${unknown.join(', ')}. Known: ${[...known].join(', ')}.`,
    );
  }
  const kind = input['kind'];
  if (typeof kind !== 'string' || !FAULT_KINDS.includes(kind as FaultKind)) {
    throw new FaultRuleError(`"kind" must be one of ${FAULT_KINDS.join(', ')}.`);
  }
  const target = input['target'];
  if (target !== undefined && target !== 'token' && target !== 'api') {
    throw new FaultRuleError('"target" must be "token" or "api" (or absent for both).');
  }
  const status = optionalNumber(input, 'status', 100, 599);
  if (kind === 'error' && status !== undefined && !ERROR_STATUSES.includes(status)) {
    throw new FaultRuleError(`An "error" fault's "status" is one of ${ERROR_STATUSES.join(', ')}.`);
  }
  const error = input['error'];
  if (kind === 'oauth-error') {
    if (target !== 'token') {
      throw new FaultRuleError('An "oauth-error" fault needs "target": "token".');
    }
    if (typeof error !== 'string' || !OAUTH_ERROR_CODES.includes(error as OAuthErrorCode)) {
      throw new FaultRuleError(`"error" must be one of ${OAUTH_ERROR_CODES.join(', ')}.`);
    }
  } else if (error !== undefined) {
    throw new FaultRuleError('"error" only applies to an "oauth-error" fault.');
  }
  const when = input['when'];
  if (when !== undefined && when !== 'before' && when !== 'after') {
    throw new FaultRuleError('"when" must be "before" or "after".');
  }
  if (when === 'after' && !['error', 'drop', 'malformed-json'].includes(kind)) {
    throw new FaultRuleError('"when": "after" applies to error, drop and malformed-json faults.');
  }
  const times = input['times'];
  if (times !== undefined && times !== null) optionalNumber(input, 'times', 1, 1_000_000);
  const method = optionalString(input, 'method');
  return stripUndefined({
    kind: kind as FaultKind,
    status,
    delayMs: optionalNumber(input, 'delayMs', 0, 600_000),
    retryAfterSeconds: optionalNumber(input, 'retryAfterSeconds', 0, 86_400),
    error: error as OAuthErrorCode | undefined,
    when,
    target,
    operation: optionalString(input, 'operation'),
    version: optionalNumber(input, 'version', 1, 1000),
    method: method?.toUpperCase(),
    path: optionalString(input, 'path'),
    times: times as number | null | undefined,
  });
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Parses the `x-sandbox-fault` header: comma-separated faults, each a kind with optional
 * `; name=value` parameters, e.g. `latency; delayMs=200, error; status=502`.
 */
export function parseFaultHeader(value: string): FaultRuleInput[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [kind = '', ...params] = part.split(';').map((p) => p.trim());
      const rule: Record<string, unknown> = { kind };
      for (const param of params) {
        const eq = param.indexOf('=');
        if (eq <= 0) throw new FaultRuleError(`Fault parameter "${param}" is not name=value.`);
        const name = param.slice(0, eq).trim();
        const raw = param.slice(eq + 1).trim();
        rule[name] = /^-?\d+$/.test(raw) ? Number(raw) : raw;
      }
      return parseFaultRule(rule);
    });
}

export function matches(rule: FaultMatch, request: FaultTarget): boolean {
  return (
    (rule.target === undefined || rule.target === request.target) &&
    (rule.operation === undefined || rule.operation === request.operation) &&
    (rule.version === undefined || rule.version === request.version) &&
    (rule.method === undefined || rule.method === request.method) &&
    (rule.path === undefined || rule.path === request.path)
  );
}

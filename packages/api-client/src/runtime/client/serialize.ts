/**
 * @module client/serialize
 *
 * Input → HTTP request, following an operation's restJson1 binding: labels percent-encoded into
 * the path so that no value can change it, query parameters, headers and the JSON body.
 */
import type { HttpRequest, QueryParameterBag } from '../smithy-types.js';
import type { CheckedUrl } from '../config/url-safety.js';
import { InvalidInputError } from '../errors/usage-errors.js';
import { encodeRfc3986 } from '../http/transport.js';
import type { MemberKind, Operation, ScalarKind } from './operation.js';

type Input = Readonly<Record<string, unknown>>;

/** Whether a value is of a kind, and how the kind reads in a message. */
const KINDS: Readonly<Record<ScalarKind, readonly [(value: unknown) => boolean, string]>> = {
  string: [(value) => typeof value === 'string', 'a string'],
  integer: [(value) => Number.isSafeInteger(value), 'a whole number'],
  number: [(value) => typeof value === 'number', 'a number'],
  boolean: [(value) => typeof value === 'boolean', 'a boolean'],
  timestamp: [
    (value) =>
      typeof value === 'string' || (value instanceof Date && !Number.isNaN(value.getTime())),
    'a valid Date or an RFC 3339 date-time string',
  ],
};

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'an invalid Date';
  return value === null ? 'null' : `a ${typeof value}`;
}

/** Refuses a value that is not of the member's model kind (values are never echoed). */
function checkKind(operation: Operation, member: string, kind: MemberKind, value: unknown): void {
  const list = kind.endsWith('[]');
  const [accepts, name] = KINDS[(list ? kind.slice(0, -2) : kind) as ScalarKind];
  if (list ? Array.isArray(value) && value.every(accepts) : accepts(value)) return;
  const want = list ? `a list of values that are each ${name}` : name;
  throw new InvalidInputError(
    operation.name,
    member,
    `must be ${want} (got ${describeValue(value)}).`,
  );
}

/** Checks every label, query and header member present in `input` against its kind. */
function checkKinds(operation: Operation, input: Input): void {
  const kinds = operation.kinds;
  for (const member in kinds) {
    const value = input[member];
    if (value !== undefined && value !== null) {
      checkKind(operation, member, kinds[member] as MemberKind, value);
    }
  }
}

/** A scalar as text: ISO 8601 for dates in paths and queries, IMF-fixdate in headers. */
function scalar(operation: Operation, member: string, value: unknown, inHeader: boolean): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'bigint':
    case 'boolean':
      return String(value);
    default:
      if (value instanceof Date && !Number.isNaN(value.getTime())) {
        return inHeader ? value.toUTCString() : value.toISOString();
      }
      throw new InvalidInputError(
        operation.name,
        member,
        `must be a string, number, boolean or valid Date (got ${typeof value}).`,
      );
  }
}

/**
 * A path label: percent-encoded (RFC 3986, so `/`, `?`, `#` and `%` cannot escape the segment),
 * and never empty, `.` or `..`, which URL parsers would resolve into another path.
 */
function label(operation: Operation, member: string, value: unknown): string {
  if (value === undefined || value === null) {
    throw new InvalidInputError(operation.name, member, 'is required (it is part of the path).');
  }
  const text = scalar(operation, member, value, false);
  if (text === '' || text === '.' || text === '..') {
    throw new InvalidInputError(
      operation.name,
      member,
      `cannot be "${text}": it would change the request path.`,
    );
  }
  return encodeRfc3986(text);
}

/** Builds the request for `input`; `headers` are the client's fixed headers. */
export function serializeRequest(
  operation: Operation,
  input: Input,
  baseUrl: CheckedUrl,
  headers: Record<string, string>,
): HttpRequest {
  for (const member of operation.required ?? []) {
    if (input[member] === undefined || input[member] === null) {
      throw new InvalidInputError(operation.name, member, 'is required.');
    }
  }
  checkKinds(operation, input);
  const parts = operation.pathParts;
  let path = baseUrl.path + parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const member = parts[i] as string;
    path += label(operation, member, input[member]) + parts[i + 1];
  }
  let query: QueryParameterBag | undefined;
  for (const member in operation.query) {
    const value = input[member];
    if (value === undefined || value === null) continue;
    query ??= {};
    query[operation.query[member] as string] = Array.isArray(value)
      ? value.map((item) => scalar(operation, member, item, false))
      : scalar(operation, member, value, false);
  }
  for (const member in operation.headers) {
    const value = input[member];
    if (value === undefined || value === null) continue;
    headers[operation.headers[member] as string] = Array.isArray(value)
      ? value.map((item) => scalar(operation, member, item, true)).join(', ')
      : scalar(operation, member, value, true);
  }
  let body: string | undefined;
  if (operation.payload !== undefined) {
    const value = input[operation.payload];
    if (value !== undefined) body = JSON.stringify(value);
  } else if (operation.body !== undefined) {
    const json: Record<string, unknown> = {};
    for (const member in operation.body) {
      const value = input[member];
      if (value !== undefined) json[operation.body[member] as string] = value;
    }
    body = JSON.stringify(operation.serializeBody ? operation.serializeBody(json) : json);
  }
  if (body !== undefined) headers['content-type'] = 'application/json';
  return {
    method: operation.method,
    protocol: baseUrl.protocol,
    hostname: baseUrl.hostname,
    port: baseUrl.port,
    path,
    query,
    headers,
    body,
  };
}

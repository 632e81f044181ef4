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
import type { Operation } from './operation.js';

type Input = Readonly<Record<string, unknown>>;

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

/**
 * @module client/deserialize
 *
 * HTTP response → output, or → the error class it stands for: a modeled error found by the
 * body's `code`, or the runtime's own class for a 401, a 429 and a retired version.
 */
import { ApiVersionGoneError, AuthenticationError, RateLimitError } from '../errors/http-errors.js';
import type { PlatformResponseMetadata } from '../errors/platform-error.js';
import { ServiceError, type ServiceErrorClass } from '../errors/service-error.js';
import { insufficientScopeChallenge } from '../http/bearer-challenge.js';
import type { Exchanged } from '../http/exchange.js';
import type { Operation } from './operation.js';
import { VERSION_RETIRED_ERROR_CODE, type ServiceDescriptor } from './service.js';

const MAX_MESSAGE_LENGTH = 500;

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The output of a successful response, with `$metadata`. */
export function deserializeOutput(
  operation: Operation,
  response: Exchanged,
  metadata: PlatformResponseMetadata,
  call: { describe(): string },
): Record<string, unknown> {
  const bindings = operation.output;
  const output: Record<string, unknown> = {};
  if (bindings?.payload !== undefined || bindings?.body !== undefined) {
    let json: unknown;
    try {
      json = response.text === '' ? undefined : (JSON.parse(response.text) as unknown);
    } catch (error) {
      throw new ServiceError({
        message: `${call.describe()} answered ${response.status} with a body that is not JSON.`,
        code: 'InvalidResponseError',
        $metadata: metadata,
        headers: response.headers,
        cause: error,
      });
    }
    if (operation.deserializeBody) json = operation.deserializeBody(json);
    if (bindings.payload !== undefined) {
      if (json !== undefined) output[bindings.payload] = json;
    } else if (typeof json === 'object' && json !== null) {
      const source = json as Record<string, unknown>;
      for (const member in bindings.body) {
        const value = source[bindings.body[member] as string];
        if (value !== undefined) output[member] = value;
      }
    }
  }
  for (const member in bindings?.headers) {
    const value = response.headers[bindings.headers[member] as string];
    if (value !== undefined) output[member] = value;
  }
  if (bindings?.status !== undefined) output[bindings.status] = response.status;
  output.$metadata = metadata;
  return output;
}

function extendsClass(child: ServiceErrorClass, parent: ServiceErrorClass): boolean {
  return child === parent || Object.prototype.isPrototypeOf.call(parent.prototype, child.prototype);
}

function statusClass(status: number, code: string | undefined): ServiceErrorClass {
  if (status === 401) return AuthenticationError;
  if (status === 429) return RateLimitError;
  if (status === 410 && code === VERSION_RETIRED_ERROR_CODE) return ApiVersionGoneError;
  return ServiceError;
}

/** What the error for an error response needs besides the response. */
export interface ErrorContext {
  readonly operation: Operation;
  readonly service: ServiceDescriptor;
  readonly describe: () => string;
  readonly metadata: PlatformResponseMetadata;
  readonly retryAfterMs: number | undefined;
}

/**
 * The error for an error response. The class registered for the body's `code` is used when it
 * fits the status (a 401 must be an `AuthenticationError`, a 429 a `RateLimitError`, a retired
 * version an `ApiVersionGoneError`, or a modeled subclass of them); otherwise the status decides.
 */
export function deserializeError(response: Exchanged, context: ErrorContext): ServiceError {
  const { status } = response;
  const body = parseJson(response.text);
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const code = typeof fields.code === 'string' ? fields.code : undefined;
  const fallback = statusClass(status, code);
  const modeled = code === undefined ? undefined : context.service.errors.get(code);
  const errorClass = modeled !== undefined && extendsClass(modeled, fallback) ? modeled : fallback;
  const serverMessage =
    typeof fields.message === 'string' ? fields.message.slice(0, MAX_MESSAGE_LENGTH) : undefined;
  let message = `${context.describe()} failed with ${status}${code === undefined ? '' : ` ${code}`}`;
  if (serverMessage !== undefined) message += `: ${serverMessage}`;
  const requiredScopes =
    status === 403 ? insufficientScopeChallenge(response.headers['www-authenticate']) : undefined;
  if (requiredScopes !== undefined) {
    message += ` (${context.operation.name} requires the scopes ${requiredScopes.join(', ')}; the access token lacks ${missingScopes(fields.missingScopes, requiredScopes).join(', ')}: the application must be granted them, and the scopes option, if you pass it, must include them)`;
  } else if (status === 403 && context.operation.scopes?.length) {
    message += ` (${context.operation.name} requires the scopes ${context.operation.scopes.join(', ')})`;
  }
  const successorMajor = context.service.successorMajor;
  if (extendsClass(errorClass, ApiVersionGoneError)) {
    message +=
      successorMajor === undefined
        ? '. This API version is retired.'
        : `. This API version is retired; upgrade to @platform/api-client@${successorMajor} (or import from "@platform/api-client/v${successorMajor}").`;
  }
  if (context.metadata.requestId !== undefined)
    message += ` [request id ${context.metadata.requestId}]`;
  return new errorClass({
    message,
    code,
    $metadata: context.metadata,
    headers: response.headers,
    body,
    retryAfterMs: context.retryAfterMs,
    successorMajor,
    requiredScopes,
  });
}

/** The body's `missingScopes` when it is a list of names, else every scope the challenge named. */
function missingScopes(fromBody: unknown, required: readonly string[]): readonly string[] {
  return Array.isArray(fromBody) &&
    fromBody.length > 0 &&
    fromBody.every((s) => typeof s === 'string')
    ? (fromBody as string[])
    : required;
}

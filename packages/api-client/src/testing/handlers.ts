/**
 * @module msw handlers for every operation of an API version and the OAuth token endpoint:
 * example responses from the model, typed per-test overrides, and modeled error scenarios.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  operationData,
  operationsOf,
  type ApiMajor,
  type OperationData,
  type OperationErrorName,
  type OperationName,
  type OperationOutput,
} from './data.js';
import { createFixture, type DeepPartial } from './fixtures.js';

/** Answer an operation with a modeled error instead of its output. */
export interface ErrorScenario<ErrorName extends string = string> {
  /** One of the errors the operation models, e.g. `NotFoundError`, `RateLimitedError`. */
  readonly error: ErrorName;
  /** Extra body fields (merged over `{ code, message, requestId }` or the model's example). */
  readonly body?: Readonly<Record<string, unknown>>;
  /** Seconds for `Retry-After` on 429 (default 1). */
  readonly retryAfterSeconds?: number;
}

/** One answer of an operation: its output (deep-merged over the model's example) or an error. */
export type OperationResponse<V extends ApiMajor, Op extends OperationName<V>> =
  DeepPartial<OperationOutput<V, Op>> | ErrorScenario<OperationErrorName<V, Op>>;

/**
 * How an operation answers: one response for every request, or a sequence — the n-th request
 * gets the n-th response and the last one repeats, so `[{ error: 'InternalError' }, {}]` fails
 * once and then answers with the example (the usual retry test).
 */
export type OperationOverride<V extends ApiMajor, Op extends OperationName<V>> =
  OperationResponse<V, Op> | readonly [OperationResponse<V, Op>, ...OperationResponse<V, Op>[]];

export type PlatformOverrides<V extends ApiMajor> = {
  readonly [Op in OperationName<V>]?: OperationOverride<V, Op>;
};

export interface PlatformHandlersOptions<V extends ApiMajor> {
  readonly version: V;
  /** Origin the client calls, e.g. `https://api-sandbox.example.gov`; default: any origin. */
  readonly baseUrl?: string;
  readonly overrides?: PlatformOverrides<V>;
}

let counter = 0;
function requestId(): string {
  counter += 1;
  return `req_test_${counter.toString(36).padStart(6, '0')}`;
}

function isErrorScenario(value: unknown): value is ErrorScenario {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorScenario).error === 'string'
  );
}

function origin(baseUrl: string | undefined): string {
  return baseUrl === undefined ? '*' : baseUrl.replace(/\/+$/, '');
}

/** Smithy `{label}` / `{greedy+}` to msw `:label` / `*`. */
function mswPath(uri: string): string {
  return (uri.split('?')[0] ?? uri).replace(/\{[^}]+\+\}/g, '*').replace(/\{([^}]+)\}/g, ':$1');
}

/** The modeled error `scenario` names, or a `TypeError` listing the ones the operation has. */
function modeledError(
  version: ApiMajor,
  operation: string,
  op: OperationData,
  scenario: ErrorScenario,
): OperationData['errors'][string] {
  const modeled = Object.hasOwn(op.errors, scenario.error) ? op.errors[scenario.error] : undefined;
  if (!modeled) {
    throw new TypeError(
      `${operation} (v${version}) cannot return ${String(scenario.error)}; modeled errors: ${Object.keys(op.errors).join(', ')}`,
    );
  }
  return modeled;
}

/** The response of a modeled error of `operation`, with the status and body the API sends. */
export function errorResponse(
  version: ApiMajor,
  operation: string,
  scenario: ErrorScenario,
): HttpResponse<string> {
  const op = operationData(version, operation);
  const modeled = modeledError(version, operation, op, scenario);
  const id = requestId();
  const base =
    typeof modeled.example === 'object' && modeled.example !== null
      ? (modeled.example as Record<string, unknown>)
      : { code: scenario.error, message: `${scenario.error} from the testing kit.` };
  const body = { ...base, requestId: id, ...scenario.body };
  const headers: Record<string, string> = { 'x-request-id': id };
  if (modeled.status === 429) headers['retry-after'] = String(scenario.retryAfterSeconds ?? 1);
  return HttpResponse.json(body, {
    status: modeled.status,
    headers,
  }) as unknown as HttpResponse<string>;
}

/** One msw handler per operation of `version`, answering with the example (or override). */
export function createPlatformHandlers<V extends ApiMajor>(
  options: PlatformHandlersOptions<V>,
): HttpHandler[] {
  const { version } = options;
  const ops = operationsOf(version);
  // Checked here, so a mistake fails the test at once rather than as a 500 after retries.
  const sequences = new Map<string, readonly unknown[]>();
  for (const [name, override] of Object.entries(options.overrides ?? {})) {
    const op = operationData(version, name);
    const sequence: readonly unknown[] = Array.isArray(override) ? override : [override];
    if (sequence.length === 0) {
      throw new TypeError(
        `${name} (v${version}): an override sequence needs at least one response`,
      );
    }
    for (const response of sequence) {
      if (isErrorScenario(response)) modeledError(version, name, op, response);
    }
    sequences.set(name, sequence);
  }
  return Object.entries(ops).map(([name, op]) => {
    const method = op.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    const sequence = sequences.get(name) ?? [undefined];
    let served = 0;
    return http[method](`${origin(options.baseUrl)}${mswPath(op.path)}`, () => {
      const override = sequence[Math.min(served, sequence.length - 1)];
      served += 1;
      if (isErrorScenario(override)) return errorResponse(version, name, override);
      const body = createFixture(version, name as OperationName<V>, override as never);
      const headers = { 'x-request-id': requestId() };
      return op.status === 204
        ? new HttpResponse(null, { status: 204, headers })
        : HttpResponse.json(body as Record<string, unknown>, { status: op.status, headers });
    });
  });
}

export interface TokenHandlerOptions {
  /** Origin of the token host; default: any origin. */
  readonly baseUrl?: string;
  readonly accessToken?: string;
  readonly expiresInSeconds?: number;
  /** Answer with an OAuth error (`invalid_client` → 401) instead of a token. */
  readonly error?: 'invalid_client' | 'invalid_scope' | 'invalid_request';
}

/** `POST /oauth/token` (client credentials): a bearer token, or an OAuth error on demand. */
export function createTokenHandler(options: TokenHandlerOptions = {}): HttpHandler {
  return http.post(`${origin(options.baseUrl)}/oauth/token`, () => {
    if (options.error) {
      return HttpResponse.json(
        { error: options.error, error_description: `${options.error} from the testing kit.` },
        { status: options.error === 'invalid_client' ? 401 : 400 },
      );
    }
    return HttpResponse.json({
      access_token: options.accessToken ?? 'test-access-token',
      token_type: 'Bearer',
      expires_in: options.expiresInSeconds ?? 900,
    });
  });
}

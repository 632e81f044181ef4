/**
 * @module msw handlers for every operation of an API version and the OAuth token endpoint:
 * example responses from the model, typed per-test overrides, and modeled error scenarios.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  operationData,
  operationsOf,
  type ApiMajor,
  type OperationName,
  type OperationOutput,
} from './data.js';
import { createFixture, type DeepPartial } from './fixtures.js';

/** Answer an operation with a modeled error instead of its output. */
export interface ErrorScenario {
  /** The error shape name, e.g. `NotFoundError`, `RateLimitedError`. */
  readonly error: string;
  /** Extra body fields (merged over `{ code, message, requestId }` or the model's example). */
  readonly body?: Readonly<Record<string, unknown>>;
  /** Seconds for `Retry-After` on 429 (default 1). */
  readonly retryAfterSeconds?: number;
}

export type OperationOverride<V extends ApiMajor, Op extends OperationName<V>> =
  DeepPartial<OperationOutput<V, Op>> | ErrorScenario;

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

/** The response of a modeled error of `operation`, with the status and body the API sends. */
export function errorResponse(
  version: ApiMajor,
  operation: string,
  scenario: ErrorScenario,
): HttpResponse<string> {
  const op = operationData(version, operation);
  const modeled = op.errors[scenario.error];
  if (!modeled) {
    throw new TypeError(
      `${operation} (v${version}) cannot return ${scenario.error}; modeled errors: ${Object.keys(op.errors).join(', ')}`,
    );
  }
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
  const overrides = (options.overrides ?? {}) as Readonly<Record<string, unknown>>;
  const ops = operationsOf(version);
  for (const name of Object.keys(overrides)) operationData(version, name);
  return Object.entries(ops).map(([name, op]) => {
    const method = op.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    return http[method](`${origin(options.baseUrl)}${mswPath(op.path)}`, () => {
      const override = overrides[name];
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

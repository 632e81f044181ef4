import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import {
  AbortError,
  ApiVersionGoneError,
  AuthenticationError,
  ConfigurationError,
  ConnectionError,
  OAuthError,
  PlatformError,
  RateLimitError,
  ServiceError,
  TimeoutError,
  isAbortError,
  isApiVersionGoneError,
  isAuthenticationError,
  isConnectionError,
  isOAuthError,
  isPlatformError,
  isRateLimitError,
  isServiceError,
  isTimeoutError,
} from '../../src/runtime/index.js';
import { createErrorRegistry } from '../../src/runtime/internal.js';
import { NotFoundError, UnauthorizedError, isNotFoundError } from './support/orders.js';
import { leaks, observe, observedCount } from './support/privacy.js';

const metadata = { httpStatusCode: 429, requestId: 'req-1', attempts: 3, totalRetryDelay: 1500 };

function serviceInit(extra: object = {}) {
  return {
    message: 'GetOrder (GET https://api.example.gov/v2/orders/1) failed with 429',
    $metadata: metadata,
    headers: { 'x-request-id': 'req-1', 'set-cookie': 'session=abc', 'retry-after': '2' },
    ...extra,
  };
}

/** The runtime bundled and evaluated in another realm: a second copy of every class. */
async function foreignRuntime(): Promise<Record<string, new (...args: never[]) => Error>> {
  const result = await build({
    entryPoints: [new URL('../../src/runtime/index.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    globalName: 'runtime',
    platform: 'neutral',
    write: false,
    logLevel: 'error',
  });
  const context = { TextEncoder, TextDecoder, URL, URLSearchParams, AbortController };
  runInNewContext(result.outputFiles[0]?.text ?? '', context);
  return (context as unknown as { runtime: Record<string, new (...args: never[]) => Error> })
    .runtime;
}

describe('PlatformError', () => {
  it('carries code, $metadata, status, request id, headers without cookies, and cause', () => {
    const cause = new Error('socket hang up');
    const error = observe(new RateLimitError({ ...serviceInit(), retryAfterMs: 2000, cause }));
    expect(error).toBeInstanceOf(PlatformError);
    expect(error.code).toBe('RateLimitError');
    expect(error.name).toBe('RateLimitError');
    expect(error.$metadata).toEqual(metadata);
    expect(error.status).toBe(429);
    expect(error.requestId).toBe('req-1');
    expect(error.headers).toEqual({ 'x-request-id': 'req-1', 'retry-after': '2' });
    expect(error.cause).toBe(cause);
    expect(error.retryAfterMs).toBe(2000);
    expect(error.$fault).toBe('client');
  });

  it('gives errors that never reached the server empty metadata', () => {
    const error = new ConfigurationError('clientId', 'is missing.');
    expect(error.$metadata).toEqual({ attempts: 0, totalRetryDelay: 0 });
    expect(error.status).toBeUndefined();
    expect(error.message).toBe('clientId: is missing.');
    expect(error.option).toBe('clientId');
  });

  it('uses the class code for the runtime classes and the wire code for an unmodeled error', () => {
    expect(new AuthenticationError(serviceInit({ code: 'Whatever' })).code).toBe(
      'AuthenticationError',
    );
    expect(new ServiceError(serviceInit({ code: 'BrandNewError' })).code).toBe('BrandNewError');
    expect(new ServiceError(serviceInit()).code).toBe('ServiceError');
    expect(new TimeoutError('slow', 50).code).toBe('TimeoutError');
    expect(new OAuthError('no', 'invalid_client', 'bad secret').code).toBe('OAuthError');
  });

  it('marks 5xx errors as server faults', () => {
    const error = new ServiceError(
      serviceInit({ $metadata: { ...metadata, httpStatusCode: 503 } }),
    );
    expect(error.$fault).toBe('server');
  });

  it('copies only the declared members of a modeled error from the body', () => {
    const error = new NotFoundError(
      serviceInit({
        code: 'NotFoundError',
        body: { code: 'NotFoundError', resourceId: 'ord_9', name: 'x', $metadata: 1 },
      }),
    );
    expect(error.resourceId).toBe('ord_9');
    expect(error.name).toBe('NotFoundError');
    expect(error.$metadata).toEqual(metadata);
    expect(error.code).toBe('NotFoundError');
  });
});

describe('guards and instanceof', () => {
  const cases: [string, () => Error, ((value: unknown) => boolean)[]][] = [
    [
      'AuthenticationError',
      () => new AuthenticationError(serviceInit()),
      [isPlatformError, isServiceError, isAuthenticationError],
    ],
    [
      'RateLimitError',
      () => new RateLimitError(serviceInit()),
      [isPlatformError, isServiceError, isRateLimitError],
    ],
    [
      'ApiVersionGoneError',
      () => new ApiVersionGoneError(serviceInit()),
      [isPlatformError, isServiceError, isApiVersionGoneError],
    ],
    ['TimeoutError', () => new TimeoutError('slow', 5), [isPlatformError, isTimeoutError]],
    ['AbortError', () => new AbortError('stop'), [isPlatformError, isAbortError]],
    ['ConnectionError', () => new ConnectionError('refused'), [isPlatformError, isConnectionError]],
    [
      'OAuthError',
      () => new OAuthError('no', 'invalid_client', undefined),
      [isPlatformError, isOAuthError],
    ],
  ];
  const allGuards = [
    isPlatformError,
    isServiceError,
    isAuthenticationError,
    isRateLimitError,
    isApiVersionGoneError,
    isTimeoutError,
    isAbortError,
    isConnectionError,
    isOAuthError,
  ];

  it.each(cases)('%s passes exactly its own guards', (_name, make, own) => {
    const error = make();
    for (const guard of allGuards) expect(guard(error), guard.name).toBe(own.includes(guard));
  });

  it('rejects non-errors and look-alikes', () => {
    for (const value of [
      undefined,
      null,
      'RateLimitError',
      { code: 'RateLimitError' },
      new Error('x'),
    ]) {
      expect(isPlatformError(value)).toBe(false);
      expect(value instanceof PlatformError).toBe(false);
    }
  });

  it('lets a modeled 401 be an AuthenticationError and keeps modeled classes apart', () => {
    const error = new UnauthorizedError(serviceInit({ code: 'UnauthorizedError' }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(isAuthenticationError(error)).toBe(true);
    expect(error).not.toBeInstanceOf(NotFoundError);
    expect(isNotFoundError(new NotFoundError(serviceInit()))).toBe(true);
    expect(isNotFoundError(error)).toBe(false);
  });

  it('works across realms and across a second copy of the package', async () => {
    const foreign = await foreignRuntime();
    const ForeignRateLimit = foreign.RateLimitError as unknown as typeof RateLimitError;
    const ForeignTimeout = foreign.TimeoutError as unknown as typeof TimeoutError;
    expect(ForeignRateLimit).not.toBe(RateLimitError);
    const limited = new ForeignRateLimit(serviceInit());
    expect(limited instanceof Error).toBe(false);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect(limited).toBeInstanceOf(ServiceError);
    expect(limited).toBeInstanceOf(PlatformError);
    expect(limited).not.toBeInstanceOf(TimeoutError);
    expect(isRateLimitError(limited)).toBe(true);
    expect(isTimeoutError(new ForeignTimeout('slow', 1))).toBe(true);
    expect(new RateLimitError(serviceInit())).toBeInstanceOf(ForeignRateLimit);
  });
});

describe('createErrorRegistry', () => {
  it('maps wire codes to classes', () => {
    const registry = createErrorRegistry([NotFoundError, UnauthorizedError]);
    expect(registry.get('NotFoundError')).toBe(NotFoundError);
    expect(registry.get('UnauthorizedError')).toBe(UnauthorizedError);
  });

  it('refuses a class without a code and a duplicate code', () => {
    expect(() => createErrorRegistry([ServiceError])).toThrow(/needs a unique static code/);
    expect(() => createErrorRegistry([NotFoundError, NotFoundError])).toThrow(
      /needs a unique static code/,
    );
  });
});

afterAll(() => {
  expect(observedCount()).toBeGreaterThan(0);
  expect(leaks()).toEqual([]);
});

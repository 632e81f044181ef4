/**
 * The runtime declares the `@smithy/types` interfaces it uses itself (so that its declarations
 * need no `@types/node`); these checks, run by `tsc` (npm run typecheck), keep the copies
 * interchangeable with Smithy's in both directions.
 */
import { FetchHttpHandler } from '@smithy/fetch-http-handler';
import type * as Smithy from '@smithy/types';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type {
  HttpHandlerOptions,
  HttpRequest,
  HttpResponse,
  HttpTransport,
  Logger,
  PlatformClientOptions,
  ResponseMetadata,
  TokenIdentityProvider,
} from '../../src/runtime/index.js';

describe('Smithy interfaces', () => {
  it('take Smithy implementations as they are', () => {
    expectTypeOf<Smithy.Logger>().toExtend<Logger>();
    expectTypeOf<Smithy.TokenIdentityProvider>().toExtend<TokenIdentityProvider>();
    expectTypeOf<FetchHttpHandler>().toExtend<HttpTransport>();
    const options: PlatformClientOptions = { requestHandler: new FetchHttpHandler() };
    expect(options.requestHandler).toBeInstanceOf(FetchHttpHandler);
  });

  it('hand Smithy code values it accepts', () => {
    expectTypeOf<Logger>().toExtend<Smithy.Logger>();
    expectTypeOf<TokenIdentityProvider>().toExtend<Smithy.TokenIdentityProvider>();
    expectTypeOf<HttpRequest>().toExtend<Smithy.HttpRequest>();
    expectTypeOf<HttpResponse>().toExtend<Smithy.HttpResponse>();
    expectTypeOf<HttpHandlerOptions>().toExtend<Smithy.HttpHandlerOptions>();
    expectTypeOf<ResponseMetadata>().toEqualTypeOf<Smithy.ResponseMetadata>();
  });

  it('accept a logger whose methods take a message string, as Smithy’s does', () => {
    const logger = {
      debug: (message: string) => void message,
      info: (message: string) => void message,
      warn: (message: string) => void message,
      error: (message: string) => void message,
    };
    expectTypeOf(logger).toExtend<Logger>();
  });
});

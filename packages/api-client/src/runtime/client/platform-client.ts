/**
 * @module client/platform-client
 *
 * The bare client every generated service client extends: resolves and checks the options at
 * construction, wires the token source, token manager, transport and retry policy together,
 * and sends commands of its own API version.
 *
 * ```ts
 * export class CommercialClient extends PlatformClient<CommercialEnvironment, 'v2'> {
 *   constructor(options?: PlatformClientOptions<CommercialEnvironment>) {
 *     super(commercialService, options);
 *   }
 * }
 * ```
 */
import type {
  CallOptions,
  PlatformClientOptions,
  ResolvedClientConfig,
} from '../config/client-options.js';
import { resolveClientConfig } from '../config/resolve-config.js';
import {
  detectRuntimeEnvironment,
  type RuntimeEnvironment,
} from '../config/runtime-environment.js';
import { ClientCredentialsSource } from '../credentials/client-credentials.js';
import { ApiVersionMismatchError } from '../errors/usage-errors.js';
import { customTokenSource } from '../credentials/custom-provider.js';
import { TokenManager } from '../credentials/token-manager.js';
import type { PlatformResponseMetadata } from '../errors/platform-error.js';
import { systemClock, type Clock } from '../http/clock.js';
import { DeprecationNotices } from '../http/deprecation.js';
import { DEFAULT_RETRY_POLICY } from '../http/retry-policy.js';
import type { ApiVersionLabel } from './api-version.js';
import type { PlatformCommand } from './command.js';
import { invoke, type Pipeline } from './invoke.js';
import type { ServiceDescriptor } from './service.js';

/** What `send` resolves to: the output plus the call's metadata (a Smithy `MetadataBearer`). */
export type CommandOutput<Output extends object> = Output & {
  $metadata: PlatformResponseMetadata;
};

/**
 * Replacements for the host's time, randomness and environment. Tests use them to run
 * backoff and token lifetimes without waiting; applications never need them.
 * @internal
 */
export interface ClientInternals {
  readonly clock?: Clock;
  readonly random?: () => number;
  readonly runtime?: RuntimeEnvironment;
}

/**
 * A client of one service of one API version; see the module documentation. `Version` is the
 * API version whose commands `send` accepts.
 */
export class PlatformClient<
  Env extends string = string,
  Version extends ApiVersionLabel = ApiVersionLabel,
> {
  /** The resolved configuration (it holds no secret). */
  readonly config: ResolvedClientConfig;
  readonly #pipeline: Pipeline;
  readonly #close: () => void;

  /** @internal Generated clients pass their service; partners construct those clients. */
  constructor(
    service: ServiceDescriptor<Env, Version>,
    options: PlatformClientOptions<Env> = {},
    internals: ClientInternals = {},
  ) {
    const settings = resolveClientConfig(
      service,
      options,
      internals.runtime ?? detectRuntimeEnvironment(),
    );
    const { config, logger } = settings;
    const clock = internals.clock ?? systemClock;
    const random = internals.random ?? Math.random;
    const { transport } = settings;
    const policy = Object.freeze({ ...DEFAULT_RETRY_POLICY, maxRetries: config.maxRetries });
    let source;
    if (settings.credentials !== undefined) {
      source = customTokenSource(settings.credentials, clock);
    } else {
      source = new ClientCredentialsSource({
        tokenUrl: settings.tokenUrl as NonNullable<typeof settings.tokenUrl>,
        clientId: config.clientId as string,
        clientSecret: settings.clientSecret as NonNullable<typeof settings.clientSecret>,
        scopes: config.scopes,
        authentication: config.clientAuthentication,
        userAgent: config.userAgent,
        transport,
        policy,
        clock,
        random,
        tokenCache: settings.tokenCache,
        logger,
      });
    }
    this.config = config;
    this.#close = () => {
      if (source instanceof ClientCredentialsSource) source.close();
      transport.destroy?.();
    };
    this.#pipeline = {
      service,
      baseUrl: settings.baseUrl,
      transport,
      tokens: new TokenManager(source, clock, logger),
      policy,
      timeoutMs: config.timeoutMs,
      clock,
      random,
      logger,
      notices: new DeprecationNotices(),
      userAgent: config.userAgent,
    };
  }

  /**
   * Sends `command`; resolves to its output with `$metadata`, or rejects with a `PlatformError`.
   * A command of another API version rejects with `ApiVersionMismatchError`, and nothing is sent.
   */
  send<Input extends object, Output extends object>(
    command: PlatformCommand<Input, Output, Version>,
    options?: CallOptions,
  ): Promise<CommandOutput<Output>> {
    const { service } = this.#pipeline;
    const { operation } = command;
    if (operation.apiVersion !== service.apiVersion) {
      return Promise.reject(
        new ApiVersionMismatchError(
          service.name,
          service.apiVersion,
          operation.name,
          String(operation.apiVersion),
        ),
      );
    }
    return invoke(this.#pipeline, operation, command.input, options) as Promise<
      CommandOutput<Output>
    >;
  }

  /** Stops token requests in flight and releases the transport. */
  destroy(): void {
    this.#close();
  }
}

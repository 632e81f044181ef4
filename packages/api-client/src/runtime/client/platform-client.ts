/**
 * @module client/platform-client
 *
 * The bare client every generated service client extends: resolves and checks the options at
 * construction, wires the token source, token manager, transport and retry policy together,
 * and sends commands.
 *
 * ```ts
 * export class CommercialClient extends PlatformClient<CommercialEnvironment> {
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
import { customTokenSource } from '../credentials/custom-provider.js';
import { TokenManager } from '../credentials/token-manager.js';
import type { PlatformResponseMetadata } from '../errors/platform-error.js';
import { systemClock, type Clock } from '../http/clock.js';
import { DeprecationNotices } from '../http/deprecation.js';
import { DEFAULT_RETRY_POLICY } from '../http/retry-policy.js';
import { FetchTransport, type HttpTransport } from '../http/transport.js';
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

/** A client of one service; see the module documentation. */
export class PlatformClient<Env extends string = string> {
  /** The resolved configuration (it holds no secret). */
  readonly config: ResolvedClientConfig;
  readonly #pipeline: Pipeline;
  readonly #close: () => void;

  /** @internal Generated clients pass their service; partners construct those clients. */
  constructor(
    service: ServiceDescriptor<Env>,
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
    const transport: HttpTransport = settings.requestHandler ?? new FetchTransport();
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

  /** Sends `command`; resolves to its output with `$metadata`, or rejects with a `PlatformError`. */
  send<Input extends object, Output extends object>(
    command: PlatformCommand<Input, Output>,
    options?: CallOptions,
  ): Promise<CommandOutput<Output>> {
    return invoke(this.#pipeline, command.operation, command.input, options) as Promise<
      CommandOutput<Output>
    >;
  }

  /** Stops token requests in flight and releases the transport. */
  destroy(): void {
    this.#close();
  }
}

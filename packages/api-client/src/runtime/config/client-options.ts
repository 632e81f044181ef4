/**
 * @module config/client-options
 *
 * The options every generated client takes (public names, ARCHITECTURE.md §3.3), and the configuration a client
 * exposes once they are resolved — without its secret.
 */
import type { Logger, TokenIdentityProvider } from '../smithy-types.js';
import type { ClientSecret } from '../credentials/client-credentials.js';
import type { TokenCache } from '../credentials/token-cache.js';
import type { ClientAuthenticationMethod } from '../credentials/token-request.js';
import type { HttpTransport } from '../http/transport.js';

/** Options of a client. `Env` is the union of the service's environment names. */
export interface PlatformClientOptions<Env extends string = string> {
  /** OAuth client id. Read from `PLATFORM_CLIENT_ID` when absent. */
  clientId?: string;
  /**
   * OAuth client secret, or a function called for it whenever a new token is needed (rotation
   * without restart). Read from `PLATFORM_CLIENT_SECRET` when absent. Refused in a browser
   * unless `allowClientSecretInBrowser` is set.
   */
  clientSecret?: ClientSecret;
  /** Scopes to request. @default every scope the service's operations require */
  scopes?: readonly string[];
  /** Which environment's hosts to use. Read from `PLATFORM_ENVIRONMENT` when absent. @default 'prod' */
  environment?: Env;
  /** Overrides the environment's API base URL (https, or http to loopback only). */
  baseUrl?: string;
  /** Overrides the environment's token URL (https, or http to loopback only). */
  tokenUrl?: string;
  /** Retries after the first attempt. @default 2 */
  maxRetries?: number;
  /** Time allowed per attempt, overridable per call. @default 60_000 */
  timeoutMs?: number;
  /** Receives debug lines (secrets redacted) and deprecation warnings. @default none (silent) */
  logger?: Logger;
  /** Your own token provider (a token broker) instead of `clientId` / `clientSecret`. */
  credentials?: TokenIdentityProvider;
  /** Shares tokens between clients (see `InMemoryTokenCache`). @default one token per client */
  tokenCache?: TokenCache;
  /** Client authentication at the token endpoint. @default 'client_secret_basic' */
  clientAuthentication?: ClientAuthenticationMethod;
  /**
   * Accept a client secret in a browser page. Only for pages nobody else can open: anyone who
   * can load the page can read the secret. @default false
   */
  allowClientSecretInBrowser?: boolean;
  /**
   * The HTTP transport: `new FetchTransport()`, `new NodeHttpTransport()`, or any Smithy request
   * handler (such as `FetchHttpHandler`).
   * @default a `NodeHttpTransport` on Node.js ≥ 20.16, a `FetchTransport` elsewhere (Bun, Deno, browsers, edge runtimes, older Node)
   */
  requestHandler?: HttpTransport;
}

/** Per-call options, the second argument of `send` and of every aggregated method. */
export interface CallOptions {
  /** Cancels the call: it settles at once, during any wait, and nothing more is sent. */
  abortSignal?: AbortSignal;
  /** Time allowed per attempt of this call. @default the client's `timeoutMs` */
  timeoutMs?: number;
}

/** Which transport a client sends through: `node:http`, `fetch`, or a partner's own handler. */
export type TransportKind = 'node:http' | 'fetch' | 'custom';

/** A client's resolved configuration. It holds no secret. */
export interface ResolvedClientConfig {
  /** Service name, e.g. `Commercial`. */
  readonly service: string;
  /** The environment whose hosts are used (overridden hosts notwithstanding). */
  readonly environment: string;
  readonly baseUrl: string;
  /** Token URL, `undefined` with a custom `credentials` provider. */
  readonly tokenUrl: string | undefined;
  /** Client id, `undefined` with a custom `credentials` provider. */
  readonly clientId: string | undefined;
  readonly scopes: readonly string[];
  readonly maxRetries: number;
  readonly timeoutMs: number;
  readonly clientAuthentication: ClientAuthenticationMethod;
  readonly userAgent: string;
  /** The transport in use (see the `requestHandler` option). */
  readonly transport: TransportKind;
}

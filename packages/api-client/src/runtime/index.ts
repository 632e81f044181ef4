/**
 * @module runtime
 *
 * The partner-facing surface of the hand-written runtime: the names partners import, name in
 * their own types or read as documented behaviour (errors, client options, defaults, the token
 * cache, the transport, pagination types). Every version entry re-exports exactly this list, and
 * the API snapshot and the SDK reference cover it; what only generated code needs lives in
 * `internal.ts` instead, so it can change without a breaking release. Every name is listed here
 * (no `export *`).
 */
export {
  ATTEMPT_HEADER,
  DEFAULT_CLIENT_AUTHENTICATION,
  DEFAULT_ENVIRONMENT,
  DEFAULT_INITIAL_RETRY_DELAY_MS,
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_RETRY_DELAY_MS,
  DEFAULT_RETRY_JITTER,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_TOKEN_LIFETIME_MS,
  ENV_CLIENT_ID,
  ENV_CLIENT_SECRET,
  ENV_ENVIRONMENT,
  INVOCATION_ID_HEADER,
  MAX_RETRY_AFTER_MS,
  MAX_TOKEN_RESPONSE_BYTES,
  REQUEST_ID_HEADER,
  RETRYABLE_STATUS_CODES,
  TOKEN_REQUEST_TIMEOUT_MS,
} from './defaults.js';

export {
  PlatformError,
  isPlatformError,
  type PlatformErrorOptions,
  type PlatformResponseMetadata,
} from './errors/platform-error.js';
export { ServiceError, isServiceError, type ServiceErrorInit } from './errors/service-error.js';
export {
  ApiVersionGoneError,
  AuthenticationError,
  RateLimitError,
  isApiVersionGoneError,
  isAuthenticationError,
  isRateLimitError,
} from './errors/http-errors.js';
export {
  AbortError,
  ConnectionError,
  TimeoutError,
  isAbortError,
  isConnectionError,
  isTimeoutError,
} from './errors/transport-errors.js';
export { OAuthError, isOAuthError, type OAuthErrorCode } from './errors/oauth-error.js';
export {
  ApiVersionMismatchError,
  ConfigurationError,
  InvalidInputError,
  isApiVersionMismatchError,
  isConfigurationError,
  isInvalidInputError,
} from './errors/usage-errors.js';

export type {
  HttpHandlerOptions,
  HttpRequest,
  HttpResponse,
  Logger,
  QueryParameterBag,
  RequestHandlerOutput,
  ResponseMetadata,
  TokenIdentity,
  TokenIdentityProvider,
} from './smithy-types.js';
export type { EnvironmentPreset, EnvironmentTable } from './config/environments.js';
export type {
  CallOptions,
  PlatformClientOptions,
  ResolvedClientConfig,
  TransportKind,
} from './config/client-options.js';

// Exported under another name: `ClientSecret` is a model shape (an application's secret).
export type { ClientSecret as ClientSecretSource } from './credentials/client-credentials.js';
export type { ClientAuthenticationMethod } from './credentials/token-request.js';
export {
  InMemoryTokenCache,
  tokenCacheKey,
  type CachedToken,
  type SecretKeyMaterial,
  type TokenCache,
  type TokenCacheKeyParts,
  type TokenCacheRequest,
} from './credentials/token-cache.js';

export {
  FetchTransport,
  type FetchTransportOptions,
  type HttpTransport,
} from './http/transport.js';
export { NodeHttpTransport } from './http/node-transport.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './http/retry-policy.js';

export { PlatformCommand } from './client/command.js';
export type { ApiVersionLabel } from './client/api-version.js';
export { PlatformClient, type CommandOutput } from './client/platform-client.js';
export type { CommandSender, PaginationConfiguration } from './client/paginate.js';

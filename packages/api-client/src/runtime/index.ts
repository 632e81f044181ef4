/**
 * @module runtime
 *
 * The hand-written runtime of `@platform/api-client`: what generated clients are built on and
 * what the package re-exports. Every public name is listed here (no `export *`).
 */
export {
  ATTEMPT_HEADER,
  BACKGROUND_REFRESH_MIN_MARGIN_MS,
  BACKGROUND_REFRESH_RETRY_DELAY_MS,
  BLOCKING_REFRESH_MAX_MARGIN_MS,
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
  errorGuard,
  isPlatformError,
  type PlatformErrorOptions,
  type PlatformResponseMetadata,
} from './errors/platform-error.js';
export {
  ServiceError,
  createErrorRegistry,
  isServiceError,
  type ErrorRegistry,
  type ServiceErrorClass,
  type ServiceErrorInit,
} from './errors/service-error.js';
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
  ConfigurationError,
  InvalidInputError,
  isConfigurationError,
  isInvalidInputError,
} from './errors/usage-errors.js';

export type { EnvironmentPreset, EnvironmentTable } from './config/environments.js';
export type {
  CallOptions,
  PlatformClientOptions,
  ResolvedClientConfig,
} from './config/client-options.js';

// Exported under another name: `ClientSecret` is a model shape (an application's secret).
export type { ClientSecret as ClientSecretSource } from './credentials/client-credentials.js';
export type { ClientAuthenticationMethod } from './credentials/token-request.js';
export {
  InMemoryTokenCache,
  tokenCacheKey,
  type CachedToken,
  type TokenCache,
  type TokenCacheKeyParts,
  type TokenCacheRequest,
} from './credentials/token-cache.js';

export {
  FetchTransport,
  type FetchTransportOptions,
  type HttpTransport,
} from './http/transport.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './http/retry-policy.js';
export type { Clock } from './http/clock.js';

export {
  defineOperation,
  type HttpMethod as OperationHttpMethod,
  type MemberBindings,
  type MemberKind,
  type Operation,
  type PathParts,
  type OperationSpec,
  type OutputBindings,
  type PaginationSpec,
  type ScalarKind,
} from './client/operation.js';
export { PlatformCommand } from './client/command.js';
export { VERSION_RETIRED_ERROR_CODE, type ServiceDescriptor } from './client/service.js';
export {
  PlatformClient,
  type ClientInternals,
  type CommandOutput,
} from './client/platform-client.js';
export {
  paginate,
  paginateItems,
  type CommandClass,
  type CommandSender,
  type PaginationConfiguration,
} from './client/paginate.js';

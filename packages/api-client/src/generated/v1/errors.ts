// @platform/codegen generated code: do not edit. Change model/ and run `npm run generate`.
import {
  ApiVersionGoneError,
  AuthenticationError,
  RateLimitError,
  ServiceError,
  errorGuard,
} from '../../runtime/index.js';
import type { AbsoluteUrl, ApiVersion, ConflictReason, DateTime, FieldErrorList, ForbiddenReason, ResourceType, RetryAfterSeconds, ScopeList } from './models.js';

/**
 * The API version in the request path has passed its sunset date and no longer answers.
 * Move to the successor version (the SDK major of the same number).
 * HTTP status 410.
 */
export class ApiVersionRetiredError extends ApiVersionGoneError {
  static override readonly brand: string = 'example.platform#ApiVersionRetiredError';
  static override readonly code: string | undefined = 'ApiVersionRetiredError';
  static override readonly members: readonly string[] = ['retiredVersion', 'successorVersion', 'retiredAt', 'migrationGuideUrl'];
  /**
   * The retired version, for example `v1`.
   */
  declare readonly retiredVersion?: ApiVersion;
  /**
   * The version that replaces it, for example `v2`.
   */
  declare readonly successorVersion?: ApiVersion;
  /**
   * When the version was retired.
   */
  declare readonly retiredAt?: DateTime;
  /**
   * Guide for moving to the successor version.
   */
  declare readonly migrationGuideUrl?: AbsoluteUrl;
}

/** True for a {@link ApiVersionRetiredError}, also across realms. */
export const isApiVersionRetiredError = errorGuard<ApiVersionRetiredError>(ApiVersionRetiredError.brand);

/**
 * The request conflicts with the current state of a resource or with an earlier request.
 * Sending it again unchanged fails the same way until that state changes.
 * HTTP status 409.
 */
export class ConflictError extends ServiceError {
  static override readonly brand: string = 'example.platform#ConflictError';
  static override readonly code: string | undefined = 'ConflictError';
  static override readonly members: readonly string[] = ['reason'];
  /**
   * Which conflict occurred.
   */
  declare readonly reason?: ConflictReason;
}

/** True for a {@link ConflictError}, also across realms. */
export const isConflictError = errorGuard<ConflictError>(ConflictError.brand);

/**
 * The caller is authenticated but may not perform this operation.
 * HTTP status 403.
 */
export class ForbiddenError extends ServiceError {
  static override readonly brand: string = 'example.platform#ForbiddenError';
  static override readonly code: string | undefined = 'ForbiddenError';
  static override readonly members: readonly string[] = ['reason', 'missingScopes'];
  /**
   * Why the call was refused.
   */
  declare readonly reason?: ForbiddenReason;
  /**
   * With reason `insufficient_scope`: the scopes the operation requires that the access token
   * does not carry. Ask for them when requesting the token (they must have been granted to
   * the application).
   */
  declare readonly missingScopes?: ScopeList;
}

/** True for a {@link ForbiddenError}, also across realms. */
export const isForbiddenError = errorGuard<ForbiddenError>(ForbiddenError.brand);

/**
 * The resource existed but has been deleted for good; it will not come back. Distinct from
 * `ApiVersionRetiredError`, which is also a `410` but concerns the whole API version.
 * HTTP status 410.
 */
export class GoneError extends ServiceError {
  static override readonly brand: string = 'example.platform#GoneError';
  static override readonly code: string | undefined = 'GoneError';
  static override readonly members: readonly string[] = ['resourceType', 'resourceId', 'deletedAt'];
  /**
   * Kind of resource that is gone.
   */
  declare readonly resourceType?: ResourceType;
  /**
   * The identifier that was looked up, as sent.
   */
  declare readonly resourceId?: string;
  /**
   * When the resource was deleted, if known.
   */
  declare readonly deletedAt?: DateTime;
}

/** True for a {@link GoneError}, also across realms. */
export const isGoneError = errorGuard<GoneError>(GoneError.brand);

/**
 * The API failed unexpectedly. Retrying is safe for idempotent operations and for requests
 * with an `Idempotency-Key`; if it persists, contact support with the `requestId`.
 * HTTP status 500.
 */
export class InternalError extends ServiceError {
  static override readonly brand: string = 'example.platform#InternalError';
  static override readonly code: string | undefined = 'InternalError';
  static override readonly members: readonly string[] = [];
}

/** True for a {@link InternalError}, also across realms. */
export const isInternalError = errorGuard<InternalError>(InternalError.brand);

/**
 * The resource does not exist, or it belongs to another partner (the API does not reveal
 * which).
 * HTTP status 404.
 */
export class NotFoundError extends ServiceError {
  static override readonly brand: string = 'example.platform#NotFoundError';
  static override readonly code: string | undefined = 'NotFoundError';
  static override readonly members: readonly string[] = ['resourceType', 'resourceId'];
  /**
   * Kind of resource that was not found, for example `order`.
   */
  declare readonly resourceType?: ResourceType;
  /**
   * The identifier that was looked up, as sent.
   */
  declare readonly resourceId?: string;
}

/** True for a {@link NotFoundError}, also across realms. */
export const isNotFoundError = errorGuard<NotFoundError>(NotFoundError.brand);

/**
 * The application sent more requests than its rate limit allows. Wait `retryAfterSeconds`
 * before sending again.
 * HTTP status 429.
 */
export class RateLimitedError extends RateLimitError {
  static override readonly brand: string = 'example.platform#RateLimitedError';
  static override readonly code: string | undefined = 'RateLimitedError';
  static override readonly members: readonly string[] = ['retryAfterSeconds'];
  /**
   * Seconds to wait before the next request, from the `Retry-After` header (always
   * delta-seconds, never an HTTP date).
   */
  declare readonly retryAfterSeconds?: RetryAfterSeconds;
}

/** True for a {@link RateLimitedError}, also across realms. */
export const isRateLimitedError = errorGuard<RateLimitedError>(RateLimitedError.brand);

/**
 * The API is temporarily unavailable (maintenance or overload). Retry later, after
 * `retryAfterSeconds` when present.
 * HTTP status 503.
 */
export class ServiceUnavailableError extends ServiceError {
  static override readonly brand: string = 'example.platform#ServiceUnavailableError';
  static override readonly code: string | undefined = 'ServiceUnavailableError';
  static override readonly members: readonly string[] = ['retryAfterSeconds'];
  /**
   * Seconds to wait before retrying, from the `Retry-After` header, when the API knows.
   */
  declare readonly retryAfterSeconds?: RetryAfterSeconds;
}

/** True for a {@link ServiceUnavailableError}, also across realms. */
export const isServiceUnavailableError = errorGuard<ServiceUnavailableError>(ServiceUnavailableError.brand);

/**
 * The request carries no access token, or one that is malformed, expired or revoked. Get a new
 * token from the token endpoint and send the request again once; a second 401 means the
 * client credentials themselves are wrong or revoked.
 * HTTP status 401.
 */
export class UnauthorizedError extends AuthenticationError {
  static override readonly brand: string = 'example.platform#UnauthorizedError';
  static override readonly code: string | undefined = 'UnauthorizedError';
  static override readonly members: readonly string[] = [];
}

/** True for a {@link UnauthorizedError}, also across realms. */
export const isUnauthorizedError = errorGuard<UnauthorizedError>(UnauthorizedError.brand);

/**
 * The request is malformed or breaks a constraint of the model: a missing required member, a
 * value out of range, an unknown enum value, a pattern mismatch, an invalid or expired page
 * token, or a body that is not valid JSON. Fix the request before sending it again; retrying
 * it unchanged fails the same way.
 * HTTP status 400.
 */
export class ValidationError extends ServiceError {
  static override readonly brand: string = 'example.platform#ValidationError';
  static override readonly code: string | undefined = 'ValidationError';
  static override readonly members: readonly string[] = ['fieldErrors'];
  /**
   * One entry per offending input member. Empty when the problem is not tied to a member
   * (for example, a body that is not JSON).
   */
  declare readonly fieldErrors?: FieldErrorList;
}

/** True for a {@link ValidationError}, also across realms. */
export const isValidationError = errorGuard<ValidationError>(ValidationError.brand);

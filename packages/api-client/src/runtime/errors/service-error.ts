/**
 * @module errors/service-error
 *
 * Errors answered by the API as an HTTP error response, and the registry through which
 * generated code hands its modeled error classes to the runtime.
 */
import {
  PlatformError,
  errorGuard,
  type PlatformErrorOptions,
  type PlatformResponseMetadata,
} from './platform-error.js';

/** Everything the runtime knows about an error response; passed to every service error class. */
export interface ServiceErrorInit extends PlatformErrorOptions {
  /** The finished message: operation, method, URL, status, code and the server's message. */
  message: string;
  /** `code` of the JSON error body, when it had one. */
  code?: string;
  $metadata: PlatformResponseMetadata;
  headers: Readonly<Record<string, string>>;
  /** The parsed JSON error body (`undefined` when it was not JSON). */
  body?: unknown;
  /** Milliseconds the server asked to wait (`retry-after-ms` / `Retry-After`), if it did. */
  retryAfterMs?: number;
  /** SDK major that serves the successor API version (for a retired version). */
  successorMajor?: number;
  /** Scopes named by a 403's `WWW-Authenticate: Bearer error="insufficient_scope"` challenge. */
  requiredScopes?: readonly string[];
}

/**
 * The constructor shape of every service error class, modeled or not.
 * @internal
 */
export interface ServiceErrorClass {
  new (init: ServiceErrorInit): ServiceError;
  readonly brand: string;
  /** Wire `code` this class stands for (modeled errors: the shape name). */
  readonly code?: string;
  /** Members of the error shape copied from the JSON body onto the instance. */
  readonly members?: readonly string[];
  readonly prototype: ServiceError;
}

/**
 * An error response from the API. Modeled errors extend it (or {@link AuthenticationError},
 * {@link RateLimitError} or {@link ApiVersionGoneError} for 401, 429 and a retired version), set
 * `static readonly brand` to their shape id, `static readonly code` to the wire code and
 * `static readonly members` to the members to copy from the body.
 */
export class ServiceError extends PlatformError {
  static override readonly brand: string = 'ServiceError';
  static readonly code?: string;
  static readonly members?: readonly string[];

  /** `client` for a 4xx, `server` for a 5xx. */
  readonly $fault: 'client' | 'server';
  /**
   * On a 403 whose `WWW-Authenticate` challenge is `insufficient_scope` (RFC 6750 §3.1): the
   * scopes the operation requires. The token lacked at least one of them: the application must
   * be granted them, and a `scopes` option, if given, must include them.
   */
  readonly requiredScopes: readonly string[] | undefined;

  constructor(init: ServiceErrorInit) {
    const ctor = new.target as unknown as ServiceErrorClass;
    super(ctor.code ?? init.code ?? 'ServiceError', init.message, init);
    const status = init.$metadata.httpStatusCode ?? 0;
    this.$fault = status >= 500 ? 'server' : 'client';
    this.requiredScopes = init.requiredScopes;
    const body = init.body;
    if (ctor.members !== undefined && typeof body === 'object' && body !== null) {
      for (const member of ctor.members) {
        const value = (body as Record<string, unknown>)[member];
        if (value !== undefined) Object.defineProperty(this, member, { value, enumerable: true });
      }
    }
  }
}

/** True for every error response of the API. */
export const isServiceError = errorGuard<ServiceError>(ServiceError.brand);

/**
 * Wire `code` → modeled error class, as generated for one service.
 * @internal
 */
export type ErrorRegistry = ReadonlyMap<string, ServiceErrorClass>;

/**
 * Builds the registry of modeled error classes from the generated list. Each class must carry
 * a static `code`; a duplicate code is a generator bug and throws.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function createErrorRegistry(classes: readonly ServiceErrorClass[]): ErrorRegistry {
  const registry = new Map<string, ServiceErrorClass>();
  for (const errorClass of classes) {
    const code = errorClass.code;
    if (code === undefined || registry.has(code)) {
      throw new TypeError(`createErrorRegistry: ${errorClass.brand} needs a unique static code.`);
    }
    registry.set(code, errorClass);
  }
  return registry;
}

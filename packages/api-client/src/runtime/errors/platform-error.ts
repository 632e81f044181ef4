/**
 * @module errors/platform-error
 *
 * The base class of every error the SDK throws, the metadata every error carries, and the brand
 * that makes `instanceof` and the `isX` guards work across realms and across duplicate copies of
 * the package (ESM next to CJS, or the `/v1` and `/v2` entry points bundled separately).
 */
import type { ResponseMetadata } from '../smithy-types.js';

/** What the SDK knows about the HTTP exchange that ended in this error or output. */
export interface PlatformResponseMetadata extends ResponseMetadata {
  /** Status of the last HTTP response, absent when no response arrived. */
  httpStatusCode?: number;
  /** `x-request-id` of the last response: quote it to support. */
  requestId?: string;
  /** Attempts sent for this call, including a re-send after a 401. */
  attempts: number;
  /** Milliseconds spent waiting between attempts. */
  totalRetryDelay: number;
}

/** Options common to every {@link PlatformError}. */
export interface PlatformErrorOptions {
  /** The HTTP context; defaults to "no request sent". */
  $metadata?: PlatformResponseMetadata;
  /** Response headers of the last response (cookies removed). */
  headers?: Readonly<Record<string, string>>;
  /** The underlying error, if any. */
  cause?: unknown;
}

const KINDS = Symbol.for('@platform/api-client.error-kinds');
const NO_REQUEST: PlatformResponseMetadata = Object.freeze({ attempts: 0, totalRetryDelay: 0 });

interface Branded {
  readonly brand?: string;
}

function brandsOf(ctor: unknown): string[] {
  const brands: string[] = [];
  for (let c = ctor; typeof c === 'function'; c = Object.getPrototypeOf(c)) {
    if (Object.hasOwn(c, 'brand')) brands.push((c as Branded).brand as string);
  }
  return brands;
}

/**
 * True when `value` is an error of the class registered under `brand` (or of a subclass),
 * whichever realm or copy of the package created it.
 */
export function hasErrorBrand(value: unknown, brand: string): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const kinds = (value as { [KINDS]?: unknown })[KINDS];
  return Array.isArray(kinds) && kinds.includes(brand);
}

/**
 * Makes a type guard for an error class that declares `static readonly brand`. Generated code
 * uses it for modeled errors: `export const isNotFoundError = errorGuard<NotFoundError>(NotFoundError.brand)`.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function errorGuard<T extends PlatformError>(brand: string): (value: unknown) => value is T {
  return (value: unknown): value is T => hasErrorBrand(value, brand);
}

/**
 * Base class of every SDK error. Check the class (`instanceof` or an `isX` guard) or `code`,
 * never the message: messages are for people.
 *
 * Each class declares `static readonly brand`, a name unique to it (the Smithy shape id for
 * modeled errors); `instanceof` compares brands, so it holds across realms and package copies.
 */
export class PlatformError extends Error {
  /** Cross-realm identity of the class: `instanceof` and the `isX` guards compare it. */
  static readonly brand: string = 'PlatformError';

  static override [Symbol.hasInstance](value: unknown): boolean {
    return Object.hasOwn(this, 'brand')
      ? hasErrorBrand(value, (this as Branded).brand as string)
      : Function.prototype[Symbol.hasInstance].call(this, value);
  }

  /** Stable machine-readable code: the class name, or the modeled error's shape name. */
  readonly code: string;
  /** HTTP status, request id, attempts and retry delay of the call. */
  readonly $metadata: PlatformResponseMetadata;
  /** Response headers of the last response, without cookies (empty when none arrived). */
  declare readonly headers: Readonly<Record<string, string>>;

  constructor(code: string, message: string, options: PlatformErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    const brands = brandsOf(new.target);
    Object.defineProperty(this, KINDS, { value: brands });
    Object.defineProperty(this, 'name', {
      value: (brands[0] ?? code).replace(/^.*#/, ''),
      configurable: true,
      writable: true,
    });
    const { 'set-cookie': _cookie, ...headers } = options.headers ?? {};
    Object.defineProperty(this, 'headers', { value: headers });
    this.code = code;
    this.$metadata = options.$metadata ?? NO_REQUEST;
  }

  /** HTTP status of the last response, when one arrived. */
  get status(): number | undefined {
    return this.$metadata.httpStatusCode;
  }

  /** `x-request-id` of the last response, when one arrived. */
  get requestId(): string | undefined {
    return this.$metadata.requestId;
  }
}

/** True for every error thrown by the SDK. */
export const isPlatformError = errorGuard<PlatformError>(PlatformError.brand);

/**
 * @module client/operation
 *
 * How generated code declares an operation: its HTTP binding (method, path with labels, query,
 * headers, JSON body or payload), what makes it safe to retry, its scopes and its pagination —
 * as data, read by one serializer and one deserializer in the runtime.
 */
import type { ApiVersionLabel } from './api-version.js';

/**
 * HTTP methods an operation can use.
 * @internal
 */
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * What a path label, query parameter or header member holds, from its model shape.
 * @internal
 */
export type ScalarKind = 'string' | 'integer' | 'number' | 'boolean' | 'timestamp';

/**
 * A scalar member, or (with `[]`) a list of them.
 * @internal
 */
export type MemberKind = ScalarKind | `${ScalarKind}[]`;

/**
 * Member name → wire name (query parameter, header name in lower case, or JSON property).
 * @internal
 */
export type MemberBindings = Readonly<Record<string, string>>;

/**
 * `@paginated`: the members that carry the page token, the page size and the items.
 * @internal
 */
export interface PaginationSpec {
  /** Input member that takes the token of the page to fetch. */
  readonly inputToken: string;
  /** Output member that holds the token of the next page (absent on the last page). */
  readonly outputToken: string;
  /** Input member that takes the page size. */
  readonly pageSize?: string;
  /** Output member that holds the page's items. */
  readonly items?: string;
}

/**
 * How the output is read from the response.
 * @internal
 */
export interface OutputBindings {
  /** Output member → response header (lower case). Values stay strings. */
  readonly headers?: MemberBindings;
  /** Output member → JSON property of the body. */
  readonly body?: MemberBindings;
  /** `@httpPayload` member that receives the whole JSON body. */
  readonly payload?: string;
  /** `@httpResponseCode` member. */
  readonly status?: string;
}

/**
 * An operation as generated code declares it.
 * @internal
 */
export interface OperationSpec<Version extends ApiVersionLabel = ApiVersionLabel> {
  /** Operation shape name, e.g. `GetOrder`. */
  readonly name: string;
  /** The API version of the operation's service, e.g. `v2`. */
  readonly apiVersion: Version;
  readonly method: HttpMethod;
  /** `@http` URI pattern, e.g. `/v1/orders/{orderId}`; each `{label}` is an input member. */
  readonly path: string;
  /** Input member → query parameter. Lists repeat the parameter. */
  readonly query?: MemberBindings;
  /** Input member → request header (lower case). Lists are comma-joined. */
  readonly headers?: MemberBindings;
  /** Input member → JSON property of the request body. */
  readonly body?: MemberBindings;
  /** `@httpPayload` input member sent as the whole JSON body. */
  readonly payload?: string;
  /**
   * Kind of every label, query and header member, checked before anything is sent: these go
   * into the URL and headers as text, where a wrong type would pass unnoticed (`123` for a
   * string id). JSON body members keep their types on the wire, so the server checks them.
   */
  readonly kinds?: Readonly<Record<string, MemberKind>>;
  /** `@required` input members, checked before anything is sent. */
  readonly required?: readonly string[];
  /** `@readonly` or `@idempotent`: safe to retry as is. */
  readonly idempotent?: boolean;
  /**
   * `@idempotencyToken` input member: filled with a fresh UUID when the caller leaves it out,
   * once per call, and sent unchanged on every attempt; it makes the operation safe to retry.
   */
  readonly idempotencyToken?: string;
  /** `@requiredScopes`: named in the message of a 403. */
  readonly scopes?: readonly string[];
  readonly output?: OutputBindings;
  readonly pagination?: PaginationSpec;
  /**
   * Maps the JSON body object (keys already wire names) to what is sent, for shapes whose JSON
   * differs from their TypeScript form deeper down (nested `@jsonName`, timestamps).
   */
  readonly serializeBody?: (body: Record<string, unknown>) => unknown;
  /** The reverse of `serializeBody`: the parsed JSON body before output members are picked. */
  readonly deserializeBody?: (body: unknown) => unknown;
}

/**
 * A path template taken apart once: literal text at even indexes, label members at odd ones.
 * @internal
 */
export type PathParts = readonly string[];

/**
 * A declared operation with its path template compiled.
 * @internal
 */
export interface Operation<
  Version extends ApiVersionLabel = ApiVersionLabel,
> extends OperationSpec<Version> {
  readonly pathParts: PathParts;
}

/**
 * Declares an operation: checks the template once and compiles it. A malformed template is a
 * generator bug and throws at module load.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineOperation<Version extends ApiVersionLabel>(
  spec: OperationSpec<Version>,
): Operation<Version> {
  const pathParts = spec.path.split(/\{([A-Za-z_][A-Za-z0-9_]*)\}/);
  if (
    !spec.path.startsWith('/') ||
    pathParts.some((part, i) => i % 2 === 0 && /[{}?#]/.test(part))
  ) {
    throw new TypeError(`defineOperation(${spec.name}): invalid path template "${spec.path}".`);
  }
  return Object.freeze({ ...spec, pathParts });
}

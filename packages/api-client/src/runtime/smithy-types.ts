/**
 * @module smithy-types
 *
 * The `@smithy/types` interfaces the runtime speaks (logger, token identity, HTTP request and
 * response, request handler), declared here with the same members instead of imported. The
 * `@smithy/types` index also declares its streaming and Node handler types, which name
 * `node:stream`, `node:http` and `Buffer`; importing anything from it put those into every
 * partner's type-check, so a browser or edge project without `@types/node` failed `tsc` inside
 * our types. TypeScript compares these structurally, so Smithy's own implementations (a
 * `FetchHttpHandler`, a Smithy logger, an identity provider) still plug in as they are; a type
 * test holds the two declarations together.
 */

/**
 * Smithy's `Logger`: where the client writes debug lines and deprecation warnings. Methods rather
 * than Smithy's `any[]` properties, so that a logger whose methods take `(message: string)` still
 * fits without `any` in our types.
 */
export interface Logger {
  trace?(...content: unknown[]): void;
  debug(...content: unknown[]): void;
  info(...content: unknown[]): void;
  warn(...content: unknown[]): void;
  error(...content: unknown[]): void;
}

/** Smithy's `TokenIdentity`: a bearer token and, when known, when it expires. */
export interface TokenIdentity {
  readonly token: string;
  readonly expiration?: Date;
}

/**
 * Smithy's `TokenIdentityProvider`: returns a token, a fresh one when called with
 * `{ forceRefresh: true }`.
 */
export type TokenIdentityProvider = (
  identityProperties?: Record<string, unknown>,
) => Promise<TokenIdentity>;

/** Smithy's `QueryParameterBag`; a list repeats the parameter, `null` sends the name alone. */
export type QueryParameterBag = Record<string, string | string[] | null>;

/** Smithy's `HttpRequest`: what a request handler is given. */
export interface HttpRequest {
  method: string;
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
  query?: QueryParameterBag;
  headers: Record<string, string>;
  body?: unknown;
}

/** Smithy's `HttpResponse`: what a request handler hands back, its body not yet read. */
export interface HttpResponse {
  statusCode: number;
  reason?: string;
  headers: Record<string, string>;
  body?: unknown;
}

/** Smithy's `HttpHandlerOptions`. */
export interface HttpHandlerOptions {
  abortSignal?: AbortSignal;
  requestTimeout?: number;
}

/** Smithy's `RequestHandlerOutput`. */
export interface RequestHandlerOutput<Response> {
  response: Response;
}

/** Smithy's `ResponseMetadata`: what a `MetadataBearer`'s `$metadata` holds. */
export interface ResponseMetadata {
  httpStatusCode?: number;
  requestId?: string;
  extendedRequestId?: string;
  cfId?: string;
  attempts?: number;
  totalRetryDelay?: number;
}

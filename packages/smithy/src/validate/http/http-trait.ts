/**
 * @module An operation's `@http` trait with its URI pattern parsed: what the URI, label and
 * conflict rules check.
 */
import { httpTraitOf } from '../../http/http-trait.js';
import type { HttpTrait } from '../../http/http-trait.js';
import type { Shape } from '../../model/shapes.js';
import type { UriParse } from './uri-pattern.js';
import { parseUriPattern } from './uri-pattern.js';

export interface HttpRoute extends HttpTrait {
  readonly parsed: UriParse;
}

/** The `@http` trait of `shape` with its parsed URI, or `undefined` when it has none. */
export function httpRouteOf(shape: Shape): HttpRoute | undefined {
  const http = httpTraitOf(shape);
  return http && { ...http, parsed: parseUriPattern(http.uri) };
}

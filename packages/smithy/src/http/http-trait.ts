/**
 * @module Reading the HTTP traits of operations and errors: the `@http` trait's method, URI
 * pattern and success code, and the status an error answers with. Defaults follow Smithy's
 * trait definitions, so every stage reports the same status for the same shape.
 */
import { asNumber, asObject, asString } from '../model/node.js';
import type { Shape } from '../model/shapes.js';
import { TRAIT_IDS } from '../model/trait-ids.js';

/** An operation's `@http` trait. */
export interface HttpTrait {
  /** As written in the model (validators warn when it is not upper case). */
  readonly method: string;
  /** The URI pattern, labels and query literals included: `/v2/orders/{orderId}`. */
  readonly uri: string;
  /** The success status; 200 when the trait leaves it out, as Smithy's trait does. */
  readonly code: number;
}

/** The `@http` trait of `shape`, or `undefined` when absent or without a method and uri. */
export function httpTraitOf(shape: Shape): HttpTrait | undefined {
  const body = asObject(shape.traits[TRAIT_IDS.http]);
  const method = asString(body?.['method']);
  const uri = asString(body?.['uri']);
  if (method === undefined || uri === undefined) return undefined;
  return { method, uri, code: asNumber(body?.['code']) ?? 200 };
}

/**
 * The HTTP status an error structure answers with: its `@httpError`, else 400 for
 * `@error("client")` and 500 for `@error("server")`; `undefined` for a shape that is no error.
 */
export function httpErrorStatus(shape: Shape): number | undefined {
  const code = asNumber(shape.traits[TRAIT_IDS.httpError]);
  if (code !== undefined) return code;
  const kind = shape.traits[TRAIT_IDS.error];
  return kind === 'client' ? 400 : kind === 'server' ? 500 : undefined;
}

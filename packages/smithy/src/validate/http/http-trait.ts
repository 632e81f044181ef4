/**
 * @module Reading an operation's `@http` trait (`method`, `uri`, `code`) into a typed value with
 * its URI pattern parsed, shared by every HTTP rule.
 */
import type { Shape } from '../../model/shapes.js';
import { asNumber, asObject, asString } from '../node.js';
import { TRAIT_IDS } from '../trait-ids.js';
import type { UriParse } from './uri-pattern.js';
import { parseUriPattern } from './uri-pattern.js';

export interface HttpTrait {
  readonly method: string;
  readonly uri: string;
  readonly parsed: UriParse;
  /** Defaults to 200, as Smithy's trait does. */
  readonly code: number;
}

/** The `@http` trait of `shape`, or `undefined` when absent or not an object with method and uri. */
export function httpTraitOf(shape: Shape): HttpTrait | undefined {
  const body = asObject(shape.traits[TRAIT_IDS.http]);
  const method = asString(body?.['method']);
  const uri = asString(body?.['uri']);
  if (method === undefined || uri === undefined) return undefined;
  return { method, uri, parsed: parseUriPattern(uri), code: asNumber(body?.['code']) ?? 200 };
}

/**
 * @module Reading `@paginated`: the members an operation pages with, merged over its service's
 * `@paginated` defaults as Smithy merges them, so the validator, the OpenAPI extension, the SDK,
 * the sandbox and the changelog page through the same members.
 */
import { asObject, asString } from './node.js';
import type { NodeValue, Shape } from './shapes.js';
import { TRAIT_IDS } from './trait-ids.js';

/**
 * Member names from `@paginated`: `inputToken` and `pageSize` name input members; `outputToken`
 * and `items` name output members, as `.`-separated paths through nested structures.
 */
export interface Paginated {
  readonly inputToken?: string;
  readonly outputToken?: string;
  readonly pageSize?: string;
  readonly items?: string;
}

const PROPERTIES = ['inputToken', 'outputToken', 'pageSize', 'items'] as const;

/**
 * The `@paginated` of `operation`, over the `@paginated` defaults of `service` when one is given;
 * `undefined` when the operation is not paginated. Properties the trait leaves out are absent.
 */
export function paginatedTraitOf(operation: Shape, service?: Shape): Paginated | undefined {
  const own = readPaginated(operation.traits[TRAIT_IDS.paginated]);
  if (!own) return undefined;
  return service ? { ...readPaginated(service.traits[TRAIT_IDS.paginated]), ...own } : own;
}

function readPaginated(value: NodeValue | undefined): Paginated | undefined {
  const body = asObject(value);
  if (!body) return undefined;
  const out: { -readonly [K in keyof Paginated]: string } = {};
  for (const name of PROPERTIES) {
    const text = asString(body[name]);
    if (text !== undefined) out[name] = text;
  }
  return out;
}

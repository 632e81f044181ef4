/**
 * @module Where each member of an operation's input, output or error travels over HTTP, following
 * Smithy's `HttpBindingIndex`: explicit `@httpLabel`, `@httpQuery`, `@httpQueryParams`,
 * `@httpHeader`, `@httpPrefixHeaders`, `@httpPayload` and `@httpResponseCode` locations, then the
 * JSON `document` for the rest, or `unbound` for the rest when another member is the payload.
 * The validators, the OpenAPI converter, codegen, the sandbox and the portal all read bindings
 * here, so a member is sent where every one of them expects it.
 */
import { asString } from '../model/node.js';
import type { Member, Shape } from '../model/shapes.js';
import { TRAIT_IDS } from '../model/trait-ids.js';

export type HttpBindingLocation =
  | 'label'
  | 'query'
  | 'queryParams'
  | 'header'
  | 'prefixHeaders'
  | 'payload'
  | 'responseCode'
  | 'document'
  | 'unbound';

/** Requests carry labels and query parameters; responses carry the response code. */
export type HttpMessage = 'request' | 'response';

export interface HttpBinding {
  readonly member: Member;
  readonly location: HttpBindingLocation;
  /** The header name, header prefix or query key; the member name for other locations. */
  readonly locationName: string;
}

/** A binding trait that applies to messages of `message` kind, and where it puts the member. */
const BINDING_TRAITS: readonly (readonly [string, HttpBindingLocation, HttpMessage?])[] = [
  // Smithy's precedence, for members that carry more than one (which validation reports).
  [TRAIT_IDS.httpHeader, 'header'],
  [TRAIT_IDS.httpPrefixHeaders, 'prefixHeaders'],
  [TRAIT_IDS.httpQuery, 'query', 'request'],
  [TRAIT_IDS.httpQueryParams, 'queryParams', 'request'],
  [TRAIT_IDS.httpPayload, 'payload'],
  [TRAIT_IDS.httpLabel, 'label', 'request'],
  [TRAIT_IDS.httpResponseCode, 'responseCode', 'response'],
];

/** Locations whose trait value names the member on the wire. */
const NAMED: ReadonlySet<HttpBindingLocation> = new Set(['header', 'prefixHeaders', 'query']);

/**
 * One binding per member of `structure` (an operation's input or output, or an error) in a
 * `message`, in declaration order. Anything but a structure (absent, say) has no bindings.
 */
export function httpBindingsOf(structure: Shape | undefined, message: HttpMessage): HttpBinding[] {
  if (structure?.type !== 'structure') return [];
  const explicit = [...structure.members.values()].map((member) => ({
    member,
    found: BINDING_TRAITS.find(
      ([trait, , only]) => member.traits[trait] !== undefined && (only ?? message) === message,
    ),
  }));
  const rest: HttpBindingLocation = explicit.some(({ found }) => found?.[1] === 'payload')
    ? 'unbound'
    : 'document';
  return explicit.map(({ member, found }) => {
    if (!found) return { member, location: rest, locationName: member.name };
    const [trait, location] = found;
    const name = NAMED.has(location) ? asString(member.traits[trait]) : undefined;
    return { member, location, locationName: name ?? member.name };
  });
}

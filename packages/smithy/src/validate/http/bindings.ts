/**
 * @module Where each member of an operation's input, output or error goes on the wire, following
 * Smithy's HTTP binding rules: explicit `@httpLabel`/`@httpQuery`/... locations, `document` for the
 * rest, or `unbound` for the rest when another member is the `@httpPayload`.
 */
import type { Member, SemanticModel, ShapeId } from '../../model/shapes.js';
import { TRAIT_IDS } from '../trait-ids.js';

export type BindingLocation =
  | 'label'
  | 'query'
  | 'queryParams'
  | 'header'
  | 'prefixHeaders'
  | 'payload'
  | 'responseCode'
  | 'document'
  | 'unbound';

export interface HttpBinding {
  readonly member: Member;
  readonly location: BindingLocation;
}

/**
 * Bindings of the members of structure `id` used as a request (`request`) or response. Returns an
 * empty list when `id` is not a structure.
 */
export function httpBindings(model: SemanticModel, id: ShapeId, request: boolean): HttpBinding[] {
  const shape = model.getShape(id);
  if (shape?.type !== 'structure') return [];
  const members = [...shape.members.values()];
  const hasPayload = members.some((m) => m.traits[TRAIT_IDS.httpPayload] !== undefined);
  return members.map((member) => {
    const has = (trait: string) => member.traits[trait] !== undefined;
    let location: BindingLocation;
    if (request && has(TRAIT_IDS.httpLabel)) location = 'label';
    else if (request && has(TRAIT_IDS.httpQuery)) location = 'query';
    else if (request && has(TRAIT_IDS.httpQueryParams)) location = 'queryParams';
    else if (has(TRAIT_IDS.httpHeader)) location = 'header';
    else if (has(TRAIT_IDS.httpPrefixHeaders)) location = 'prefixHeaders';
    else if (has(TRAIT_IDS.httpPayload)) location = 'payload';
    else if (!request && has(TRAIT_IDS.httpResponseCode)) location = 'responseCode';
    else location = hasPayload ? 'unbound' : 'document';
    return { member, location };
  });
}

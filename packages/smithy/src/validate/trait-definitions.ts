/**
 * @module Reading trait definitions (`@trait(selector: ..., conflicts: [...])`) from the model, and
 * listing where each trait is applied. Shared by the trait target and trait conflict rules.
 */
import type { SemanticModel, ShapeId } from '../model/shapes.js';
import type { Subject } from './event.js';
import { asObject, asStringList } from '../model/node.js';
import { membersOf } from '../model/members.js';
import { TRAIT_IDS } from '../model/trait-ids.js';

export interface TraitDefinition {
  readonly id: ShapeId;
  /** `*` when the definition gives none. */
  readonly selector: string;
  /** Absolute ids of the traits this one cannot be combined with. */
  readonly conflicts: readonly ShapeId[];
}

/** The definition of trait `id`, or `undefined` when `id` is not a trait definition. */
export function traitDefinition(model: SemanticModel, id: ShapeId): TraitDefinition | undefined {
  const shape = model.getShape(id);
  const value = shape?.traits[TRAIT_IDS.trait];
  if (!shape || value === undefined) return undefined;
  const body = asObject(value) ?? {};
  const namespace = id.slice(0, id.indexOf('#'));
  const selector = typeof body['selector'] === 'string' ? body['selector'] : '*';
  const conflicts = (asStringList(body['conflicts']) ?? []).map((c) =>
    c.includes('#') ? c : `${namespace}#${c}`,
  );
  return { id, selector, conflicts };
}

/** Smithy's way of naming a trait in messages: prelude traits by name, others by full id. */
export function traitName(id: ShapeId): string {
  return id.startsWith('smithy.api#') ? id.slice('smithy.api#'.length) : id;
}

/**
 * Every shape and member carrying at least one trait, grouped by trait id, built-in shapes
 * excluded: the prelude and the bundled definitions are checked once by the front end's own tests
 * (a model file that replaces a bundled shape is checked like any other), and evaluating trait
 * selectors for them on every load would cost more than validating a small model.
 */
export function appliedTraits(model: SemanticModel): Map<ShapeId, Subject[]> {
  const byTrait = new Map<ShapeId, Subject[]>();
  for (const shape of model.shapes()) {
    if (model.isBuiltIn(shape.id)) continue;
    for (const subject of [shape, ...membersOf(shape)]) {
      for (const traitId of Object.keys(subject.traits)) {
        const list = byTrait.get(traitId) ?? [];
        list.push(subject);
        byTrait.set(traitId, list);
      }
    }
  }
  return byTrait;
}

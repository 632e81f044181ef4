/**
 * @module `ExclusiveStructureMemberTrait`: traits defined with `structurallyExclusive: "member"`
 * (`@httpPayload`, `@httpResponseCode`, `@idempotencyToken`, ...) may mark only one member of a
 * structure; with `"target"`, only one member may target a shape carrying the trait.
 */
import type { SemanticModel, ShapeId, ValidationEvent } from '../model/shapes.js';
import { errorFor } from './event.js';
import { asObject, asString } from '../model/node.js';
import { tickedList } from './text.js';
import { traitName } from './trait-definitions.js';
import { TRAIT_IDS } from '../model/trait-ids.js';

const ID = 'ExclusiveStructureMemberTrait';

export function validateExclusiveMembers(model: SemanticModel): ValidationEvent[] {
  const byMember: ShapeId[] = [];
  const byTarget: ShapeId[] = [];
  for (const shape of model.shapes()) {
    const definition = asObject(shape.traits[TRAIT_IDS.trait]);
    const exclusive = asString(definition?.['structurallyExclusive']);
    if (exclusive === 'member') byMember.push(shape.id);
    else if (exclusive === 'target') byTarget.push(shape.id);
  }
  if (byMember.length === 0 && byTarget.length === 0) return [];
  const events: ValidationEvent[] = [];
  for (const structure of model.shapesOfType('structure')) {
    const members = [...structure.members.values()];
    for (const traitId of byMember) {
      const names = members.filter((m) => m.traits[traitId] !== undefined).map((m) => m.name);
      if (names.length < 2) continue;
      events.push(
        errorFor(
          structure,
          ID,
          `The \`${traitName(traitId)}\` trait can be applied to only a single member of a shape, but it was found on the following members: ${tickedList(names)}`,
          `Keep \`@${traitName(traitId)}\` on one member only.`,
        ),
      );
    }
    for (const traitId of byTarget) {
      const names = members
        .filter((m) => model.getShape(m.target)?.traits[traitId] !== undefined)
        .map((m) => m.name);
      if (names.length < 2) continue;
      events.push(
        errorFor(
          structure,
          ID,
          `Only a single member of a structure can target a shape marked with the \`${traitName(traitId)}\` trait, but it was found on the following members: ${tickedList(names)}`,
          `Keep only one member targeting a \`@${traitName(traitId)}\` shape.`,
        ),
      );
    }
  }
  return events;
}

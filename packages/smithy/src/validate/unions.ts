/**
 * @module `Union`: a tagged union has at least one member; defaults on the shapes its members
 * target have no effect inside a union, and `@box` on a union member does nothing.
 */
import type { SemanticModel, ValidationEvent } from '../model/shapes.js';
import { eventFor } from './event.js';
import { TRAIT_IDS } from '../model/trait-ids.js';

export function validateUnions(model: SemanticModel): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  for (const union of model.shapesOfType('union')) {
    if (union.members.size === 0) {
      events.push(
        eventFor(
          union,
          'ERROR',
          'Union',
          'Tagged unions must have one or more members',
          'Add a member, or use a structure.',
        ),
      );
      continue;
    }
    for (const member of union.members.values()) {
      const target = model.getShape(member.target);
      const targetDefault = target?.traits[TRAIT_IDS.default];
      if (target && targetDefault !== undefined) {
        events.push(
          eventFor(
            member,
            'NOTE',
            'Union',
            `This union member targets \`${target.id}\`, a shape with a default value of \`${JSON.stringify(targetDefault)}\`. Note that default values are only applicable to structures and ignored in tagged unions. It is a best practice for union members to target shapes with no default value (for example, instead of targeting PrimitiveInteger, target Integer).`,
            'Target a shape without a default (for example `Integer` instead of `PrimitiveInteger`).',
          ),
        );
      }
      if (member.traits[TRAIT_IDS.box] !== undefined) {
        events.push(
          eventFor(
            member,
            'WARNING',
            'Union',
            'Invalid box trait found on a union member. The box trait on union members has no effect because union members are implicitly nullable.',
            'Remove `@box` from the union member.',
          ),
        );
      }
    }
  }
  return events;
}

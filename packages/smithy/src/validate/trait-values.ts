/**
 * @module `TraitValue`: every applied trait's value must fit the shape that defines the trait —
 * `@auth` lists shape ids of auth definitions, `@timestampFormat` is one of its enum values, our
 * own `@environments`/`@lifecycle` bodies have their required members, and so on.
 */
import type { SemanticModel, ValidationEvent } from '../model/shapes.js';
import { checkNode } from './node-validation.js';
import { appliedTraits, traitName } from './trait-definitions.js';

export function validateTraitValues(model: SemanticModel): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  for (const [traitId, subjects] of appliedTraits(model)) {
    const traitShape = model.getShape(traitId);
    // An unknown trait is the loader's to report.
    if (!traitShape) continue;
    for (const subject of subjects) {
      const value = subject.traits[traitId];
      if (value === undefined) continue;
      events.push(
        ...checkNode(
          {
            model,
            eventId: 'TraitValue',
            reportOn: subject,
            context: `Error validating trait \`${traitName(traitId)}\``,
          },
          traitShape,
          value,
        ),
      );
    }
  }
  return events;
}

/**
 * @module `TraitTarget`: a trait may only be applied to shapes its definition's selector matches
 * (`@httpError` only on `structure[trait|error]`, `@httpLabel` only on members, ...), and a mixin
 * cannot be applied as a trait. Selectors this engine cannot evaluate are skipped, never guessed.
 */
import type { SemanticModel, ValidationEvent } from '../model/shapes.js';
import { errorFor } from './event.js';
import { selectorContextFor } from './selector/evaluate.js';
import { appliedTraits, traitDefinition, traitName } from './trait-definitions.js';
import { TRAIT_IDS } from '../model/trait-ids.js';

const ID = 'TraitTarget';

export function validateTraitTargets(model: SemanticModel): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  for (const [traitId, subjects] of appliedTraits(model)) {
    const traitShape = model.getShape(traitId);
    if (traitShape?.traits[TRAIT_IDS.mixin] !== undefined) {
      for (const subject of subjects) {
        events.push(
          errorFor(
            subject,
            ID,
            `Trait \`${traitName(traitId)}\` is a mixin and cannot be applied to \`${subject.id}\`.`,
            `Use \`${traitId}\` in a \`with [...]\` list instead of applying it with \`@\`.`,
          ),
        );
      }
    }
    const definition = traitDefinition(model, traitId);
    if (!definition || definition.selector.trim() === '*') continue;
    const matches = selectorContextFor(model).matching(definition.selector);
    if (!matches) continue;
    const shown = definition.selector.replace(/\n\s*/g, ' ');
    for (const subject of subjects) {
      if (matches.has(subject.id)) continue;
      events.push(
        errorFor(
          subject,
          ID,
          `Trait \`${traitName(traitId)}\` cannot be applied to \`${subject.id}\`. This trait may only be applied to shapes that match the following selector: ${shown}`,
          `Remove \`@${traitName(traitId)}\` from \`${subject.id}\`, or move it to a shape matching \`${shown}\`.`,
        ),
      );
    }
  }
  return events;
}

/**
 * @module `MissingClientOptionalTrait`: a DANGER for `@required` members without
 * `@clientOptional` when `onRequiredOrDefault` (also for `@default` members), or, with
 * `onRequiredStructureOrUnion`, for required members that target a structure or union.
 */
import { membersOf } from '../../../model/members.js';
import type { NodeObject } from '../../../model/node.js';
import type { ValidationEvent } from '../../../model/shapes.js';
import { TRAIT_IDS } from '../../../model/trait-ids.js';
import { eventFor } from '../../event.js';
import { ValidatorConfig } from '../config.js';
import type { ModelValidator } from '../config.js';

const HINT = 'Add `@clientOptional` to the member.';

export function missingClientOptionalTrait(configuration: NodeObject): ModelValidator {
  const config = new ValidatorConfig(configuration, [
    'onRequiredStructureOrUnion',
    'onRequiredOrDefault',
  ]);
  const onStructure = config.boolean('onRequiredStructureOrUnion') ?? false;
  const onAll = config.boolean('onRequiredOrDefault') ?? false;
  return (model) =>
    model.shapes().flatMap((shape) =>
      membersOf(shape).flatMap((m): ValidationEvent[] => {
        if (m.traits[TRAIT_IDS.clientOptional] !== undefined) return [];
        const events: ValidationEvent[] = [];
        const danger = (message: string) =>
          events.push(eventFor(m, 'DANGER', 'MissingClientOptionalTrait', message, HINT));
        if (onAll && m.traits[TRAIT_IDS.default] !== undefined) {
          danger('@default members must also be marked with the @clientOptional trait');
        }
        if (m.traits[TRAIT_IDS.required] !== undefined) {
          const target = model.getShape(m.target)?.type;
          if (onAll) {
            danger('@required members must also be marked with the @clientOptional trait');
          } else if (onStructure && (target === 'structure' || target === 'union')) {
            danger(
              '@required members that target a structure or union must be marked with the ' +
                '@clientOptional trait. Not using the @clientOptional trait here is risky ' +
                'because there is no backward compatible way to replace the @required trait ' +
                'with the @default trait if the member ever needs to be made optional.',
            );
          }
        }
        return events;
      }),
    );
}

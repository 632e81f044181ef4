/**
 * @module `InputOutputStructureReuse`: a WARNING when an operation's input or output structure
 * lacks `@input` / `@output`, which would let operations evolve their top-level members.
 */
import type { NodeObject } from '../../../model/node.js';
import type { ValidationEvent } from '../../../model/shapes.js';
import { TRAIT_IDS } from '../../../model/trait-ids.js';
import { shapeName } from '../../../model/shape-ids.js';
import { eventFor } from '../../event.js';
import { checkProperties } from '../config.js';
import type { ModelValidator } from '../config.js';

export function inputOutputStructureReuse(configuration: NodeObject): ModelValidator {
  checkProperties(configuration, []);
  return (model) =>
    model.shapesOfType('operation').flatMap((operation): ValidationEvent[] => {
      const name = shapeName(operation.id);
      const events: ValidationEvent[] = [];
      const input = model.getShape(operation.input);
      if (input && input.traits[TRAIT_IDS.input] === undefined) {
        events.push(
          eventFor(
            input,
            'WARNING',
            `InputOutputStructureReuse.Input.${name}`,
            `This structure is the input of \`${operation.id}\`, but it is not marked with the ` +
              '@input trait. The @input trait gives operations more flexibility to evolve their ' +
              'top-level input members in ways that would otherwise be backward incompatible.',
            'Mark the structure with `@input` (or write `input := { ... }`), one per operation.',
          ),
        );
      }
      const output = model.getShape(operation.output);
      if (output && output.traits[TRAIT_IDS.output] === undefined) {
        events.push(
          eventFor(
            output,
            'WARNING',
            `InputOutputStructureReuse.Output.${name}`,
            `This structure is the output of \`${operation.id}\`, but it is not marked with the ` +
              '@output trait.',
            'Mark the structure with `@output` (or write `output := { ... }`), one per operation.',
          ),
        );
      }
      return events;
    });
}

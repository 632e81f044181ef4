/**
 * @module Runs the validators a model defines for itself in `metadata validators`: each entry
 * names a built-in validator (see `registry.ts`), which is created from its `configuration` and
 * whose events the entry may re-identify, re-grade, re-word and filter (`definitions.ts`).
 * A bad entry or configuration is a located ERROR with a hint; an unknown name is a WARNING, as
 * in Smithy, so a model written for a richer toolchain still validates.
 */
import { errorEvent, warningEvent } from '../../events.js';
import type { SemanticModel, ValidationEvent } from '../../model/shapes.js';
import { SelectorError } from '../selector/parse.js';
import { ValidatorConfigError } from './config.js';
import type { ModelValidator } from './config.js';
import type { ValidatorDefinition } from './definitions.js';
import { applyDefinition, readDefinitions } from './definitions.js';
import { BUILT_IN_VALIDATORS } from './registry.js';

/** The event ids of the metadata validators themselves (before a definition renames them). */
export const MODEL_VALIDATOR_IDS: readonly string[] = [...BUILT_IN_VALIDATORS.keys()];

export function validateMetadataValidators(model: SemanticModel): ValidationEvent[] {
  const { definitions, events } = readDefinitions(model);
  for (const definition of definitions) events.push(...run(model, definition));
  return events.filter(
    (e) => e.severity === 'ERROR' || e.shapeId === undefined || !model.isBuiltIn(e.shapeId),
  );
}

function run(model: SemanticModel, definition: ValidatorDefinition): ValidationEvent[] {
  const factory = BUILT_IN_VALIDATORS.get(definition.name);
  if (!factory) {
    return [
      warningEvent(
        `UnknownValidator_${definition.name}`,
        `Unable to locate a validator named \`${definition.name}\``,
        definition.location,
        `Known validators: ${[...BUILT_IN_VALIDATORS.keys()].sort().join(', ')}.`,
      ),
    ];
  }
  let validator: ModelValidator;
  try {
    validator = factory(definition.configuration);
  } catch (error) {
    if (!(error instanceof ValidatorConfigError)) throw error;
    return [
      errorEvent(
        'Model',
        `Error creating \`${definition.name}\` validator: ${error.message}`,
        definition.location,
        error.hint,
      ),
    ];
  }
  try {
    return applyDefinition(model, definition, validator(model));
  } catch (error) {
    // A selector that parses but uses an attribute this engine cannot evaluate (`[node|...]`).
    if (!(error instanceof SelectorError)) throw error;
    return [
      errorEvent(
        'Model',
        `Error running \`${definition.name}\` validator: ${error.message}`,
        definition.location,
        'Use only the selector attributes this front end supports: id, trait, service|version.',
      ),
    ];
  }
}

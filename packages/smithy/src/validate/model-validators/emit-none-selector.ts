/**
 * @module `EmitNoneSelector`: one DANGER event when the configured `selector` matches no shape
 * outside the prelude (a model-wide "at least one shape must ..." rule).
 */
import type { NodeObject } from '../../model/node.js';
import { selectorContextFor } from '../selector/evaluate.js';
import { ValidatorConfig } from './config.js';
import type { ModelValidator } from './config.js';

export function emitNoneSelector(configuration: NodeObject): ModelValidator {
  const config = new ValidatorConfig(configuration, ['selector']);
  const { text, selector } = config.requiredSelector('selector');
  return (model) => {
    const matched = [...selectorContextFor(model).select(selector)];
    if (matched.some((id) => !model.isBuiltIn(id))) return [];
    return [
      {
        id: 'EmitNoneSelector',
        severity: 'DANGER',
        message: `Expected at least one shape to match selector: ${text}`,
        hint: 'Add a shape the selector matches, or change the validator.',
      },
    ];
  };
}

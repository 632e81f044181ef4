/**
 * @module The answer of an operation the model has but no handler covers yet: its first
 * `@examples` entry with an output, written and checked like any other output. It keeps the
 * sandbox serving a newly modeled operation until its behaviour is written.
 */
import type { NodeValue } from '@platform/smithy';
import { ApiError } from '../api-error.js';
import type { BoundOperation } from './api-model.js';
import type { OperationHandler } from './handlers/types.js';

export function exampleHandler(operation: BoundOperation): OperationHandler {
  const output = operation.examples.find(
    (example): example is { readonly output: NodeValue } & Readonly<Record<string, NodeValue>> =>
      typeof example === 'object' &&
      example !== null &&
      !Array.isArray(example) &&
      'output' in example,
  )?.output;
  return {
    handle() {
      if (typeof output !== 'object' || output === null || Array.isArray(output)) {
        throw new ApiError('unavailable', `${operation.name} is not available in the sandbox yet.`);
      }
      return { ...(output as Record<string, unknown>) };
    },
  };
}

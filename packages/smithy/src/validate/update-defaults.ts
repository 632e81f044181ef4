/**
 * @module `DefaultValueInUpdate`: an update-style operation (a resource's `update`, or a name
 * starting with Update/Patch) should not give its input members defaults — the server could not
 * tell "left out" from "set to the default", which a partial update depends on.
 */
import type { OperationShape, SemanticModel, ValidationEvent } from '../model/shapes.js';
import { eventFor } from './event.js';
import { TRAIT_IDS } from '../model/trait-ids.js';

export function validateDefaultsInUpdates(model: SemanticModel): ValidationEvent[] {
  const updates = new Map<string, OperationShape>();
  for (const resource of model.shapesOfType('resource')) {
    const update = resource.update === undefined ? undefined : model.getShape(resource.update);
    if (update?.type === 'operation') updates.set(update.id, update);
  }
  for (const operation of model.shapesOfType('operation')) {
    const name = operation.id.slice(operation.id.indexOf('#') + 1).toLowerCase();
    if (name.startsWith('update') || name.startsWith('patch')) updates.set(operation.id, operation);
  }
  const events: ValidationEvent[] = [];
  for (const operation of updates.values()) {
    const input = model.getShape(operation.input);
    if (input?.type !== 'structure') continue;
    const defaulted = [...input.members.values()]
      .filter((m) => m.traits[TRAIT_IDS.default] !== undefined)
      .map((m) => m.name)
      .sort();
    if (defaulted.length === 0) continue;
    events.push(
      eventFor(
        operation,
        'WARNING',
        'DefaultValueInUpdate',
        `This update style operation has top-level input members marked with the @default trait. It will be impossible to tell if the member was omitted or explicitly provided. Affected members: [${defaulted.join(', ')}]`,
        'Remove the defaults from the update input (target shapes without a default) so omitted members stay absent.',
      ),
    );
  }
  return events;
}

/**
 * @module `HttpPayload`: when a member of a request, response or error is the `@httpPayload`,
 * every other member must be bound explicitly (label, query, header, ...), since there is no
 * document body left to carry it.
 */
import type { SemanticModel, ShapeId, ValidationEvent } from '../../model/shapes.js';
import { errorFor } from '../event.js';
import { tickedList } from '../text.js';
import { TRAIT_IDS } from '../../model/trait-ids.js';
import { httpBindingsOf } from '../../http/http-bindings.js';
import type { HttpMessage } from '../../http/http-bindings.js';

export function validateHttpPayloads(model: SemanticModel): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  const check = (structureId: ShapeId, message: HttpMessage) => {
    const structure = model.getShape(structureId);
    const unbound = httpBindingsOf(structure, message)
      .filter((b) => b.location === 'unbound')
      .map((b) => b.member.name);
    if (unbound.length === 0 || !structure) return;
    events.push(
      errorFor(
        structure,
        'HttpPayload',
        `A member of this structure is marked with the \`httpPayload\` trait, but the following structure members are not explicitly bound to the HTTP message: ${tickedList(unbound)}`,
        'Bind these members with `@httpHeader`, `@httpQuery` or `@httpLabel`, or drop `@httpPayload` so they go in the JSON body.',
      ),
    );
  };
  for (const operation of model.shapesOfType('operation')) {
    if (operation.traits[TRAIT_IDS.http] === undefined) continue;
    check(operation.input, 'request');
    check(operation.output, 'response');
  }
  for (const structure of model.shapesOfType('structure')) {
    if (structure.traits[TRAIT_IDS.error] !== undefined) check(structure.id, 'response');
  }
  return events;
}

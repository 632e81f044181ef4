/**
 * @module The shapes reachable from some roots along Smithy's walker edges (members' targets,
 * service/resource bindings, operation input/output/errors), mixins excluded because the
 * converter works on the flattened model. Shapes missing from the model are skipped here; the
 * lookups that need them report them.
 */
import { membersOf } from './conversion-model.js';
import type { ConversionModel } from './conversion-model.js';
import type { Shape, ShapeId } from '../smithy.js';

export function closureOf(model: ConversionModel, roots: Iterable<ShapeId>): Set<ShapeId> {
  const seen = new Set<ShapeId>();
  const queue = [...roots];
  while (queue.length > 0) {
    const id = queue.pop() as ShapeId;
    if (seen.has(id)) continue;
    const shape = model.shape(id);
    if (!shape) continue;
    seen.add(id);
    queue.push(...edges(shape));
  }
  return seen;
}

function edges(shape: Shape): ShapeId[] {
  const out = membersOf(shape).map((m) => m.target);
  switch (shape.type) {
    case 'service':
      out.push(...shape.operations, ...shape.resources, ...shape.errors);
      break;
    case 'resource':
      out.push(...Object.values(shape.identifiers), ...Object.values(shape.properties));
      for (const op of [
        shape.create,
        shape.put,
        shape.read,
        shape.update,
        shape.delete,
        shape.list,
      ]) {
        if (op) out.push(op);
      }
      out.push(...shape.operations, ...shape.collectionOperations, ...shape.resources);
      break;
    case 'operation':
      out.push(shape.input, shape.output, ...shape.errors);
      break;
    default:
      break;
  }
  return out;
}

/**
 * Operations bound to a service directly or through its resources, sorted by shape id (only
 * bindings lead to operations: no member or error can target one).
 */
export function serviceOperations(model: ConversionModel, serviceId: ShapeId): ShapeId[] {
  return [...closureOf(model, [serviceId])]
    .filter((id) => model.shape(id)?.type === 'operation')
    .sort();
}

/**
 * @module The operations a service contains (bound directly, or through its resources and their
 * lifecycle bindings, recursively). Unlike `SemanticModel.serviceClosure`, this walk tolerates
 * unresolved or mistyped bindings, which a model under validation may still have.
 */
import type { OperationShape, SemanticModel, ServiceShape, ShapeId } from '../model/shapes.js';
import { RESOURCE_LIFECYCLE } from '../model/shape-properties.js';

export function containedOperations(model: SemanticModel, service: ServiceShape): OperationShape[] {
  const found = new Map<ShapeId, OperationShape>();
  const seenResources = new Set<ShapeId>();
  const addOperation = (id: ShapeId | undefined) => {
    const shape = id === undefined ? undefined : model.getShape(id);
    if (shape?.type === 'operation') found.set(shape.id, shape);
  };
  const visitResource = (id: ShapeId) => {
    if (seenResources.has(id)) return;
    seenResources.add(id);
    const resource = model.getShape(id);
    if (resource?.type !== 'resource') return;
    for (const op of [
      ...RESOURCE_LIFECYCLE.map((lifecycle) => resource[lifecycle]),
      ...resource.operations,
      ...resource.collectionOperations,
    ]) {
      addOperation(op);
    }
    resource.resources.forEach(visitResource);
  };
  service.operations.forEach(addOperation);
  service.resources.forEach(visitResource);
  return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

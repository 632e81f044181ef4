/**
 * @module Which shapes a model's own validators leave alone: Smithy drops their NOTE, WARNING and
 * DANGER events about prelude shapes, which the author cannot change; here the bundled trait
 * definitions are built in too (Smithy loads those only when asked).
 */
import type { SemanticModel, ShapeId } from '../../model/shapes.js';

export function isBuiltIn(model: SemanticModel, id: ShapeId): boolean {
  return model.isBuiltIn?.(id) ?? model.isPrelude(id);
}

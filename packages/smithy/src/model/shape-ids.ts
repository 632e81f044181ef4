/**
 * @module Reading absolute shape ids (`namespace#Name$member`): the parts later stages name
 * things after, and the prelude's `Unit`, the input and output of operations that take none.
 */
import type { ShapeId } from './shapes.js';

/** The prelude structure that stands for "no value" (an operation without input or output). */
export const UNIT_SHAPE_ID: ShapeId = 'smithy.api#Unit';

/** `ns#Name$member` → `Name`. */
export function shapeName(id: ShapeId): string {
  const hash = id.indexOf('#');
  const dollar = id.indexOf('$', hash);
  return id.slice(hash + 1, dollar === -1 ? undefined : dollar);
}

/** `ns#Name$member` → `ns`. */
export function shapeNamespace(id: ShapeId): string {
  return id.slice(0, id.indexOf('#'));
}

/** The id of member `member` of shape `id`. */
export function memberIdOf(id: ShapeId, member: string): ShapeId {
  return `${id}$${member}`;
}

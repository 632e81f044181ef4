/**
 * @module Pieces of absolute shape ids (`namespace#Name$member`).
 */
import type { ShapeId } from '../smithy.js';

export function shapeName(id: ShapeId): string {
  const hash = id.indexOf('#');
  const dollar = id.indexOf('$', hash);
  return id.slice(hash + 1, dollar === -1 ? undefined : dollar);
}

export function shapeNamespace(id: ShapeId): string {
  return id.slice(0, id.indexOf('#'));
}

export function withMember(id: ShapeId, member: string): ShapeId {
  return `${id}$${member}`;
}

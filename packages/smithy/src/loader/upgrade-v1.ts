/**
 * @module Gives shapes from IDL 1.0 files their 2.0 meaning, as Smithy's loader does: 1.0 numbers
 * and booleans were non-null unless boxed, so unboxed ones (and structure members targeting them)
 * get an explicit `@default` of their zero value, and boxed members get `@default(null)`.
 */
import type { Member, NodeValue, Shape, ShapeType } from '../model/shapes.js';
import type { ResolvedShape } from './resolve.js';
import { NUMBER_SHAPE_TYPES } from '../model/shape-types.js';
import { TRAIT_IDS } from '../model/trait-ids.js';

/**
 * Shape types that had a zero value (and were non-null unless boxed) in Smithy 1.0: booleans and
 * the fixed-size numbers, not `bigInteger` or `bigDecimal`.
 */
const HAD_DEFAULT = new Set<ShapeType>([
  'boolean',
  ...NUMBER_SHAPE_TYPES.filter((type) => type !== 'bigInteger' && type !== 'bigDecimal'),
]);

/** `shape` as IDL 2.0 sees it, given the 1.0 definition it was built from. */
export function upgradeV1Shape(
  shape: Shape,
  def: ResolvedShape,
  defs: ReadonlyMap<string, ResolvedShape>,
): Shape {
  if (def.version !== '1.0' || def.origin === 'prelude') return shape;
  if (
    HAD_DEFAULT.has(shape.type) &&
    !(TRAIT_IDS.box in shape.traits) &&
    !(TRAIT_IDS.default in shape.traits)
  ) {
    return {
      ...shape,
      traits: { ...shape.traits, [TRAIT_IDS.default]: zeroValue(shape.type) },
    } as Shape;
  }
  if (shape.type !== 'structure') return shape;
  const members = new Map<string, Member>();
  for (const [name, member] of shape.members) {
    members.set(name, upgradeMember(member, defs.get(member.target)));
  }
  return { ...shape, members };
}

function upgradeMember(member: Member, target: ResolvedShape | undefined): Member {
  if (!target || TRAIT_IDS.default in member.traits) return member;
  const streamingBlob =
    target.type === 'blob' &&
    hasTrait(target, TRAIT_IDS.streaming) &&
    !(TRAIT_IDS.required in member.traits);
  if (
    (HAD_DEFAULT.has(target.type) || streamingBlob) &&
    !(TRAIT_IDS.box in member.traits) &&
    !isBoxed(target)
  ) {
    return { ...member, traits: { ...member.traits, [TRAIT_IDS.default]: zeroValue(target.type) } };
  }
  if (TRAIT_IDS.box in member.traits)
    return { ...member, traits: { ...member.traits, [TRAIT_IDS.default]: null } };
  return member;
}

/** Boxed in 1.0 terms: `@box`, or a 2.0 shape whose default is not its 1.0 zero value. */
function isBoxed(target: ResolvedShape): boolean {
  if (hasTrait(target, TRAIT_IDS.box)) return true;
  if (target.version !== '2.0' || !HAD_DEFAULT.has(target.type)) return false;
  const value = target.traits.find((t) => t.id === TRAIT_IDS.default)?.value;
  return value === undefined || value !== zeroValue(target.type);
}

function hasTrait(shape: ResolvedShape, id: string): boolean {
  return shape.traits.some((t) => t.id === id);
}

function zeroValue(type: ShapeType): NodeValue {
  if (type === 'boolean') return false;
  if (type === 'blob' || type === 'string') return '';
  return 0;
}

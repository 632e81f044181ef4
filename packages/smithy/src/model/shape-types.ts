/**
 * @module The shape types and the groups Smithy's specification and selectors name them by
 * (`simpleType`, `number`, `aggregateType`, `serviceType`), listed once so the parser, the
 * selector engine and every later stage agree on what belongs where.
 */
import type { ShapeType } from './shapes.js';

/** Smithy's `simpleType`: scalar values, enums included (their members only name values). */
export const SIMPLE_SHAPE_TYPES = [
  'blob',
  'boolean',
  'string',
  'byte',
  'short',
  'integer',
  'long',
  'float',
  'double',
  'bigInteger',
  'bigDecimal',
  'timestamp',
  'document',
  'enum',
  'intEnum',
] as const satisfies readonly ShapeType[];

/** Smithy's `number`: the simple types whose values are numbers. */
export const NUMBER_SHAPE_TYPES = [
  'byte',
  'short',
  'integer',
  'intEnum',
  'long',
  'float',
  'double',
  'bigInteger',
  'bigDecimal',
] as const satisfies readonly ShapeType[];

/** Smithy's `aggregateType`: shapes that hold other values through members. */
export const AGGREGATE_SHAPE_TYPES = [
  'list',
  'set',
  'map',
  'structure',
  'union',
] as const satisfies readonly ShapeType[];

/** Smithy's `serviceType`: the shapes that describe an API rather than data. */
export const SERVICE_SHAPE_TYPES = [
  'service',
  'resource',
  'operation',
] as const satisfies readonly ShapeType[];

/** Every shape type, in the order the IDL specification lists them (hints show this order). */
export const SHAPE_TYPES: readonly ShapeType[] = [
  ...SIMPLE_SHAPE_TYPES,
  ...AGGREGATE_SHAPE_TYPES,
  ...SERVICE_SHAPE_TYPES,
];

// Fails to compile when a shape type is added to `ShapeType` but to none of the groups above.
const everyTypeGrouped: [
  Exclude<
    ShapeType,
    | (typeof SIMPLE_SHAPE_TYPES)[number]
    | (typeof AGGREGATE_SHAPE_TYPES)[number]
    | (typeof SERVICE_SHAPE_TYPES)[number]
  >,
] extends [never]
  ? true
  : false = true;
void everyTypeGrouped;

function inList<T extends string>(list: readonly T[]): (type: string) => type is T {
  return (type): type is T => (list as readonly string[]).includes(type);
}

/** True for a shape type keyword (`structure`), false for anything else (`member`, `apply`). */
export const isShapeType = inList<ShapeType>(SHAPE_TYPES);
export const isSimpleShapeType = inList(SIMPLE_SHAPE_TYPES);
export const isNumberShapeType = inList(NUMBER_SHAPE_TYPES);
export const isAggregateShapeType = inList(AGGREGATE_SHAPE_TYPES);
export const isServiceShapeType = inList(SERVICE_SHAPE_TYPES);

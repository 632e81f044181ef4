/**
 * @module The one place this package imports the Smithy front end, so every other module depends
 * on these names only.
 */
export { BigNumberValue, stringifyNode } from '@platform/smithy';
export type {
  EnumShape,
  ListShape,
  MapShape,
  Member,
  NodeValue,
  OperationShape,
  ResourceShape,
  SemanticModel,
  ServiceShape,
  Shape,
  ShapeId,
  SourceLocation,
  StructureShape,
  Traits,
} from '@platform/smithy';

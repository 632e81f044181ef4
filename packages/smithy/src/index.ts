/**
 * @module Public API of the Smithy front end: load a model from IDL / JSON AST files, get the
 * resolved `SemanticModel` and its located validation events, print events, write JSON AST.
 */
export { loadModel } from './loader/load.js';
export type { LoadOptions, LoadResult, ModelSource } from './loader/load.js';
export { formatEvent } from './events.js';
export { Model, ModelError } from './model/model.js';
export type { JsonAst } from './model/model.js';
export { stringifyNode } from './model/json-writer.js';
export { parseJson } from './json/json-parser.js';
export { BigNumberValue } from './model/shapes.js';
export type {
  EnumShape,
  ListShape,
  MapShape,
  Member,
  NodeValue,
  OperationShape,
  ResourceShape,
  SemanticModel,
  ServiceClosure,
  ServiceShape,
  Severity,
  Shape,
  ShapeId,
  ShapeOfType,
  ShapeType,
  SimpleShape,
  SimpleShapeType,
  SourceLocation,
  StructureShape,
  Traits,
  ValidationEvent,
} from './model/shapes.js';

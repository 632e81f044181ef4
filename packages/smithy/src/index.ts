/**
 * @module Public API of the Smithy front end, and the one place every later stage (OpenAPI
 * converter, codegen, sandbox, portal, model diff) gets its model knowledge from: load a model
 * from IDL / JSON AST files into a validated `SemanticModel`, then read it with the helpers below
 * instead of re-deriving members, closures, trait ids, HTTP bindings or constraint rules.
 */

// Loading, events and the JSON AST.
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

// Shape ids, shape types and trait ids: `TRAIT_IDS.http` instead of `'smithy.api#http'`.
export { UNIT_SHAPE_ID, memberIdOf, shapeName, shapeNamespace } from './model/shape-ids.js';
export {
  AGGREGATE_SHAPE_TYPES,
  NUMBER_SHAPE_TYPES,
  SERVICE_SHAPE_TYPES,
  SHAPE_TYPES,
  SIMPLE_SHAPE_TYPES,
  isAggregateShapeType,
  isNumberShapeType,
  isServiceShapeType,
  isShapeType,
  isSimpleShapeType,
} from './model/shape-types.js';
export { TRAIT_IDS } from './model/trait-ids.js';

// Walking the shape graph: members, the edges Smithy's walker follows, reachable shapes.
export {
  isMember,
  memberTargets,
  membersOf,
  shapeClosure,
  shapeReferences,
} from './model/members.js';

// Reading trait values (`NodeValue`) without casts; a malformed value reads as absent.
export { asList, asNumber, asObject, asString, asStringList } from './model/node.js';
export type { NodeObject } from './model/node.js';
export { paginatedTraitOf } from './model/paginated.js';
export type { Paginated } from './model/paginated.js';

// HTTP: the `@http` trait, error statuses, and where each member travels on the wire.
export { httpErrorStatus, httpTraitOf } from './http/http-trait.js';
export type { HttpTrait } from './http/http-trait.js';
export { httpBindingsOf } from './http/http-bindings.js';
export type { HttpBinding, HttpBindingLocation, HttpMessage } from './http/http-bindings.js';

// Constraints: whether a value fits its shape, numbers compared exactly.
export {
  INTEGER_LIMITS,
  checkConstraints,
  checkEnum,
  checkInteger,
  checkRequired,
  compilePattern,
  enumValues,
} from './constraints/check.js';
export type { Bound, ConstraintViolation, LengthUnit } from './constraints/violation.js';
// Patterns: Smithy's `java.util.regex` dialect, translated once for every consumer.
export { translateJavaPattern } from './regex/java-regex.js';
export type {
  EcmaPattern,
  JavaPatternProblem,
  JavaPatternTranslation,
} from './regex/java-regex.js';
export { compareNumbers, toBigInt } from './model/numbers.js';
export type { ExactNumber } from './model/numbers.js';

/**
 * @module The semantic model every later stage reads (OpenAPI converter, codegen, sandbox,
 * portal). It is the loaded, resolved form of Smithy's JSON AST: shape ids are absolute, mixins
 * are flattened into members and traits, `apply` is applied, elided member targets are filled,
 * and the prelude is present. Traits are keyed by absolute shape id (`smithy.api#http`).
 */

/** An absolute shape id, `namespace#Name`, or a member id, `namespace#Name$member`. */
export type ShapeId = string;

/** Where a shape, member or trait was written. Lines and columns count from 1. */
export interface SourceLocation {
  readonly filename: string;
  readonly line: number;
  readonly column: number;
}

/**
 * A number the JSON AST holds that a JS `number` cannot hold exactly (an integer beyond 2^53, or a
 * decimal that would round). Its source text is kept so it serialises back unchanged.
 */
export class BigNumberValue {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** A Smithy node value: trait values, metadata, examples. */
export type NodeValue =
  | null
  | boolean
  | number
  | BigNumberValue
  | string
  | readonly NodeValue[]
  | { readonly [key: string]: NodeValue };

/** Trait values of a shape or member, keyed by the trait's absolute shape id. */
export type Traits = Readonly<Record<ShapeId, NodeValue>>;

export type SimpleShapeType =
  | 'blob'
  | 'boolean'
  | 'string'
  | 'byte'
  | 'short'
  | 'integer'
  | 'long'
  | 'float'
  | 'double'
  | 'bigInteger'
  | 'bigDecimal'
  | 'timestamp'
  | 'document';

export type ShapeType =
  | SimpleShapeType
  | 'enum'
  | 'intEnum'
  | 'list'
  | 'set'
  | 'map'
  | 'structure'
  | 'union'
  | 'service'
  | 'resource'
  | 'operation';

export interface Member {
  /** `namespace#Container$name` */
  readonly id: ShapeId;
  readonly name: string;
  readonly container: ShapeId;
  readonly target: ShapeId;
  readonly traits: Traits;
  readonly location?: SourceLocation;
}

interface ShapeBase {
  readonly id: ShapeId;
  readonly traits: Traits;
  /** Mixins the shape was declared with (already flattened into members and traits). */
  readonly mixins: readonly ShapeId[];
  readonly location?: SourceLocation;
}

export interface SimpleShape extends ShapeBase {
  readonly type: SimpleShapeType;
}

/** `enum` and `intEnum`: values come from each member's `smithy.api#enumValue` trait. */
export interface EnumShape extends ShapeBase {
  readonly type: 'enum' | 'intEnum';
  /** In declaration order. */
  readonly members: ReadonlyMap<string, Member>;
}

export interface ListShape extends ShapeBase {
  readonly type: 'list' | 'set';
  readonly member: Member;
}

export interface MapShape extends ShapeBase {
  readonly type: 'map';
  readonly key: Member;
  readonly value: Member;
}

export interface StructureShape extends ShapeBase {
  readonly type: 'structure' | 'union';
  /** In declaration order (mixin members first, as Smithy orders them). */
  readonly members: ReadonlyMap<string, Member>;
}

export interface ServiceShape extends ShapeBase {
  readonly type: 'service';
  readonly version?: string;
  readonly operations: readonly ShapeId[];
  readonly resources: readonly ShapeId[];
  readonly errors: readonly ShapeId[];
  readonly rename: Readonly<Record<ShapeId, string>>;
}

export interface ResourceShape extends ShapeBase {
  readonly type: 'resource';
  readonly identifiers: Readonly<Record<string, ShapeId>>;
  readonly properties: Readonly<Record<string, ShapeId>>;
  readonly create?: ShapeId;
  readonly put?: ShapeId;
  readonly read?: ShapeId;
  readonly update?: ShapeId;
  readonly delete?: ShapeId;
  readonly list?: ShapeId;
  readonly operations: readonly ShapeId[];
  readonly collectionOperations: readonly ShapeId[];
  readonly resources: readonly ShapeId[];
}

export interface OperationShape extends ShapeBase {
  readonly type: 'operation';
  /** `smithy.api#Unit` when the operation has no input. */
  readonly input: ShapeId;
  /** `smithy.api#Unit` when the operation has no output. */
  readonly output: ShapeId;
  readonly errors: readonly ShapeId[];
}

export type Shape =
  | SimpleShape
  | EnumShape
  | ListShape
  | MapShape
  | StructureShape
  | ServiceShape
  | ResourceShape
  | OperationShape;

/**
 * Narrows `Shape` by its `type`. Distributes over the union so that types sharing an interface
 * (`structure`/`union`, `list`/`set`, `enum`/`intEnum`) still resolve (`Extract` gave `never`).
 */
export type ShapeOfType<T extends ShapeType> = Shape extends infer S
  ? S extends { readonly type: infer U }
    ? T extends U
      ? S
      : never
    : never
  : never;

export type Severity = 'ERROR' | 'DANGER' | 'WARNING' | 'NOTE' | 'SUPPRESSED';

/**
 * One finding about a model. `id` follows Smithy's event ids (`HttpLabelTrait`, `Target`,
 * `Model`, ...) so results compare with Smithy's own `.errors` files; `hint` says how to fix it.
 */
export interface ValidationEvent {
  readonly id: string;
  readonly severity: Severity;
  readonly message: string;
  readonly shapeId?: ShapeId;
  readonly sourceLocation?: SourceLocation;
  readonly hint?: string;
  /** Why a SUPPRESSED event was suppressed, when the suppression gave a `reason`. */
  readonly suppressionReason?: string;
}

/** Everything a service reaches: the shapes later stages emit for one API version. */
export interface ServiceClosure {
  readonly service: ServiceShape;
  /** Every operation bound to the service directly or through its resources, sorted by id. */
  readonly operations: readonly OperationShape[];
  readonly resources: readonly ResourceShape[];
  /** Ids of every shape reachable from the service (members' targets, errors, ...), sorted. */
  readonly shapeIds: readonly ShapeId[];
}

/**
 * The loaded, resolved model. Implemented by the loader (`Model` in `model.ts`); validators and
 * every later stage depend only on this interface.
 */
export interface SemanticModel {
  readonly metadata: Readonly<Record<string, NodeValue>>;
  /**
   * Where metadata `key` was written (for a list, where its element `index` was written), so
   * events about metadata (e.g. a bad `validators` entry) can point at the source.
   */
  metadataLocation?(key: string, index?: number): SourceLocation | undefined;
  getShape(id: ShapeId): Shape | undefined;
  /** Throws a `ModelError` naming the id (and the expected type) when absent or different. */
  expectShape<T extends ShapeType>(id: ShapeId, type?: T): ShapeOfType<T>;
  /** Resolves `ns#Name$member`. */
  getMember(id: ShapeId): Member | undefined;
  /** Every shape, prelude included, sorted by id. */
  shapes(): readonly Shape[];
  shapesOfType<T extends ShapeType>(type: T): readonly ShapeOfType<T>[];
  /** True for shapes of the Smithy prelude (`smithy.api#...`). */
  isPrelude(id: ShapeId): boolean;
  /** True for the prelude and the bundled trait definitions the model did not replace. */
  isBuiltIn(id: ShapeId): boolean;
  serviceClosure(serviceId: ShapeId): ServiceClosure;
}

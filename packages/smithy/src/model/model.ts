/**
 * @module `Model`, the loader's implementation of `SemanticModel`: an immutable, indexed set of
 * resolved shapes with the queries later stages need (typed lookup, members, service closure) and
 * `toJsonAst()` to write it back as Smithy's JSON AST.
 */
import { shapeToJsonAst } from './json-ast.js';
import { membersOf, shapeClosure } from './members.js';
import type {
  Member,
  NodeValue,
  OperationShape,
  ResourceShape,
  SemanticModel,
  ServiceClosure,
  Shape,
  ShapeId,
  ShapeOfType,
  ShapeType,
  SourceLocation,
} from './shapes.js';

/** A lookup that the model cannot satisfy (absent shape, or a shape of another type). */
export class ModelError extends Error {
  override readonly name = 'ModelError';
  constructor(
    message: string,
    readonly shapeId: ShapeId,
  ) {
    super(message);
  }
}

/** The JSON AST of a model: `{ "smithy": "2.0", "metadata"?: {...}, "shapes": {...} }`. */
export interface JsonAst {
  readonly smithy: string;
  readonly metadata?: Readonly<Record<string, NodeValue>>;
  readonly shapes: Readonly<Record<ShapeId, NodeValue>>;
}

export class Model implements SemanticModel {
  private readonly byId: ReadonlyMap<ShapeId, Shape>;
  private readonly sorted: readonly Shape[];

  constructor(
    shapes: Iterable<Shape>,
    readonly metadata: Readonly<Record<string, NodeValue>> = {},
    /** Ids of shapes the front end supplies (prelude and bundled AWS trait definitions). */
    private readonly builtIns: ReadonlySet<ShapeId> = new Set(),
    /** Where each metadata key was written: one location per list element, else one. */
    private readonly metadataLocations: ReadonlyMap<string, readonly SourceLocation[]> = new Map(),
  ) {
    const list = [...shapes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.sorted = list;
    this.byId = new Map(list.map((s) => [s.id, s]));
  }

  getShape(id: ShapeId): Shape | undefined {
    return this.byId.get(id);
  }

  metadataLocation(key: string, index = 0): SourceLocation | undefined {
    const locations = this.metadataLocations.get(key);
    return locations?.[index] ?? locations?.[0];
  }

  expectShape<T extends ShapeType>(id: ShapeId, type?: T): ShapeOfType<T> {
    const shape = this.byId.get(id);
    if (!shape) {
      throw new ModelError(
        `Shape \`${id}\` is not in the model${type ? ` (expected a ${type})` : ''}`,
        id,
      );
    }
    if (type && shape.type !== type) {
      throw new ModelError(`Shape \`${id}\` is a ${shape.type}, expected a ${type}`, id);
    }
    return shape as ShapeOfType<T>;
  }

  getMember(id: ShapeId): Member | undefined {
    const dollar = id.indexOf('$');
    if (dollar < 0) return undefined;
    const shape = this.byId.get(id.slice(0, dollar));
    const name = id.slice(dollar + 1);
    if (shape && 'members' in shape) return shape.members.get(name);
    return shape ? membersOf(shape).find((m) => m.name === name) : undefined;
  }

  shapes(): readonly Shape[] {
    return this.sorted;
  }

  shapesOfType<T extends ShapeType>(type: T): readonly ShapeOfType<T>[] {
    return this.sorted.filter((s): s is ShapeOfType<T> => s.type === type);
  }

  isPrelude(id: ShapeId): boolean {
    return id.startsWith('smithy.api#');
  }

  /**
   * True for shapes the model author did not write: the prelude and the bundled trait
   * definitions (`aws.protocols#restJson1`, ...) unless the model defines them itself.
   */
  isBuiltIn(id: ShapeId): boolean {
    return this.isPrelude(id) || this.builtIns.has(id.split('$')[0]!);
  }

  serviceClosure(serviceId: ShapeId): ServiceClosure {
    const service = this.expectShape(serviceId, 'service');
    const reached = shapeClosure([serviceId], (id) => this.byId.get(id));
    const shapes = [...reached].sort().map((id) => this.byId.get(id)!);
    return {
      service,
      operations: shapes.filter((s): s is OperationShape => s.type === 'operation'),
      resources: shapes.filter((s): s is ResourceShape => s.type === 'resource'),
      shapeIds: shapes.map((s) => s.id),
    };
  }

  /** The model as Smithy JSON AST (built-in shapes left out), shapes sorted by id. */
  toJsonAst(): JsonAst {
    const shapes: Record<ShapeId, NodeValue> = {};
    for (const shape of this.sorted) {
      if (!this.isBuiltIn(shape.id)) shapes[shape.id] = shapeToJsonAst(shape);
    }
    const hasMetadata = Object.keys(this.metadata).length > 0;
    return { smithy: '2.0', ...(hasMetadata ? { metadata: this.metadata } : {}), shapes };
  }
}

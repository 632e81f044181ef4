/**
 * @module `Model`, the loader's implementation of `SemanticModel`: an immutable, indexed set of
 * resolved shapes with the queries later stages need (typed lookup, members, service closure) and
 * `toJsonAst()` to write it back as Smithy's JSON AST.
 */
import { shapeToJsonAst } from './json-ast.js';
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
  ) {
    const list = [...shapes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.sorted = list;
    this.byId = new Map(list.map((s) => [s.id, s]));
  }

  getShape(id: ShapeId): Shape | undefined {
    return this.byId.get(id);
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
    return shape ? membersOf(shape).find((m) => m.name === id.slice(dollar + 1)) : undefined;
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
    const operations = new Map<ShapeId, OperationShape>();
    const resources = new Map<ShapeId, ResourceShape>();
    const seen = new Set<ShapeId>();
    const pending: ShapeId[] = [serviceId];
    while (pending.length > 0) {
      const id = pending.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const shape = this.byId.get(id);
      if (!shape) continue;
      if (shape.type === 'operation') operations.set(id, shape);
      if (shape.type === 'resource') resources.set(id, shape);
      pending.push(...references(shape));
    }
    const byId = <T extends Shape>(a: T, b: T): number => (a.id < b.id ? -1 : 1);
    return {
      service,
      operations: [...operations.values()].sort(byId),
      resources: [...resources.values()].sort(byId),
      shapeIds: [...seen].filter((id) => this.byId.has(id)).sort(),
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

/** Members of any shape, in order (`member`, `key`/`value`, or the member map). */
export function membersOf(shape: Shape): readonly Member[] {
  switch (shape.type) {
    case 'list':
    case 'set':
      return [shape.member];
    case 'map':
      return [shape.key, shape.value];
    case 'structure':
    case 'union':
    case 'enum':
    case 'intEnum':
      return [...shape.members.values()];
    default:
      return [];
  }
}

/** Shapes a shape points at (the edges of Smithy's shape walker), mixins included. */
export function references(shape: Shape): ShapeId[] {
  const out: ShapeId[] = [...shape.mixins, ...membersOf(shape).map((m) => m.target)];
  switch (shape.type) {
    case 'service':
      out.push(...shape.operations, ...shape.resources, ...shape.errors);
      break;
    case 'resource':
      out.push(...Object.values(shape.identifiers), ...Object.values(shape.properties));
      for (const op of [
        shape.create,
        shape.put,
        shape.read,
        shape.update,
        shape.delete,
        shape.list,
      ]) {
        if (op) out.push(op);
      }
      out.push(...shape.operations, ...shape.collectionOperations, ...shape.resources);
      break;
    case 'operation':
      out.push(shape.input, shape.output, ...shape.errors);
      break;
    default:
      break;
  }
  return out;
}

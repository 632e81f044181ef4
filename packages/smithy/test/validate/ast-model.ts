/**
 * @module Test helper: builds a `SemanticModel` from a small JSON-AST-like object, so validator
 * tests do not depend on the IDL loader. Adds the prelude simple shapes and `smithy.api#Unit`;
 * trait definitions a test needs are passed in like any other shape.
 */
import type {
  Member,
  NodeValue,
  SemanticModel,
  ServiceClosure,
  Shape,
  ShapeId,
  ShapeOfType,
  ShapeType,
  SimpleShapeType,
  Traits,
} from '../../src/model/shapes.js';

export interface AstMember {
  readonly target: ShapeId;
  readonly traits?: Traits;
}

export interface AstShape {
  readonly type: ShapeType;
  readonly traits?: Traits;
  readonly mixins?: readonly ShapeId[];
  readonly members?: Readonly<Record<string, AstMember>>;
  readonly member?: AstMember;
  readonly key?: AstMember;
  readonly value?: AstMember;
  readonly input?: ShapeId;
  readonly output?: ShapeId;
  readonly errors?: readonly ShapeId[];
  readonly operations?: readonly ShapeId[];
  readonly resources?: readonly ShapeId[];
  readonly collectionOperations?: readonly ShapeId[];
  readonly identifiers?: Readonly<Record<string, ShapeId>>;
  readonly properties?: Readonly<Record<string, ShapeId>>;
  readonly create?: ShapeId;
  readonly put?: ShapeId;
  readonly read?: ShapeId;
  readonly update?: ShapeId;
  readonly delete?: ShapeId;
  readonly list?: ShapeId;
  readonly version?: string;
}

const PRELUDE_SIMPLE: Record<string, SimpleShapeType> = {
  String: 'string',
  Blob: 'blob',
  Boolean: 'boolean',
  Byte: 'byte',
  Short: 'short',
  Integer: 'integer',
  Long: 'long',
  Float: 'float',
  Double: 'double',
  BigInteger: 'bigInteger',
  BigDecimal: 'bigDecimal',
  Timestamp: 'timestamp',
  Document: 'document',
  PrimitiveBoolean: 'boolean',
  PrimitiveInteger: 'integer',
  PrimitiveLong: 'long',
};

/** Builds a model; every shape gets a fake location `<filename>:<index+1>:1` for assertions. */
export function astModel(shapes: Readonly<Record<ShapeId, AstShape>>, filename = 'test.smithy') {
  const all = new Map<ShapeId, Shape>();
  for (const [name, type] of Object.entries(PRELUDE_SIMPLE)) {
    const id = `smithy.api#${name}`;
    all.set(id, { id, type, traits: {}, mixins: [] });
  }
  all.set('smithy.api#Unit', {
    id: 'smithy.api#Unit',
    type: 'structure',
    traits: { 'smithy.api#unitType': {} },
    mixins: [],
    members: new Map(),
  });
  let line = 0;
  for (const [id, ast] of Object.entries(shapes)) {
    line += 1;
    all.set(id, toShape(id, ast, { filename, line, column: 1 }));
  }
  return new AstSemanticModel(all);
}

function toShape(id: ShapeId, ast: AstShape, location: Shape['location']): Shape {
  const base = { id, traits: ast.traits ?? {}, mixins: ast.mixins ?? [], location };
  const member = (name: string, m: AstMember): Member => ({
    id: `${id}$${name}`,
    name,
    container: id,
    target: m.target,
    traits: m.traits ?? {},
    location,
  });
  const members = () =>
    new Map(Object.entries(ast.members ?? {}).map(([n, m]) => [n, member(n, m)] as const));
  switch (ast.type) {
    case 'list':
    case 'set':
      return { ...base, type: ast.type, member: member('member', need(ast.member, id)) };
    case 'map':
      return {
        ...base,
        type: 'map',
        key: member('key', need(ast.key, id)),
        value: member('value', need(ast.value, id)),
      };
    case 'structure':
    case 'union':
    case 'enum':
    case 'intEnum':
      return { ...base, type: ast.type, members: members() };
    case 'operation':
      return {
        ...base,
        type: 'operation',
        input: ast.input ?? 'smithy.api#Unit',
        output: ast.output ?? 'smithy.api#Unit',
        errors: ast.errors ?? [],
      };
    case 'service':
      return {
        ...base,
        type: 'service',
        version: ast.version,
        operations: ast.operations ?? [],
        resources: ast.resources ?? [],
        errors: ast.errors ?? [],
        rename: {},
      };
    case 'resource':
      return {
        ...base,
        type: 'resource',
        identifiers: ast.identifiers ?? {},
        properties: ast.properties ?? {},
        create: ast.create,
        put: ast.put,
        read: ast.read,
        update: ast.update,
        delete: ast.delete,
        list: ast.list,
        operations: ast.operations ?? [],
        collectionOperations: ast.collectionOperations ?? [],
        resources: ast.resources ?? [],
      };
    default:
      return { ...base, type: ast.type };
  }
}

function need(m: AstMember | undefined, id: ShapeId): AstMember {
  if (!m) throw new Error(`test model: ${id} needs its member(s)`);
  return m;
}

class AstSemanticModel implements SemanticModel {
  readonly metadata: Readonly<Record<string, NodeValue>> = {};
  readonly #shapes: Map<ShapeId, Shape>;
  constructor(shapes: Map<ShapeId, Shape>) {
    this.#shapes = new Map([...shapes].sort(([a], [b]) => (a < b ? -1 : 1)));
  }
  getShape(id: ShapeId): Shape | undefined {
    return this.#shapes.get(id);
  }
  expectShape<T extends ShapeType>(id: ShapeId, type?: T): ShapeOfType<T> {
    const shape = this.#shapes.get(id);
    if (!shape || (type && shape.type !== type)) throw new Error(`test model: no ${type} ${id}`);
    return shape as ShapeOfType<T>;
  }
  getMember(id: ShapeId): Member | undefined {
    const [container, name] = id.split('$');
    const shape = this.#shapes.get(container ?? '');
    if (!shape || name === undefined) return undefined;
    switch (shape.type) {
      case 'list':
      case 'set':
        return name === 'member' ? shape.member : undefined;
      case 'map':
        return name === 'key' ? shape.key : name === 'value' ? shape.value : undefined;
      case 'structure':
      case 'union':
      case 'enum':
      case 'intEnum':
        return shape.members.get(name);
      default:
        return undefined;
    }
  }
  shapes(): readonly Shape[] {
    return [...this.#shapes.values()];
  }
  shapesOfType<T extends ShapeType>(type: T): readonly ShapeOfType<T>[] {
    return this.shapes().filter((s): s is ShapeOfType<T> => s.type === type);
  }
  isPrelude(id: ShapeId): boolean {
    return id.startsWith('smithy.api#');
  }
  isBuiltIn(id: ShapeId): boolean {
    return this.isPrelude(id);
  }
  serviceClosure(serviceId: ShapeId): ServiceClosure {
    throw new Error(`test model: serviceClosure(${serviceId}) is not needed by validators`);
  }
}

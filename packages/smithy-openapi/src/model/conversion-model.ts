/**
 * @module The model as the converter sees it: the front end's `SemanticModel` with mixin shapes
 * removed and optional replacement shapes layered on top (smithy-openapi rewrites the model before
 * converting: service errors copied onto operations, errors sharing a status code merged). Trait
 * lookups follow Smithy's rules (`getMemberTrait`: the member, else its target).
 */
import { isMember, membersOf, shapeClosure, shapeName, TRAIT_IDS } from '@platform/smithy';
import type {
  Member,
  NodeValue,
  SemanticModel,
  ServiceShape,
  Shape,
  ShapeId,
  ShapeOfType,
  ShapeType,
} from '@platform/smithy';
import { OpenApiConversionError } from '../errors.js';

/** A shape or a member: anything that carries traits. */
export type TraitHolder = Shape | Member;

export class ConversionModel {
  private constructor(
    private readonly base: SemanticModel,
    private readonly overrides: ReadonlyMap<ShapeId, Shape>,
  ) {}

  static of(base: SemanticModel): ConversionModel {
    return new ConversionModel(base, new Map());
  }

  /** A model where `shapes` replace (or add to) the shapes of this one. */
  withShapes(shapes: Iterable<Shape>): ConversionModel {
    const overrides = new Map(this.overrides);
    for (const shape of shapes) overrides.set(shape.id, shape);
    return new ConversionModel(this.base, overrides);
  }

  get metadata(): Readonly<Record<string, NodeValue>> {
    return this.base.metadata;
  }

  shape(id: ShapeId): Shape | undefined {
    const shape = this.overrides.get(id) ?? this.base.getShape(id);
    return shape && !shape.traits[TRAIT_IDS.mixin] ? shape : undefined;
  }

  expect<T extends ShapeType>(id: ShapeId, ...types: T[]): ShapeOfType<T> {
    const shape = this.shape(id);
    if (!shape) {
      throw new OpenApiConversionError('InvalidModel', `Shape \`${id}\` is not in the model`, {
        shapeId: id,
        hint: 'Load the file that defines it, or fix the reference.',
      });
    }
    if (types.length > 0 && !types.includes(shape.type as T)) {
      throw new OpenApiConversionError(
        'InvalidModel',
        `Shape \`${id}\` is a ${shape.type}, expected a ${types.join(' or ')}`,
        { shapeId: id, ...(shape.location ? { location: shape.location } : {}) },
      );
    }
    return shape as ShapeOfType<T>;
  }

  /** The shape a member targets. */
  target(member: Member): Shape {
    return this.expect(member.target);
  }

  /** Resolves a shape or, through its container, a member id. */
  holder(id: ShapeId): TraitHolder {
    const dollar = id.indexOf('$');
    if (dollar === -1) return this.expect(id);
    const container = this.expect(id.slice(0, dollar));
    const member = membersOf(container).find((m) => m.id === id);
    if (!member)
      throw new OpenApiConversionError('InvalidModel', `Member \`${id}\` is not in the model`, {
        shapeId: id,
      });
    return member;
  }

  /**
   * Ids of the shapes reachable from `roots` along Smithy's walker edges. Mixins are left out
   * (the converter works on the flattened model), and so are ids missing from the model: the
   * lookups that need them report them.
   */
  closure(roots: Iterable<ShapeId>): Set<ShapeId> {
    return shapeClosure(roots, (id) => this.shape(id));
  }

  /**
   * Operations bound to a service directly or through its resources, sorted by shape id (only
   * bindings lead to operations: no member or error can target one).
   */
  serviceOperations(serviceId: ShapeId): ShapeId[] {
    return [...this.closure([serviceId])]
      .filter((id) => this.shape(id)?.type === 'operation')
      .sort();
  }

  /** Every shape, prelude included, replacements applied, mixins removed, sorted by id. */
  shapes(): Shape[] {
    const ids = new Set(this.base.shapes().map((s) => s.id));
    for (const id of this.overrides.keys()) ids.add(id);
    return [...ids]
      .sort()
      .map((id) => this.shape(id))
      .filter((s): s is Shape => s !== undefined);
  }

  isPrelude(id: ShapeId): boolean {
    return id.startsWith('smithy.api#');
  }

  /** The prelude and the front end's bundled trait definitions (not the user's model). */
  isBuiltIn(id: ShapeId): boolean {
    return !this.overrides.has(id) && this.base.isBuiltIn(id);
  }

  /** Smithy's `getMemberTrait`: the member's trait, else its target's. Shapes: their own. */
  memberTrait(holder: TraitHolder, traitId: ShapeId): NodeValue | undefined {
    const own = holder.traits[traitId];
    if (own !== undefined || !isMember(holder)) return own;
    return this.shape(holder.target)?.traits[traitId];
  }

  isRequired(member: Member): boolean {
    return member.traits[TRAIT_IDS.required] !== undefined;
  }

  /** The name a service gives a shape (its `rename`, else the shape's own name). */
  contextualName(service: ServiceShape, id: ShapeId): string {
    return service.rename[id] ?? shapeName(id);
  }
}

/**
 * @module Walking the shape graph: the members a shape declares, the shapes it points at (the
 * edges of Smithy's shape walker) and everything reachable from some roots. Every stage that
 * follows members or service bindings goes through these, so they agree on what a service
 * reaches.
 */
import { RESOURCE_LIFECYCLE } from './shape-properties.js';
import type { Member, Shape, ShapeId } from './shapes.js';

/**
 * Members of any shape, in declaration order: structure, union and enum members, a list's
 * `member`, a map's `key` and `value`; none for other shapes.
 */
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

/**
 * The shapes `shape` points at, as Smithy's walker follows them: mixins, member targets, a
 * service's operations, resources and errors, a resource's identifiers, properties, lifecycle
 * operations and children, an operation's input, output and errors.
 */
export function shapeReferences(shape: Shape): ShapeId[] {
  const out: ShapeId[] = [...shape.mixins, ...membersOf(shape).map((m) => m.target)];
  switch (shape.type) {
    case 'service':
      out.push(...shape.operations, ...shape.resources, ...shape.errors);
      break;
    case 'resource':
      out.push(...Object.values(shape.identifiers), ...Object.values(shape.properties));
      for (const lifecycle of RESOURCE_LIFECYCLE) {
        const op = shape[lifecycle];
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

/** Member targets only: the data a value of `shape` can hold, without service bindings. */
export function memberTargets(shape: Shape): ShapeId[] {
  return membersOf(shape).map((m) => m.target);
}

/**
 * Ids of the shapes reachable from `roots` (the roots included) along `edges`, in the order the
 * walk meets them. `lookup` decides what exists: an id it does not resolve is neither listed nor
 * followed, so a caller can hide shapes (mixins, the prelude) from the walk. A walk that also
 * visits members (or anything else an id names) passes a `lookup` that returns them and the
 * `edges` to follow from them.
 */
export function shapeClosure(
  roots: Iterable<ShapeId>,
  lookup: (id: ShapeId) => Shape | undefined,
  edges?: (shape: Shape) => readonly ShapeId[],
): Set<ShapeId>;
export function shapeClosure<T>(
  roots: Iterable<ShapeId>,
  lookup: (id: ShapeId) => T | undefined,
  edges: (subject: T) => readonly ShapeId[],
): Set<ShapeId>;
export function shapeClosure<T>(
  roots: Iterable<ShapeId>,
  lookup: (id: ShapeId) => T | undefined,
  // Only the first overload may leave `edges` out, and there `T` is `Shape`.
  edges = shapeReferences as unknown as (subject: T) => readonly ShapeId[],
): Set<ShapeId> {
  const seen = new Set<ShapeId>();
  const pending = [...roots];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (seen.has(id)) continue;
    const subject = lookup(id);
    if (!subject) continue;
    seen.add(id);
    pending.push(...edges(subject));
  }
  return seen;
}

/** True when `subject` is a member rather than a shape (members have no `type`). */
export function isMember(subject: Shape | Member): subject is Member {
  return !('type' in subject);
}

/**
 * @module `UnreferencedShape`: a NOTE for each shape with no modeled connection to a root shape
 * (`rootShapeSelector`, default `service`). Trait definitions, `@metadata` schemas and what they
 * reach count as referenced; so do shapes named by `@idRef` strings in trait values, as in
 * Smithy's `UnreferencedShapes`.
 */
import { isMember, membersOf, shapeClosure } from '../../model/members.js';
import type { NodeObject } from '../../model/node.js';
import type { NodeValue, SemanticModel, ShapeId } from '../../model/shapes.js';
import { TRAIT_IDS } from '../../model/trait-ids.js';
import type { Subject } from '../event.js';
import { eventFor } from '../event.js';
import { relationshipsOf, resolveSubject } from '../relationships.js';
import { selectorContextFor } from '../selector/evaluate.js';
import { parseConfiguredSelector, ValidatorConfig } from './config.js';
import type { ModelValidator } from './config.js';

const METADATA_TRAIT = 'smithy.api#metadata';

export function unreferencedShape(configuration: NodeObject): ModelValidator {
  const config = new ValidatorConfig(configuration, ['rootShapeSelector']);
  const text = config.string('rootShapeSelector') ?? 'service';
  const selector = parseConfiguredSelector('rootShapeSelector', text);
  return (model) => {
    const roots = [
      ...selectorContextFor(model).select(selector),
      ...model
        .shapes()
        .filter(
          (s) => s.traits[TRAIT_IDS.trait] !== undefined || s.traits[METADATA_TRAIT] !== undefined,
        )
        .map((s) => s.id),
    ];
    const connected = reachable(model, roots);
    return model
      .shapes()
      .filter((s) => !connected.has(s.id) && !model.isBuiltIn(s.id))
      .map((s) =>
        eventFor(
          s,
          'NOTE',
          'UnreferencedShape',
          'This shape is unreferenced. It has no modeled connections to shapes that match the ' +
            `following selector: \`${text}\``,
          'Connect the shape to a root shape, or delete it if nothing uses it.',
        ),
      );
  };
}

/** Every shape and member reachable from `roots`, following relationships and `@idRef` values. */
function reachable(model: SemanticModel, roots: readonly ShapeId[]): Set<ShapeId> {
  return shapeClosure(
    roots,
    (id) => resolveSubject(model, id),
    (subject: Subject) => [
      ...relationshipsOf(subject).map((rel) => rel.neighborId),
      ...idRefsOf(model, subject),
    ],
  );
}

/** Shape ids that `@idRef` strings in `subject`'s trait values name. */
function idRefsOf(model: SemanticModel, subject: Subject): ShapeId[] {
  const found: ShapeId[] = [];
  const visit = (schema: Subject | undefined, value: NodeValue | undefined, depth: number) => {
    if (!schema || value === undefined || value === null || depth > 32) return;
    const target = isMember(schema) ? model.getShape(schema.target) : schema;
    const idRef = schema.traits[TRAIT_IDS.idRef] ?? target?.traits[TRAIT_IDS.idRef];
    if (idRef !== undefined && typeof value === 'string') {
      if (resolveSubject(model, value)) found.push(value);
      return;
    }
    if (!target || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      const member = target.type === 'list' || target.type === 'set' ? target.member : undefined;
      for (const v of value as readonly NodeValue[]) visit(member, v, depth + 1);
      return;
    }
    const object = value as NodeObject;
    if (target.type === 'map') {
      for (const v of Object.values(object)) visit(target.value, v, depth + 1);
    } else if (target.type === 'structure' || target.type === 'union') {
      for (const m of membersOf(target)) visit(m, object[m.name], depth + 1);
    }
  };
  for (const [traitId, value] of Object.entries(subject.traits)) {
    visit(model.getShape(traitId), value, 0);
  }
  return found;
}

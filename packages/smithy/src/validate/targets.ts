/**
 * @module `Target`: every edge of the model (member targets, operation input/output/errors,
 * service and resource bindings, mixins) must reach a shape that exists and has the right type.
 * Unresolved targets get "did you mean" suggestions within an edit distance of two.
 */
import type { SemanticModel, Shape, ValidationEvent } from '../model/shapes.js';
import type { Subject } from './event.js';
import { describeShape, errorFor } from './event.js';
import type { Relationship, RelationshipType } from './relationships.js';
import { relationshipsOf, resolveSubject } from './relationships.js';
import { isMember, membersOf } from '../model/members.js';
import { editDistanceWithin } from './text.js';
import { TRAIT_IDS } from '../model/trait-ids.js';

const ID = 'Target';
const LIFECYCLE: ReadonlySet<RelationshipType> = new Set([
  'CREATE',
  'PUT',
  'READ',
  'UPDATE',
  'DELETE',
  'LIST',
]);

export function validateTargets(model: SemanticModel): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  const allIds = model.shapes().map((s) => s.id);
  for (const shape of model.shapes()) {
    if (model.isPrelude(shape.id)) continue;
    for (const subject of [shape, ...membersOf(shape)]) {
      for (const rel of relationshipsOf(subject)) {
        if (rel.type === 'MEMBER' && rel.memberRole !== 'key') continue;
        const target = resolveSubject(model, rel.neighborId);
        if (rel.type === 'MEMBER') {
          // The map key edge: the key member itself exists, check what it targets.
          if (target && isMember(target)) checkMapKey(model, shape, target.target, events);
          continue;
        }
        if (!target) events.push(unresolved(subject, rel, allIds));
        else checkTarget(subject, target, rel.type, events);
      }
    }
  }
  return events;
}

function checkMapKey(model: SemanticModel, map: Shape, keyTarget: string, out: ValidationEvent[]) {
  const resolved = model.getShape(keyTarget);
  if (resolved && resolved.type !== 'string' && resolved.type !== 'enum') {
    out.push(
      errorFor(
        map,
        ID,
        `Map key member targets ${describeShape(resolved)}, but is expected to target a string`,
        'Map keys are strings in every protocol: target `smithy.api#String` or a string/enum shape.',
      ),
    );
  }
}

function checkTarget(
  subject: Subject,
  target: Subject,
  type: RelationshipType,
  out: ValidationEvent[],
): void {
  const hasTrait = (id: string) => target.traits[id] !== undefined;
  if (type !== 'MIXIN') {
    if (hasTrait(TRAIT_IDS.trait)) {
      out.push(
        errorFor(
          subject,
          ID,
          `Found a ${type} reference to trait definition \`${target.id}\`. Trait definitions cannot be targeted by members or referenced by shapes in any other context other than applying them as traits.`,
          'Point this reference at an ordinary shape; trait definitions can only be applied with `@`.',
        ),
      );
      return;
    }
    if (!isMember(target) && hasTrait(TRAIT_IDS.mixin)) {
      out.push(
        errorFor(
          subject,
          ID,
          `Illegal ${type} reference to mixin \`${target.id}\`; shapes marked with the mixin trait can only be referenced to apply them as a mixin.`,
          `Reference a concrete shape that uses \`with [${target.id}]\` instead of the mixin itself.`,
        ),
      );
      return;
    }
  }
  const kind = isMember(target) ? 'member' : target.type;
  switch (type) {
    case 'MEMBER_TARGET':
    case 'PROPERTY':
      if (['service', 'resource', 'operation', 'member'].includes(kind)) {
        out.push(
          errorFor(
            subject,
            ID,
            `Members cannot target ${kind} shapes, but found ${describeShape(target)}`,
            'Target a data shape (simple type, list, map, structure, union, enum).',
          ),
        );
      }
      break;
    case 'RESOURCE':
    case 'OPERATION':
    case 'COLLECTION_OPERATION':
      expectKind(subject, target, type, type === 'RESOURCE' ? 'resource' : 'operation', out);
      break;
    case 'INPUT':
    case 'OUTPUT':
      if (kind !== 'structure') expectKind(subject, target, type, 'structure', out);
      else if (hasTrait(TRAIT_IDS.error)) {
        const which = type === 'INPUT' ? 'input' : 'output';
        out.push(
          errorFor(
            subject,
            ID,
            `Operation ${which} targets an invalid structure \`${target.id}\` that is marked with the \`error\` trait.`,
            `Give the operation its own ${which} structure; error structures can only be listed in \`errors\`.`,
          ),
        );
      }
      break;
    case 'ERROR':
      if (kind !== 'structure') expectKind(subject, target, type, 'structure', out);
      else if (!hasTrait(TRAIT_IDS.error)) {
        out.push(
          errorFor(
            subject,
            ID,
            `\`${target.id}\` cannot be bound as an error because it is not marked with the \`error\` trait.`,
            `Add \`@error("client")\` or \`@error("server")\` to \`${target.id}\`, or remove it from \`errors\`.`,
          ),
        );
      }
      break;
    case 'IDENTIFIER':
      if (kind !== 'string' && kind !== 'enum') expectKind(subject, target, type, 'string', out);
      break;
    case 'MIXIN':
      if (!hasTrait(TRAIT_IDS.mixin)) {
        out.push(
          errorFor(
            subject,
            ID,
            `Attempted to use ${target.id} as a mixin, but it is not marked with the mixin trait`,
            `Add \`@mixin\` to \`${target.id}\`, or remove it from the \`with [...]\` list.`,
          ),
        );
      }
      break;
    default:
      if (LIFECYCLE.has(type) && kind !== 'operation') {
        out.push(
          errorFor(
            subject,
            ID,
            `Resource ${type.toLowerCase()} lifecycle operation must target an operation, but found ${describeShape(target)}`,
            'Bind an operation shape to this lifecycle property.',
          ),
        );
      }
  }
}

function expectKind(
  subject: Subject,
  target: Subject,
  type: RelationshipType,
  expected: string,
  out: ValidationEvent[],
): void {
  const kind = isMember(target) ? 'member' : target.type;
  if (kind === expected) return;
  out.push(
    errorFor(
      subject,
      ID,
      `${isMember(subject) ? 'member' : subject.type} shape \`${type.toLowerCase()}\` relationships must target a ${expected} shape, but found ${describeShape(target)}`,
      `Point this \`${type.toLowerCase()}\` binding at a ${expected} shape.`,
    ),
  );
}

function unresolved(
  subject: Subject,
  rel: Relationship,
  allIds: readonly string[],
): ValidationEvent {
  const suggestions = suggest(rel.neighborId, allIds);
  const didYouMean = suggestions.length > 0 ? `. Did you mean ${suggestions.join(', ')}?` : '';
  const hint =
    suggestions.length > 0
      ? `Change the reference to one of ${suggestions.map((s) => `\`${s}\``).join(', ')}, or define \`${rel.neighborId}\`.`
      : `Define \`${rel.neighborId}\`, or add a \`use\` statement / absolute id for the shape you meant.`;
  if (rel.type === 'MEMBER_TARGET') {
    return errorFor(
      subject,
      `${ID}.UnresolvedShape`,
      `member shape targets an unresolved shape \`${rel.neighborId}\`${didYouMean}`,
      hint,
    );
  }
  const name = rel.type.toLowerCase();
  const article = /^[aeiou]/.test(name) ? 'an' : 'a';
  const kind = isMember(subject) ? 'member' : subject.type;
  return errorFor(
    subject,
    `${ID}.UnresolvedShape`,
    `${kind} shape has ${article} \`${name}\` relationship to an unresolved shape \`${rel.neighborId}\`${didYouMean}`,
    hint,
  );
}

/** Ids closest to `wanted` (edit distance ≤ 2), sorted, all at the smallest distance found. */
function suggest(wanted: string, allIds: readonly string[]): string[] {
  let best = Number.POSITIVE_INFINITY;
  let found: string[] = [];
  for (const id of allIds) {
    const d = editDistanceWithin(wanted, id, 2);
    if (d === undefined || d > best) continue;
    if (d < best) {
      best = d;
      found = [];
    }
    found.push(id);
  }
  return found.sort();
}

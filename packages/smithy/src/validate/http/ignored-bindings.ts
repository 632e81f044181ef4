/**
 * @module `HttpBindingTraitIgnored`: HTTP member bindings only mean something at the top level of
 * an operation's input (`@httpLabel`, `@httpQuery`, `@httpQueryParams`), output
 * (`@httpResponseCode`) or input/output/error (`@httpHeader`, `@httpPrefixHeaders`,
 * `@httpPayload`). A binding on a structure that is also used elsewhere (as a nested member, or on
 * the wrong side) is silently ignored there; this rule says so, listing where.
 */
import type { Member, SemanticModel, ShapeId, ValidationEvent } from '../../model/shapes.js';
import { eventFor } from '../event.js';
import type { RelationshipType } from '../relationships.js';
import { relationshipsOf } from '../relationships.js';
import { membersOf } from '../../model/members.js';
import { traitName } from '../trait-definitions.js';
import { TRAIT_IDS } from '../../model/trait-ids.js';

const INPUT_ONLY: readonly string[] = [
  TRAIT_IDS.httpLabel,
  TRAIT_IDS.httpQueryParams,
  TRAIT_IDS.httpQuery,
];
const OUTPUT_ONLY: readonly string[] = [TRAIT_IDS.httpResponseCode];
const BINDINGS: readonly string[] = [
  TRAIT_IDS.httpHeader,
  ...INPUT_ONLY,
  TRAIT_IDS.httpPayload,
  TRAIT_IDS.httpPrefixHeaders,
  ...OUTPUT_ONLY,
];
/** Order in which contexts are listed (Smithy's relationship type order). */
const ORDER: readonly RelationshipType[] = ['MEMBER_TARGET', 'INPUT', 'OUTPUT', 'ERROR'];

interface Use {
  readonly type: RelationshipType;
  readonly from: ShapeId;
}

export function validateIgnoredBindings(model: SemanticModel): ValidationEvent[] {
  const usesOf = reverseUses(model);
  const events: ValidationEvent[] = [];
  for (const container of model.shapesOfType('structure')) {
    if (container.traits[TRAIT_IDS.mixin] !== undefined) continue;
    const uses = usesOf.get(container.id) ?? [];
    for (const member of container.members.values()) {
      const traits = BINDINGS.filter((t) => member.traits[t] !== undefined);
      if (traits.length === 0) continue;
      const inputOnly = traits.filter((t) => INPUT_ONLY.includes(t));
      const outputOnly = traits.filter((t) => OUTPUT_ONLY.includes(t));
      const ignored = new Map<RelationshipType, ShapeId[]>();
      for (const use of uses) {
        const wrongSide =
          (inputOnly.length > 0 && use.type !== 'INPUT') ||
          (outputOnly.length > 0 && use.type !== 'OUTPUT');
        const notTopLevel = !['INPUT', 'OUTPUT', 'ERROR'].includes(use.type);
        if (wrongSide || notTopLevel)
          ignored.set(use.type, [...(ignored.get(use.type) ?? []), use.from]);
      }
      if (ignored.size === 0) continue;
      const [kind, trait] =
        inputOnly.length > 0
          ? (['Input', inputOnly[0]] as const)
          : outputOnly.length > 0
            ? (['Output', outputOnly[0]] as const)
            : (['TopLevel', traits[0]] as const);
      // Smithy compares the number of uses with the number of ignored *kinds* of use.
      const where =
        uses.length === ignored.size
          ? 'ignored in all contexts.'
          : `ignored in some contexts: ${describe(ignored)}`;
      events.push(
        eventFor(
          member,
          'WARNING',
          `HttpBindingTraitIgnored.${kind}`,
          `The \`${traitName(trait ?? '')}\` trait applied to this${mixedIn(model, member) ? ' mixed in' : ''} member is ${where}`,
          kind === 'Input'
            ? 'Bind this member only in structures used directly as operation input; nested or output structures go in the body.'
            : kind === 'Output'
              ? 'Use `@httpResponseCode` only in structures used directly as operation output.'
              : 'HTTP bindings apply only to top-level input, output and error members; nested structures are serialized in the body.',
        ),
      );
    }
  }
  return events;
}

function reverseUses(model: SemanticModel): Map<ShapeId, Use[]> {
  const out = new Map<ShapeId, Use[]>();
  for (const shape of model.shapes()) {
    for (const subject of [shape, ...membersOf(shape)]) {
      for (const rel of relationshipsOf(subject)) {
        if (!ORDER.includes(rel.type)) continue;
        out.set(rel.neighborId, [
          ...(out.get(rel.neighborId) ?? []),
          { type: rel.type, from: subject.id },
        ]);
      }
    }
  }
  return out;
}

function describe(ignored: ReadonlyMap<RelationshipType, readonly ShapeId[]>): string {
  const parts = ORDER.filter((t) => ignored.has(t)).map(
    (t) =>
      `${t.toLowerCase().replace('_', ' ')}: [${[...new Set(ignored.get(t))].sort().join(', ')}]`,
  );
  return `{${parts.join(', ')}}`;
}

/** Whether the member was inherited from one of its container's mixins. */
function mixedIn(model: SemanticModel, member: Member): boolean {
  const container = model.getShape(member.container);
  return (container?.mixins ?? []).some((id) => {
    const mixin = model.getShape(id);
    return mixin !== undefined && membersOf(mixin).some((m) => m.name === member.name);
  });
}

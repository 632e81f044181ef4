/**
 * @module `HttpLabelTrait`: every label of an operation's URI is bound by an input member with
 * `@httpLabel` of the same name, every `@httpLabel` member has a label, and greedy labels bind
 * string members. (That labels are required and of simple types is the trait's selector, checked
 * by `TraitTarget`.)
 */
import type { SemanticModel, ValidationEvent } from '../../model/shapes.js';
import { describeShape, errorFor } from '../event.js';
import { tickedList } from '../text.js';
import { TRAIT_IDS } from '../../model/trait-ids.js';
import { httpRouteOf } from './http-trait.js';
import { findLabel } from './uri-pattern.js';

const ID = 'HttpLabelTrait';

export function validateHttpLabels(model: SemanticModel): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  for (const operation of model.shapesOfType('operation')) {
    const http = httpRouteOf(operation);
    if (!http?.parsed.ok) continue;
    const pattern = http.parsed.pattern;
    const input = model.getShape(operation.input);
    if (input?.type !== 'structure') continue;
    const unbound = new Set(
      pattern.segments.filter((s) => s.kind !== 'literal').map((s) => s.content),
    );
    for (const member of input.members.values()) {
      if (member.traits[TRAIT_IDS.httpLabel] === undefined) continue;
      unbound.delete(member.name);
      const label = findLabel(pattern, member.name);
      if (!label) {
        events.push(
          errorFor(
            member,
            ID,
            `This \`${member.name}\` structure member is marked with the \`httpLabel\` trait, but no corresponding \`http\` URI label could be found when used as the input of the \`${operation.id}\` operation.`,
            `Add \`{${member.name}}\` to the URI of \`${operation.id}\`, or bind the member elsewhere (\`@httpQuery\`, \`@httpHeader\`).`,
          ),
        );
        continue;
      }
      const target = model.getShape(member.target);
      if (label.kind === 'greedy' && target && target.type !== 'string' && target.type !== 'enum') {
        events.push(
          errorFor(
            member,
            ID,
            `The \`${member.name}\` structure member corresponds to a greedy label when used as the input of the \`${operation.id}\` operation. This member targets ${describeShape(target)}, but greedy labels must target string shapes.`,
            `Target a string shape from \`${member.id}\`, or make \`{${label.content}+}\` a plain label.`,
          ),
        );
      }
    }
    if (unbound.size > 0) {
      events.push(
        errorFor(
          operation,
          ID,
          `This operation uses \`${input.id}\` as input, but the following URI labels found in the operation's \`http\` trait do not have a corresponding member marked with the \`httpLabel\` trait: ${tickedList(unbound)}`,
          `Add a required member named like each label to \`${input.id}\` and mark it \`@httpLabel\`, or remove the label from the URI.`,
        ),
      );
    }
  }
  return events;
}

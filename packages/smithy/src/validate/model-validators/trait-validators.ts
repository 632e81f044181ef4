/**
 * @module `@traitValidators` (Smithy 2.0's trait-on-trait constraints): for every shape a trait
 * with `@traitValidators` is applied to, each validator's selector runs starting from that shape,
 * and every shape it selects gets an event with the validator's id, severity and message.
 */
import { membersOf } from '../../model/members.js';
import { asObject, asString } from '../../model/node.js';
import type { SemanticModel, Severity, ValidationEvent } from '../../model/shapes.js';
import { TRAIT_IDS } from '../../model/trait-ids.js';
import type { Subject } from '../event.js';
import { errorFor, eventFor } from '../event.js';
import { resolveSubject } from '../relationships.js';
import { selectorContextFor } from '../selector/evaluate.js';
import type { Selector } from '../selector/parse.js';
import { parseSelector, SelectorError } from '../selector/parse.js';

/** Event ids have the form of a Smithy namespace: dot-separated identifiers. */
const EVENT_ID = /^_*[A-Za-z][A-Za-z0-9_]*(\._*[A-Za-z][A-Za-z0-9_]*)*$/;
const SEVERITIES: readonly Severity[] = ['ERROR', 'DANGER', 'WARNING', 'NOTE'];

interface TraitValidator {
  readonly id: string;
  readonly selector: Selector;
  readonly message?: string;
  readonly severity: Severity;
}

export function validateTraitValidators(model: SemanticModel): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  const definitions = model.shapes().filter((s) => s.traits[TRAIT_IDS.traitValidators]);
  if (definitions.length === 0) return events;
  const subjects = model.shapes().flatMap((s): Subject[] => [s, ...membersOf(s)]);
  const context = selectorContextFor(model);
  for (const trait of definitions) {
    const validators = readValidators(trait, events);
    if (!validators) continue;
    for (const applied of subjects.filter((s) => s.traits[trait.id] !== undefined)) {
      for (const v of validators) {
        let selected: ReadonlySet<string>;
        try {
          selected = context.run(v.selector, new Set([applied.id]));
        } catch (error) {
          if (!(error instanceof SelectorError)) throw error;
          events.push(unusableSelector(trait, v.id, error));
          continue;
        }
        for (const id of selected) {
          const found = resolveSubject(model, id);
          if (!found) continue;
          const message =
            `Found an incompatible shape when validating the constraints of the \`${trait.id}\` ` +
            `trait attached to \`${applied.id}\`${v.message === undefined ? '' : `: ${v.message}`}`;
          events.push(
            eventFor(
              found,
              v.severity,
              v.id,
              message,
              `\`${applied.id}\` uses \`${trait.id}\`, whose @traitValidators forbid this shape; ` +
                'change the shape or do not apply the trait.',
            ),
          );
        }
      }
    }
  }
  return events;
}

/** The validators of `trait`, or undefined (with events) when any of them is unusable. */
function readValidators(trait: Subject, events: ValidationEvent[]): TraitValidator[] | undefined {
  const body = asObject(trait.traits[TRAIT_IDS.traitValidators]) ?? {};
  const validators: TraitValidator[] = [];
  let valid = true;
  for (const [id, value] of Object.entries(body)) {
    if (!EVENT_ID.test(id)) {
      events.push(
        errorFor(
          trait,
          'TraitValidators',
          `\`${TRAIT_IDS.traitValidators}\` key is not a valid event ID: \`${id}\``,
          'Use dot-separated identifiers that start with a letter, e.g. `MyProtocol.NoDocuments`.',
        ),
      );
      valid = false;
      continue;
    }
    const entry = asObject(value) ?? {};
    const severity = asString(entry['severity']) ?? 'ERROR';
    const message = asString(entry['message']);
    try {
      validators.push({
        id,
        selector: parseSelector(asString(entry['selector']) ?? ''),
        severity: SEVERITIES.includes(severity as Severity) ? (severity as Severity) : 'ERROR',
        ...(message !== undefined ? { message } : {}),
      });
    } catch (error) {
      if (!(error instanceof SelectorError)) throw error;
      events.push(unusableSelector(trait, id, error));
      valid = false;
    }
  }
  return valid ? validators : undefined;
}

function unusableSelector(trait: Subject, id: string, error: SelectorError): ValidationEvent {
  return errorFor(
    trait,
    'TraitValidators',
    `\`${TRAIT_IDS.traitValidators}\` validator \`${id}\` has an unusable selector: ${error.message}`,
    'Fix the selector; this front end does not support selector variables, scoped attributes, ' +
      '`:root`, `:in`, `:topdown` or `:recursive`.',
  );
}

/**
 * @module `MissingSensitiveTrait`: a WARNING for each shape or member whose name suggests
 * sensitive data (`email`, `password`, `ssn`, ... plus configured `terms`, matched on word
 * boundaries) when neither it nor, for a member, its container or target is `@sensitive`.
 */
import { membersOf } from '../../../model/members.js';
import type { NodeObject } from '../../../model/node.js';
import type { ValidationEvent } from '../../../model/shapes.js';
import { TRAIT_IDS } from '../../../model/trait-ids.js';
import { eventFor } from '../../event.js';
import { ValidatorConfig, ValidatorConfigError } from '../config.js';
import type { ModelValidator } from '../config.js';
import { nameOf, WordBoundaryMatcher } from './words.js';

const DEFAULT_TERMS = [
  'account number',
  'bank',
  'billing address',
  'birth',
  'birth day',
  'citizenship',
  'credentials',
  'credit card',
  'csc',
  'driver license',
  'drivers license',
  'email',
  'ethnicity',
  'first name',
  'gender',
  'insurance',
  'ip address',
  'last name',
  'maiden name',
  'mailing address',
  'pass phrase',
  'pass word',
  'passport',
  'phone',
  'religion',
  'secret',
  'sexual orientation',
  'social security',
  'ssn',
  'tax payer',
  'telephone',
  'zip code',
];
const HINT = 'Mark the shape (or the member`s target) with `@sensitive`, or rename it.';

export function missingSensitiveTrait(configuration: NodeObject): ModelValidator {
  const config = new ValidatorConfig(configuration, ['terms', 'excludeDefaults']);
  const terms = config.stringList('terms') ?? [];
  const excludeDefaults = config.boolean('excludeDefaults') ?? false;
  if (excludeDefaults && terms.length === 0) {
    throw new ValidatorConfigError(
      "Cannot set 'excludeDefaults' to true and leave 'terms' unspecified.",
      'List the `terms` to look for, or drop `excludeDefaults`.',
    );
  }
  const matcher = new WordBoundaryMatcher();
  for (const term of [...terms, ...(excludeDefaults ? [] : DEFAULT_TERMS)]) matcher.add(term);
  const sensitive = (traits: object | undefined) =>
    traits !== undefined && TRAIT_IDS.sensitive in traits;
  return (model) =>
    model.shapes().flatMap((shape): ValidationEvent[] => {
      const events: ValidationEvent[] = [];
      if (!['operation', 'service', 'resource'].includes(shape.type) && !sensitive(shape.traits)) {
        const term = matcher.firstMatch(nameOf(shape));
        if (term !== undefined) {
          events.push(
            eventFor(
              shape,
              'WARNING',
              'MissingSensitiveTrait',
              `This shape possibly contains sensitive data but is not marked with the sensitive trait (based on the presence of '${term}')`,
              HINT,
            ),
          );
        }
      }
      if (shape.type === 'enum' || sensitive(shape.traits)) return events;
      for (const m of membersOf(shape)) {
        if (sensitive(model.getShape(m.target)?.traits)) continue;
        const term = matcher.firstMatch(m.name);
        if (term !== undefined) {
          events.push(
            eventFor(
              m,
              'WARNING',
              'MissingSensitiveTrait',
              `This member possibly contains sensitive data but neither the enclosing nor target shape are marked with the sensitive trait (based on the presence of '${term}')`,
              HINT,
            ),
          );
        }
      }
      return events;
    });
}

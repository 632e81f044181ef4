/**
 * @module The sandbox's words for a value the model does not allow: `@platform/smithy` decides
 * that a value breaks a constraint, this module says so to the partner who sent it, as a field
 * error message. Values of `@sensitive` members are never echoed back.
 */
import type { Bound, ConstraintViolation } from '@platform/smithy';

/** What the message may show about the value that broke the constraint. */
export interface Offender {
  readonly value: unknown;
  readonly sensitive: boolean;
}

/** Whole collections are counted in these words (`@length` units as partners read them). */
const COUNTED = { characters: 'characters', bytes: 'bytes', elements: 'items', entries: 'entries' };

export function fieldMessage(violation: ConstraintViolation, offender: Offender): string {
  const got = (value: unknown) => (offender.sensitive ? '' : `; got ${String(value)}`);
  switch (violation.kind) {
    case 'required':
      return 'Is required.';
    case 'notInteger':
      return 'Must be a whole number.';
    case 'integerOverflow':
      return `Must be a whole number from ${violation.min} to ${violation.max}.`;
    case 'enum': {
      const { value } = offender;
      const shown =
        offender.sensitive || typeof value === 'object' ? '' : `; got ${JSON.stringify(value)}`;
      return `Must be one of ${violation.allowed.join(', ')}${shown}.`;
    }
    case 'length': {
      const bounds = describeBounds(violation.min, violation.max);
      return violation.unit === 'characters'
        ? `Must be ${bounds} characters long; got ${violation.actual}.`
        : `Must have ${bounds} ${COUNTED[violation.unit]}; got ${violation.actual}.`;
    }
    case 'range': {
      const { min, max } = violation;
      const bounds =
        min !== undefined && max !== undefined
          ? `between ${String(min)} and ${String(max)}`
          : min !== undefined
            ? `at least ${String(min)}`
            : `at most ${String(max)}`;
      return `Must be ${bounds}${got(offender.value)}.`;
    }
    case 'pattern':
      return `Must match the pattern ${violation.pattern}.`;
    case 'uniqueItems':
      return 'Must not repeat an item.';
  }
}

function describeBounds(min: Bound | undefined, max: Bound | undefined): string {
  if (min !== undefined && max !== undefined) {
    return String(min) === String(max) ? String(min) : `${String(min)} to ${String(max)}`;
  }
  return min !== undefined ? `at least ${String(min)}` : `at most ${String(max)}`;
}

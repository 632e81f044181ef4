/**
 * @module `EnumShape`: enum members carry non-empty, unique string values; intEnum members carry
 * unique integer values within 32 bits; member names should be UPPER_SNAKE_CASE.
 */
import type { Member, SemanticModel, ValidationEvent } from '../model/shapes.js';
import { BigNumberValue } from '../model/shapes.js';
import { eventFor } from './event.js';
import { TRAIT_IDS } from '../model/trait-ids.js';

const ID = 'EnumShape';
const RECOMMENDED_NAME = /^[A-Z]+[A-Z_0-9]*$/;

export function validateEnums(model: SemanticModel): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  for (const shape of model.shapes()) {
    if ((shape.type !== 'enum' && shape.type !== 'intEnum') || model.isPrelude(shape.id)) continue;
    const seen = new Set<string>();
    for (const member of shape.members.values()) {
      const value = member.traits[TRAIT_IDS.enumValue];
      const ok =
        shape.type === 'enum'
          ? checkString(member, value, seen, events)
          : checkInt(member, value, seen, events);
      if (ok && !RECOMMENDED_NAME.test(member.name)) {
        events.push(
          eventFor(
            member,
            'WARNING',
            ID,
            `The name \`${member.name}\` does not match the recommended enum name format of beginning with an uppercase letter, followed by any number of uppercase letters, numbers, or underscores.`,
            `Rename the member to \`${member.name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}\` (the value can stay as it is).`,
          ),
        );
      }
    }
  }
  return events;
}

function checkString(
  member: Member,
  value: unknown,
  seen: Set<string>,
  events: ValidationEvent[],
): boolean {
  if (typeof value !== 'string') {
    events.push(
      eventFor(
        member,
        'ERROR',
        ID,
        `enum members can only be assigned string values, but found: ${JSON.stringify(value ?? null)}`,
        'Write the value as a string: `NAME = "value"`.',
      ),
    );
    return true;
  }
  if (seen.has(value)) {
    events.push(
      eventFor(
        member,
        'ERROR',
        ID,
        `Multiple enum members found with duplicate value \`${value}\``,
        'Give each enum member a distinct value.',
      ),
    );
  }
  seen.add(value);
  if (value === '') {
    events.push(
      eventFor(
        member,
        'ERROR',
        ID,
        'enum values may not be empty.',
        'Give the member a non-empty value.',
      ),
    );
  }
  return true;
}

function checkInt(
  member: Member,
  value: unknown,
  seen: Set<string>,
  events: ValidationEvent[],
): boolean {
  const fail = (message: string, hint: string) => {
    events.push(eventFor(member, 'ERROR', ID, message, hint));
    return false;
  };
  if (value === undefined) {
    return fail(
      'intEnum members must be assigned an integer value',
      'Write `NAME = 1` for every intEnum member.',
    );
  }
  const text =
    typeof value === 'number'
      ? String(value)
      : value instanceof BigNumberValue
        ? value.text
        : undefined;
  if (text === undefined) {
    return fail(
      `intEnum members require integer values, but found: ${JSON.stringify(value)}`,
      'Write the value as an integer: `NAME = 1`.',
    );
  }
  if (!/^-?\d+$/.test(text)) {
    return fail(
      `intEnum members do not support floating point values: ${text}`,
      'Use a whole number.',
    );
  }
  const n = BigInt(text);
  if (n > 2147483647n || n < -2147483648n) {
    return fail(
      `intEnum members must fit within an integer, but found: ${text}`,
      'Use a value between -2147483648 and 2147483647.',
    );
  }
  if (seen.has(text)) {
    events.push(
      eventFor(
        member,
        'ERROR',
        ID,
        `Multiple intEnum members found with duplicate value \`${text}\``,
        'Give each intEnum member a distinct value.',
      ),
    );
  }
  seen.add(text);
  return true;
}

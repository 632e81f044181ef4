/**
 * @module `RangeTrait`, `LengthTrait`, `PatternTrait`: the constraint traits themselves must make
 * sense — `min` ≤ `max`, no negative lengths, no decimal bounds on integer shapes, and patterns
 * that Java reads and ECMAScript can express (`translateJavaPattern`), anchored with `^...$`
 * (Smithy patterns are not anchored implicitly).
 */
import type { SemanticModel, Shape, ValidationEvent } from '../model/shapes.js';
import { BigNumberValue } from '../model/shapes.js';
import type { Subject } from './event.js';
import { eventFor } from './event.js';
import { translateJavaPattern } from '../regex/java-regex.js';
import { asNumber, asObject, asString } from '../model/node.js';
import type { NodeObject } from '../model/node.js';
import { compareNumbers, isNumeric } from '../model/numbers.js';
import { isMember, membersOf } from '../model/members.js';
import { TRAIT_IDS } from '../model/trait-ids.js';

const DECIMAL_TYPES = new Set(['float', 'double', 'bigDecimal']);

export function validateConstraintTraits(model: SemanticModel): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  for (const shape of model.shapes()) {
    if (model.isPrelude(shape.id)) continue;
    for (const subject of [shape, ...membersOf(shape)]) {
      const target = isMember(subject) ? model.getShape(subject.target) : subject;
      checkRange(subject, target, events);
      checkLength(subject, events);
      checkPattern(subject, events);
    }
  }
  return events;
}

function checkRange(subject: Subject, target: Shape | undefined, events: ValidationEvent[]) {
  const range = asObject(subject.traits[TRAIT_IDS.range]);
  if (!range) return;
  const error = (message: string, hint: string) =>
    events.push(eventFor(subject, 'ERROR', 'RangeTrait', message, hint));
  for (const name of ['min', 'max'] as const) {
    const bound = range[name];
    const text =
      bound instanceof BigNumberValue
        ? bound.text
        : typeof bound === 'number'
          ? String(bound)
          : undefined;
    if (text === undefined || /^-?\d+$/.test(text) || !target || DECIMAL_TYPES.has(target.type))
      continue;
    error(
      isMember(subject)
        ? `Member \`${subject.id}\` is marked with the \`range\` trait, but its \`${name}\` property is a decimal (${text}) when its target (\`${target.id}\`) does not support decimals.`
        : `Shape \`${subject.id}\` is marked with the \`range\` trait, but its \`${name}\` property is a decimal (${text}) when its shape (\`${target.type}\`) does not support decimals.`,
      `Use a whole number for \`${name}\`, or target a float, double or bigDecimal shape.`,
    );
  }
  checkBoundOrder(subject, 'range', range, events);
}

function checkLength(subject: Subject, events: ValidationEvent[]) {
  const length = asObject(subject.traits[TRAIT_IDS.length]);
  if (!length) return;
  const min = asNumber(length['min']);
  const max = asNumber(length['max']);
  const error = (message: string, hint: string) =>
    events.push(eventFor(subject, 'ERROR', 'LengthTrait', message, hint));
  if (min !== undefined && min < 0) {
    error('A length trait is applied with a negative `min` value.', 'Use a `min` of 0 or more.');
  }
  if (max !== undefined && max < 0) {
    error('A length trait is applied with a negative `max` value.', 'Use a `max` of 0 or more.');
  }
  checkBoundOrder(subject, 'length', length, events);
}

/** `min` above `max` in a `@range` or `@length` (compared exactly, big numbers included). */
function checkBoundOrder(
  subject: Subject,
  trait: 'range' | 'length',
  body: NodeObject,
  events: ValidationEvent[],
): void {
  const [min, max] = [body['min'], body['max']];
  if (!isNumeric(min) || !isNumeric(max) || compareNumbers(min, max) !== 1) return;
  events.push(
    eventFor(
      subject,
      'ERROR',
      trait === 'range' ? 'RangeTrait' : 'LengthTrait',
      `A ${trait} trait is applied with a \`min\` value greater than its \`max\` value.`,
      'Swap `min` and `max`, or correct one of them.',
    ),
  );
}

function checkPattern(subject: Subject, events: ValidationEvent[]) {
  const pattern = asString(subject.traits[TRAIT_IDS.pattern]);
  if (pattern === undefined) return;
  const translation = translateJavaPattern(pattern);
  if (!translation.ok) {
    const { offset, construct, message, hint } = translation.problem;
    events.push(
      eventFor(
        subject,
        'ERROR',
        'PatternTrait',
        `Invalid pattern trait regular expression: \`${pattern}\`. At character ${offset + 1}, \`${construct}\`: ${message}`,
        hint,
      ),
    );
    return;
  }
  const missing = [
    ...(pattern.startsWith('^') ? [] : ["leading '^'"]),
    ...(pattern.endsWith('$') ? [] : ["trailing '$'"]),
  ];
  if (missing.length === 0) return;
  events.push(
    eventFor(
      subject,
      'WARNING',
      'PatternTrait',
      `A pattern trait is applied without a ${missing.join(' and ')}, meaning only part of the string must match the regular expression. Explicitly anchoring regular expressions is preferable because it is more restrictive by default and does not require modelers to understand that Smithy patterns are not automatically anchored.`,
      `Anchor the pattern: \`^${pattern.replace(/^\^/, '').replace(/\$$/, '')}$\`.`,
    ),
  );
}

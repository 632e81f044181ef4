/**
 * @module The one constraint checker: whether a value fits its shape's type limits, enum values,
 * `@required`, `@length`, `@range`, `@pattern` and `@uniqueItems`. Numbers compare exactly (a
 * bound and a value compare by their decimal digits, integer limits as bigints), so the front
 * end's trait validation and the sandbox's request validation accept the same values.
 */
import { asList, asObject, asString, type NodeObject } from '../model/node.js';
import type { ExactNumber } from '../model/numbers.js';
import { compareNumbers, toBigInt } from '../model/numbers.js';
import type { Member, Shape, ShapeType, Traits } from '../model/shapes.js';
import { BigNumberValue } from '../model/shapes.js';
import { TRAIT_IDS } from '../model/trait-ids.js';
import { translateJavaPattern } from '../regex/java-regex.js';
import type { Bound, ConstraintViolation, LengthUnit } from './violation.js';

/** The values each integer type holds (`intEnum` values are `integer`s). */
export const INTEGER_LIMITS: Readonly<Partial<Record<ShapeType, readonly [bigint, bigint]>>> = {
  byte: [-128n, 127n],
  short: [-32768n, 32767n],
  integer: [-2147483648n, 2147483647n],
  intEnum: [-2147483648n, 2147483647n],
  long: [-9223372036854775808n, 9223372036854775807n],
};

/** `{ kind: 'required' }` when `member` is `@required` and has no value. */
export function checkRequired(member: Member, value: unknown): ConstraintViolation | undefined {
  return value === undefined && member.traits[TRAIT_IDS.required] !== undefined
    ? { kind: 'required' }
    : undefined;
}

/** A whole number within what `type` holds (types without limits take any whole number). */
export function checkInteger(type: ShapeType, value: ExactNumber): ConstraintViolation | undefined {
  const n = toBigInt(value);
  if (n === undefined) return { kind: 'notInteger' };
  const limits = INTEGER_LIMITS[type];
  if (!limits) return undefined;
  const [min, max] = limits;
  if (n < min) return { kind: 'integerOverflow', broken: 'min', min, max };
  if (n > max) return { kind: 'integerOverflow', broken: 'max', min, max };
  return undefined;
}

/**
 * The values of an `enum` or `intEnum` (each member's `@enumValue`) or of a string with the
 * legacy `@enum` trait, in declaration order; `undefined` for any other shape.
 */
export function enumValues(shape: Shape): (string | number)[] | undefined {
  if (shape.type === 'enum' || shape.type === 'intEnum') {
    return [...shape.members.values()].flatMap((member) => {
      const value = member.traits[TRAIT_IDS.enumValue];
      return typeof value === 'string' || typeof value === 'number' ? [value] : [];
    });
  }
  const legacy = asList(shape.traits[TRAIT_IDS.enum]);
  return legacy?.flatMap((d) => asString(asObject(d)?.['value']) ?? []);
}

/** `{ kind: 'enum' }` when `shape` has enum values and `value` is none of them. */
export function checkEnum(shape: Shape, value: unknown): ConstraintViolation | undefined {
  const allowed = enumValues(shape);
  return allowed && !allowed.includes(value as string | number)
    ? { kind: 'enum', allowed }
    : undefined;
}

/**
 * The `@length`, `@range`, `@pattern` and `@uniqueItems` traits in `traits` that `value`, a value
 * of a `type` shape, breaks. Values are checked as the JSON AST or a JSON body holds them:
 * strings, numbers (or `BigNumberValue`s), arrays for lists and objects for maps; a value of the
 * wrong kind for its type breaks nothing here (the caller reports the type).
 */
export function checkConstraints(
  traits: Traits,
  type: ShapeType | undefined,
  value: unknown,
): ConstraintViolation[] {
  const out: ConstraintViolation[] = [];
  const length = asObject(traits[TRAIT_IDS.length]);
  const measured = length ? measure(type, value) : undefined;
  if (length && measured) {
    const [unit, actual] = measured;
    const { bounds, broken } = checkBounds(length, actual);
    for (const side of broken) out.push({ kind: 'length', unit, broken: side, ...bounds, actual });
  }
  const range = asObject(traits[TRAIT_IDS.range]);
  if (range && isExactNumber(value)) {
    const { bounds, broken } = checkBounds(range, value);
    for (const side of broken) out.push({ kind: 'range', broken: side, ...bounds });
  }
  const pattern = asString(traits[TRAIT_IDS.pattern]);
  if (
    pattern !== undefined &&
    typeof value === 'string' &&
    (type === 'string' || type === 'enum')
  ) {
    if (compilePattern(pattern)?.test(value) === false) out.push({ kind: 'pattern', pattern });
  }
  const unique = traits[TRAIT_IDS.uniqueItems] !== undefined || type === 'set';
  if (unique && Array.isArray(value)) {
    const duplicates = duplicatesOf(value);
    if (duplicates.length > 0) out.push({ kind: 'uniqueItems', duplicates });
  }
  return out;
}

function isExactNumber(value: unknown): value is ExactNumber {
  return typeof value === 'number' || typeof value === 'bigint' || value instanceof BigNumberValue;
}

function bound(value: unknown): Bound | undefined {
  return typeof value === 'number' || value instanceof BigNumberValue ? value : undefined;
}

/**
 * The `min` and `max` of a `@length` or `@range` body (only those it gives, as a violation
 * carries them) and which of them `actual` breaks, `min` first; one reading for both traits, so
 * they compare alike.
 */
function checkBounds(
  body: NodeObject,
  actual: ExactNumber,
): { bounds: { min?: Bound; max?: Bound }; broken: ('min' | 'max')[] } {
  const min = bound(body['min']);
  const max = bound(body['max']);
  const bounds = { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
  const broken: ('min' | 'max')[] = [];
  if (min !== undefined && compareNumbers(actual, min) === -1) broken.push('min');
  if (max !== undefined && compareNumbers(actual, max) === 1) broken.push('max');
  return { bounds, broken };
}

/** What `@length` counts in `value`, or `undefined` when it does not apply to it. */
function measure(type: ShapeType | undefined, value: unknown): [LengthUnit, number] | undefined {
  if (typeof value === 'string' && type === 'string') return ['characters', [...value].length];
  if (typeof value === 'string' && type === 'blob') {
    return ['bytes', new TextEncoder().encode(value).length];
  }
  if (Array.isArray(value) && (type === 'list' || type === 'set')) {
    return ['elements', value.length];
  }
  if (type === 'map' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return ['entries', Object.keys(value).length];
  }
  return undefined;
}

function duplicatesOf(items: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const item of items) {
    const key = JSON.stringify(item, (_k, v: unknown) =>
      v instanceof BigNumberValue ? v.text : v,
    );
    if (seen.has(key)) dupes.add(key);
    seen.add(key);
  }
  return [...dupes];
}

/**
 * A Smithy pattern (`java.util.regex` dialect) as a JavaScript `RegExp`; `undefined` when it has no
 * ECMAScript equivalent (the `PatternTrait` rule reports that, so values are not checked against
 * it).
 */
export function compilePattern(pattern: string): RegExp | undefined {
  const translation = translateJavaPattern(pattern);
  return translation.ok ? translation.regex : undefined;
}

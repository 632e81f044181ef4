/**
 * @module Checking a node value (a trait value, a `@default`, an enum value) against the shape
 * that describes it, as Smithy's node validation does: JSON kind per shape type, integer ranges,
 * required/unknown structure members, one-member unions, non-sparse nulls, enum values,
 * `@length`/`@range`/`@pattern`/`@uniqueItems`/`@idRef` constraints and timestamp formats.
 * Messages read `<context>.<path>: <problem>` like Smithy's, so they compare with `.errors` files.
 */
import { checkConstraints, checkEnum, checkInteger, checkRequired } from '../constraints/check.js';
import type { ConstraintViolation } from '../constraints/violation.js';
import type {
  Member,
  NodeValue,
  SemanticModel,
  Severity,
  Shape,
  ShapeId,
  ShapeType,
  ValidationEvent,
} from '../model/shapes.js';
import { BigNumberValue } from '../model/shapes.js';
import type { Subject } from './event.js';
import { eventFor } from './event.js';
import { isMember } from '../model/members.js';
import { asList, asObject, asString } from '../model/node.js';
import { selectorContextFor } from './selector/evaluate.js';
import { tickedList } from './text.js';
import { TRAIT_IDS } from '../model/trait-ids.js';

export interface NodeCheck {
  readonly model: SemanticModel;
  /** Event id, e.g. `TraitValue`; details are appended as `.Detail`. */
  readonly eventId: string;
  /** The shape or member the events are reported on (and whose location they carry). */
  readonly reportOn: Subject;
  /** Message prefix, e.g. ``Error validating trait `auth` ``. */
  readonly context: string;
  /** A zero that breaks `@range` is a WARNING (Smithy does this for `@default` values). */
  readonly rangeZeroIsWarning?: boolean;
}

/** Validates `value` against `shape` (a shape or a member). */
export function checkNode(check: NodeCheck, shape: Subject, value: NodeValue): ValidationEvent[] {
  return new Walker(check).visit(shape, value, []);
}

class Walker {
  readonly #events: ValidationEvent[] = [];
  constructor(private readonly check: NodeCheck) {}

  visit(subject: Subject, value: NodeValue, path: readonly string[]): ValidationEvent[] {
    if (isMember(subject)) this.#member(subject, value, path);
    else this.#shape(subject, value, path);
    return this.#events;
  }

  #emit(
    path: readonly string[],
    message: string,
    severity: Severity = 'ERROR',
    detail: readonly string[] = [],
  ): void {
    const where = [this.check.context, ...path].filter((p) => p !== '').join('.');
    this.#events.push(
      eventFor(
        this.check.reportOn,
        severity,
        [this.check.eventId, ...detail].join('.'),
        where === '' ? message : `${where}: ${message}`,
        'Change the value to match the shape it is checked against.',
      ),
    );
  }

  #member(member: Member, value: NodeValue, path: readonly string[]): void {
    const target = this.check.model.getShape(member.target);
    this.#constraints(member, target?.type, value, path);
    if (value === null) {
      const container = this.check.model.getShape(member.container);
      const sparse = container?.traits[TRAIT_IDS.sparse] !== undefined;
      if ((container?.type === 'list' || container?.type === 'set') && !sparse) {
        this.#emit(
          path,
          `Non-sparse list shape \`${member.container}\` cannot contain null values`,
        );
      } else if (container?.type === 'map' && !sparse) {
        this.#emit(path, `Non-sparse map shape \`${member.container}\` cannot contain null values`);
      } else if (
        container?.type === 'structure' &&
        member.traits[TRAIT_IDS.required] !== undefined
      ) {
        this.#emit(
          path,
          `Required structure member \`${member.name}\` for \`${member.container}\` cannot be null`,
        );
      }
    }
    if (target?.type === 'timestamp') this.#timestamp(target, member, value, path);
    else if (target) this.#shape(target, value, path);
  }

  #shape(shape: Shape, value: NodeValue, path: readonly string[]): void {
    const kind = kindOf(value);
    const wrong = (expected: string) => this.#invalid(shape, expected, value, path);
    switch (shape.type) {
      case 'document':
        return;
      case 'blob':
      case 'string':
      case 'enum':
        if (kind !== 'string') return wrong('string');
        break;
      case 'boolean':
        if (kind !== 'boolean') return wrong('boolean');
        break;
      case 'byte':
      case 'short':
      case 'integer':
      case 'intEnum':
      case 'long':
      case 'bigInteger':
        if (kind !== 'number') return wrong('number');
        if (!this.#integer(shape, value as number | BigNumberValue, path)) return;
        break;
      case 'float':
      case 'double':
        if (kind !== 'number' && kind !== 'string') return wrong('number');
        if (kind === 'string' && !['NaN', 'Infinity', '-Infinity'].includes(value as string)) {
          this.#emit(
            path,
            `Value for \`${shape.id}\` must either be numeric or one of the following strings: ["NaN", "Infinity", "-Infinity"], but was "${String(value)}"`,
          );
          return;
        }
        break;
      case 'bigDecimal':
        if (kind !== 'number') return wrong('number');
        break;
      case 'timestamp':
        this.#timestamp(shape, undefined, value, path);
        return;
      case 'list':
      case 'set': {
        const list = asList(value);
        if (!list) return wrong('array');
        this.#constraints(shape, shape.type, value, path);
        list.forEach((item, i) => this.#member(shape.member, item, [...path, String(i)]));
        return;
      }
      case 'map': {
        const object = asObject(value);
        if (!object) return wrong('object');
        this.#constraints(shape, 'map', value, path);
        for (const [key, item] of Object.entries(object)) {
          this.#member(shape.key, key, [...path, `${key} (map-key)`]);
          this.#member(shape.value, item, [...path, key]);
        }
        return;
      }
      case 'structure':
      case 'union':
        this.#aggregate(shape, value, path);
        return;
      default:
        this.#emit(path, `Encountered invalid shape type: ${shape.type}`);
        return;
    }
    this.#constraints(shape, shape.type, value, path);
  }

  #invalid(shape: Shape, expected: string, value: NodeValue, path: readonly string[]): void {
    const kind = kindOf(value);
    const shown =
      kind === 'string' || kind === 'number' || kind === 'boolean' ? `, \`${String(value)}\`` : '';
    this.#emit(
      path,
      `Expected ${expected} value for ${shape.type} shape, \`${shape.id}\`; found ${kind} value${shown}`,
    );
  }

  /** Integer kinds: no fractions, within the type's limits. False when the value is unusable. */
  #integer(shape: Shape, value: number | BigNumberValue, path: readonly string[]): boolean {
    const found = checkInteger(shape.type, value);
    if (found?.kind === 'notInteger') {
      this.#emit(
        path,
        `${shape.type} shapes must not have floating point values, but found \`${String(value)}\` provided for \`${shape.id}\``,
      );
    } else if (found?.kind === 'integerOverflow') {
      const [relation, limit] = found.broken === 'min' ? ['>', found.min] : ['<', found.max];
      this.#emit(
        path,
        `${shape.type} value must be ${relation} ${limit}, but found ${String(value)}`,
      );
    }
    return found === undefined;
  }

  #aggregate(
    shape: Shape & { members: ReadonlyMap<string, Member> },
    value: NodeValue,
    path: readonly string[],
  ) {
    const object = asObject(value);
    if (!object) return this.#invalid(shape, 'object', value, path);
    const entries = Object.entries(object);
    if (shape.type === 'union' && entries.length > 1) {
      this.#emit(path, 'union values can contain a value for only a single member');
      return;
    }
    for (const [name, item] of entries) {
      const member = shape.members.get(name);
      if (member) this.#member(member, item, [...path, name]);
      else {
        this.#emit(
          path,
          `Member \`${name}\` does not exist in \`${shape.id}\``,
          shape.type === 'union' ? 'ERROR' : 'WARNING',
          ['UnknownMember', shape.id, name],
        );
      }
    }
    if (shape.type !== 'structure') return;
    for (const member of shape.members.values()) {
      if (checkRequired(member, object[member.name])) {
        this.#emit(
          path,
          `Missing required structure member \`${member.name}\` for \`${shape.id}\``,
        );
      }
    }
  }

  /**
   * The constraint traits of `subject` (a shape, or a member: its own traits) that apply to a
   * value of `type`: enum values, length, range, pattern, unique items, idRef.
   */
  #constraints(
    subject: Subject,
    type: ShapeType | undefined,
    value: NodeValue,
    path: readonly string[],
  ): void {
    const enumerated =
      !isMember(subject) &&
      (typeof value === 'string' || (subject.type === 'intEnum' && typeof value === 'number'))
        ? checkEnum(subject, value)
        : undefined;
    if (enumerated) this.#violation(subject, value, enumerated, path);
    for (const violation of checkConstraints(subject.traits, type, value)) {
      this.#violation(subject, value, violation, path);
    }
    const idRef = subject.traits[TRAIT_IDS.idRef];
    if (idRef !== undefined && typeof value === 'string')
      this.#idRef(asObject(idRef) ?? {}, value, path);
  }

  /** Reports a constraint violation in Smithy's words. */
  #violation(
    subject: Subject,
    value: NodeValue,
    violation: ConstraintViolation,
    path: readonly string[],
  ): void {
    const id = subject.id;
    switch (violation.kind) {
      case 'enum': {
        const allowed = tickedList(violation.allowed.map(String));
        this.#emit(
          path,
          typeof value === 'number'
            ? `Integer value provided for \`${id}\` must be one of the following values: ${allowed}, but found ${value}`
            : `String value provided for \`${id}\` must be one of the following values: ${allowed}`,
        );
        return;
      }
      case 'length':
        this.#emit(path, lengthMessage(id, violation));
        return;
      case 'range': {
        const severity =
          this.check.rangeZeroIsWarning && typeof value === 'number' && value === 0
            ? 'WARNING'
            : 'ERROR';
        const [relation, limit] =
          violation.broken === 'min' ? ['greater', violation.min] : ['less', violation.max];
        this.#emit(
          path,
          `Value provided for \`${id}\` must be ${relation} than or equal to ${String(limit)}, but found ${String(value)}`,
          severity,
          [id.includes('$') ? 'Member' : 'Target', 'InvalidRange'],
        );
        return;
      }
      case 'pattern':
        this.#emit(
          path,
          `String value provided for \`${id}\` must match regular expression: ${violation.pattern}`,
        );
        return;
      case 'uniqueItems':
        this.#emit(
          path,
          `Value provided for \`${id}\` must have unique items, but the following items had multiple entries: [\`${violation.duplicates.join('`, `')}\`]`,
        );
        return;
      default:
        return;
    }
  }

  #idRef(
    idRef: { readonly [key: string]: NodeValue },
    value: string,
    path: readonly string[],
  ): void {
    const custom = asString(idRef['errorMessage']);
    if (!SHAPE_ID.test(value)) {
      this.#emit(path, `Invalid shape ID: ${value}`);
      return;
    }
    const model = this.check.model;
    const resolved = value.includes('$') ? model.getMember(value) : model.getShape(value);
    if (!resolved) {
      if (idRef['failWhenMissing'] === true) {
        this.#emit(path, custom ?? `Shape ID \`${value}\` was not found in the model`);
      }
      return;
    }
    const selector = asString(idRef['selector']) ?? '*';
    if (selector.trim() === '*') return;
    const matches = selectorContextFor(model).matching(selector);
    if (matches && !matches.has(resolved.id)) {
      this.#emit(
        path,
        custom ?? `Shape ID \`${resolved.id}\` does not match selector \`${selector}\``,
      );
    }
  }

  /** Timestamps follow the member's `@timestampFormat`, else the target's, else either form. */
  #timestamp(shape: Shape, member: Member | undefined, value: NodeValue, path: readonly string[]) {
    const format =
      asString(member?.traits[TRAIT_IDS.timestampFormat]) ??
      asString(shape.traits[TRAIT_IDS.timestampFormat]);
    const kind = kindOf(value);
    const text = typeof value === 'string' ? value : undefined;
    if (format === undefined && kind !== 'number' && kind !== 'string') {
      this.#emit(
        path,
        `Invalid ${kind} value provided for timestamp, \`${shape.id}\`. Expected a number that contains epoch seconds with optional millisecond precision, or a string that contains an RFC 3339 formatted timestamp (e.g., "1985-04-12T23:20:50.52Z")`,
      );
    } else if (format === 'epoch-seconds' && kind !== 'number') {
      this.#emit(
        path,
        `Invalid ${kind} value provided for a timestamp with a \`epoch-seconds\` format.`,
      );
    } else if (format === 'date-time' && text === undefined) {
      this.#emit(
        path,
        'Expected a string value for a date-time timestamp (e.g., "1985-04-12T23:20:50.52Z")',
      );
    } else if ((format === 'date-time' || format === undefined) && text !== undefined) {
      if (!isRfc3339(text)) {
        this.#emit(
          path,
          `Invalid string value, \`${text}\`, provided for timestamp, \`${shape.id}\`. Expected an RFC 3339 formatted timestamp (e.g., "1985-04-12T23:20:50.52Z")`,
        );
      }
    } else if (format === 'http-date' && (text === undefined || !HTTP_DATE.test(text))) {
      this.#emit(
        path,
        `Invalid value provided for http-date formatted timestamp. Expected a string value that matches the IMF-fixdate production of RFC 9110 section-5.6.7. Found: ${String(value)}`,
      );
    }
  }
}

const SHAPE_ID =
  /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*#[A-Za-z_][A-Za-z0-9_]*(\$[A-Za-z_][A-Za-z0-9_]*)?$/;
const HTTP_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** An RFC 3339 date-time in UTC (`Z`), as Smithy requires for timestamp values. */
function isRfc3339(text: string, requireZ = true): boolean {
  if (!RFC3339.test(text)) return false;
  if (requireZ && !/[Zz]$/.test(text)) return false;
  return !Number.isNaN(Date.parse(text));
}

/** The node kind as Smithy names it in messages. */
function kindOf(value: NodeValue): 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object' {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number' || value instanceof BigNumberValue) return 'number';
  if (typeof value === 'string') return 'string';
  return Array.isArray(value) ? 'array' : 'object';
}

/** Smithy's wording of a `@length` violation: characters for strings, else the unit counted. */
function lengthMessage(
  id: ShapeId,
  violation: Extract<ConstraintViolation, { kind: 'length' }>,
): string {
  const { unit, actual } = violation;
  if (unit === 'characters') {
    return violation.broken === 'min'
      ? `String value provided for \`${id}\` must be >= ${String(violation.min)} characters, but the provided value is only ${actual} characters.`
      : `String value provided for \`${id}\` must be <= ${String(violation.max)} characters, but the provided value is ${actual} characters.`;
  }
  return violation.broken === 'min'
    ? `Value provided for \`${id}\` must have at least ${String(violation.min)} ${unit}, but the provided value only has ${actual} ${unit}`
    : `Value provided for \`${id}\` must have no more than ${String(violation.max)} ${unit}, but the provided value has ${actual} ${unit}`;
}

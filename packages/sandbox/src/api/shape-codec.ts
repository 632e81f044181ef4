/**
 * @module Reads and writes values of model shapes as restJson1 puts them on the wire, checking
 * every constraint the model states: types, `@required`, `@default`, `@length`, `@range`,
 * `@pattern`, enums, `@uniqueItems`, sparse lists, timestamp formats, unknown members. Reading
 * collects every problem as a field error at its JSON Pointer instead of stopping at the first.
 */
import {
  checkConstraints,
  checkEnum,
  checkInteger,
  checkRequired,
  TRAIT_IDS,
} from '@platform/smithy';
import type {
  ConstraintViolation,
  Member,
  SemanticModel,
  Shape,
  ShapeId,
  Traits,
} from '@platform/smithy';
import type { FieldError } from '../api-error.js';
import { toRfc3339 } from '../http/rfc3339.js';
import { fieldMessage } from './field-messages.js';

/** Where a value travels; it decides how strings become values and the default timestamp format. */
export type WireLocation = 'body' | 'query' | 'header' | 'label';

type TimestampFormat = 'date-time' | 'epoch-seconds' | 'http-date';

/**
 * The sandbox holds JSON numbers as doubles, so a whole number beyond ±(2^53 − 1) could not be
 * kept as sent; it is refused like a value outside its type.
 */
function beyondDouble(n: number): ConstraintViolation | undefined {
  if (Number.isSafeInteger(n)) return undefined;
  const [min, max] = [BigInt(Number.MIN_SAFE_INTEGER), BigInt(Number.MAX_SAFE_INTEGER)];
  return { kind: 'integerOverflow', broken: n < 0 ? 'min' : 'max', min, max };
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

export function pointer(path: string, key: string | number): string {
  return `${path}/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

/** The JSON key of a member (`@jsonName`, else its name). */
export function jsonNameOf(member: Member): string {
  const name = member.traits[TRAIT_IDS.jsonName];
  return typeof name === 'string' ? name : member.name;
}

/** Reads values of one model into their in-memory form (timestamps as `Date`). */
export class ShapeReader {
  constructor(private readonly model: SemanticModel) {}

  /**
   * Reads `value` as the member's target; problems go to `errors`. Returns the value read, or
   * `undefined` when it is unusable.
   */
  readMember(
    member: Member,
    value: unknown,
    path: string,
    errors: FieldError[],
    where: WireLocation,
  ): unknown {
    const target = this.model.expectShape(member.target);
    return this.read(target, { ...target.traits, ...member.traits }, value, path, errors, where);
  }

  /** Reads a structure's members from an object (a body, or an object nested in one). */
  readStructure(
    shapeId: ShapeId,
    value: unknown,
    path: string,
    errors: FieldError[],
    options: { members?: readonly Member[] } = {},
  ): Record<string, unknown> | undefined {
    const shape = this.model.expectShape(shapeId);
    if (shape.type !== 'structure' && shape.type !== 'union') {
      throw new TypeError(`${shapeId} is not a structure`);
    }
    const members = options.members ?? [...shape.members.values()];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push({ path, message: 'Must be a JSON object.' });
      return undefined;
    }
    const byJsonName = new Map(members.map((m) => [jsonNameOf(m), m]));
    const input = value as Record<string, unknown>;
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(input)) {
      if (!byJsonName.has(key)) {
        const known = [...byJsonName.keys()].join(', ') || 'none';
        errors.push({
          path: pointer(path, key),
          message: `Unknown member; known members: ${known}.`,
        });
      }
    }
    for (const member of members) {
      const raw = input[jsonNameOf(member)];
      const memberPath = pointer(path, member.name);
      if (raw === undefined || raw === null) {
        this.absent(member, memberPath, errors, result);
        continue;
      }
      const read = this.readMember(member, raw, memberPath, errors, 'body');
      if (read !== undefined) result[member.name] = read;
    }
    if (shape.type === 'union' && Object.keys(result).length !== 1) {
      errors.push({ path, message: 'Set exactly one member of this union.' });
    }
    return result;
  }

  /** Applies `@default` or reports `@required` for a member that was not sent. */
  absent(member: Member, path: string, errors: FieldError[], into: Record<string, unknown>) {
    const fallback = member.traits[TRAIT_IDS.default];
    if (fallback !== undefined && fallback !== null) {
      const target = this.model.expectShape(member.target);
      into[member.name] =
        target.type === 'timestamp' && typeof fallback === 'number'
          ? new Date(fallback * 1000)
          : fallback;
    } else {
      const missing = checkRequired(member, undefined);
      if (missing)
        errors.push({
          path,
          message: fieldMessage(missing, { value: undefined, sensitive: false }),
        });
    }
  }

  private read(
    shape: Shape,
    traits: Traits,
    value: unknown,
    path: string,
    errors: FieldError[],
    where: WireLocation,
  ): unknown {
    const fail = (message: string) => {
      errors.push({ path, message });
      return undefined;
    };
    const offender = { value, sensitive: TRAIT_IDS.sensitive in traits };
    /** Reports what `found` holds; true when it holds nothing, so the value can be used. */
    const fits = (found: readonly ConstraintViolation[]) => {
      for (const violation of found) fail(fieldMessage(violation, offender));
      return found.length === 0;
    };
    switch (shape.type) {
      case 'string':
        if (typeof value !== 'string') return fail('Must be a string.');
        return fits(checkConstraints(traits, 'string', value)) ? value : undefined;
      case 'enum':
      case 'intEnum': {
        const candidate =
          shape.type === 'intEnum' && typeof value === 'string' && where !== 'body'
            ? Number(value)
            : value;
        const unknown = checkEnum(shape, candidate);
        return fits(unknown ? [unknown] : []) ? candidate : undefined;
      }
      case 'boolean':
        if (typeof value === 'boolean') return value;
        if (where !== 'body' && (value === 'true' || value === 'false')) return value === 'true';
        return fail('Must be true or false.');
      case 'byte':
      case 'short':
      case 'integer':
      case 'long':
      case 'bigInteger': {
        const n =
          where !== 'body' && typeof value === 'string' && /^-?\d+$/.test(value)
            ? Number(value)
            : value;
        const outside =
          typeof n === 'number'
            ? (checkInteger(shape.type, n) ?? beyondDouble(n))
            : ({ kind: 'notInteger' } as const);
        if (outside) return fits([outside]);
        return fits(checkConstraints(traits, shape.type, n)) ? n : undefined;
      }
      case 'float':
      case 'double':
      case 'bigDecimal': {
        let n = value;
        if (typeof value === 'string' && (where !== 'body' || /^(NaN|-?Infinity)$/.test(value))) {
          n = Number(value);
        }
        if (typeof n !== 'number' || (Number.isNaN(n) && value !== 'NaN'))
          return fail('Must be a number.');
        return fits(checkConstraints(traits, shape.type, n)) ? n : undefined;
      }
      case 'timestamp':
        return this.#readTimestamp(value, this.#timestampFormat(traits, where), fail);
      case 'blob':
        if (typeof value !== 'string') return fail('Must be base64 text.');
        return Buffer.from(value, 'base64');
      case 'document':
        return value;
      case 'list':
      case 'set':
        return this.#readList(shape, traits, value, path, errors, where);
      case 'map':
        return this.#readMap(shape, traits, value, path, errors);
      case 'structure':
      case 'union':
        return this.readStructure(shape.id, value, path, errors);
      default:
        return fail(`Values of ${shape.type} shapes cannot be sent.`);
    }
  }

  #timestampFormat(traits: Traits, where: WireLocation): TimestampFormat {
    const format = traits[TRAIT_IDS.timestampFormat];
    if (format === 'date-time' || format === 'epoch-seconds' || format === 'http-date')
      return format;
    return where === 'body' ? 'epoch-seconds' : where === 'header' ? 'http-date' : 'date-time';
  }

  #readTimestamp(value: unknown, format: TimestampFormat, fail: (message: string) => undefined) {
    if (format === 'epoch-seconds') {
      const n = typeof value === 'string' ? Number(value) : value;
      return typeof n === 'number' && Number.isFinite(n)
        ? new Date(n * 1000)
        : fail('Must be a timestamp in seconds since the epoch.');
    }
    if (typeof value !== 'string') return fail(`Must be a ${format} timestamp string.`);
    const valid = format === 'date-time' ? DATE_TIME.test(value) : /GMT$/.test(value);
    const date = new Date(value);
    if (!valid || Number.isNaN(date.getTime())) {
      return fail(
        format === 'date-time'
          ? 'Must be an RFC 3339 date-time, for example 2026-11-20T14:03:12Z.'
          : 'Must be an HTTP date, for example Fri, 20 Nov 2026 14:03:12 GMT.',
      );
    }
    return date;
  }

  #readList(
    shape: Extract<Shape, { type: 'list' | 'set' }>,
    traits: Traits,
    value: unknown,
    path: string,
    errors: FieldError[],
    where: WireLocation,
  ): unknown[] | undefined {
    const items = where === 'body' ? value : Array.isArray(value) ? value : [value];
    if (!Array.isArray(items)) {
      errors.push({ path, message: 'Must be a JSON array.' });
      return undefined;
    }
    this.#constraints(traits, shape.type, items, path, errors);
    const sparse = TRAIT_IDS.sparse in shape.traits;
    const result = items.map((item, index) => {
      if (item === null && !sparse) {
        errors.push({ path: pointer(path, index), message: 'Must not be null.' });
        return undefined;
      }
      return this.readMember(shape.member, item, pointer(path, index), errors, where);
    });
    return result;
  }

  #readMap(
    shape: Extract<Shape, { type: 'map' }>,
    traits: Traits,
    value: unknown,
    path: string,
    errors: FieldError[],
  ): Record<string, unknown> | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push({ path, message: 'Must be a JSON object.' });
      return undefined;
    }
    const entries = Object.entries(value as Record<string, unknown>);
    this.#constraints(traits, 'map', value, path, errors);
    const result: Record<string, unknown> = {};
    for (const [key, item] of entries) {
      const keyErrors: FieldError[] = [];
      this.readMember(shape.key, key, pointer(path, key), keyErrors, 'body');
      errors.push(...keyErrors.map((e) => ({ ...e, message: `Key: ${e.message}` })));
      const read = this.readMember(shape.value, item, pointer(path, key), errors, 'body');
      if (read !== undefined) result[key] = read;
    }
    return result;
  }

  /** The collection's own constraints (size, repeated items), checked before its items. */
  #constraints(
    traits: Traits,
    type: Shape['type'],
    value: unknown,
    path: string,
    errors: FieldError[],
  ): void {
    for (const violation of checkConstraints(traits, type, value)) {
      const sensitive = TRAIT_IDS.sensitive in traits;
      errors.push({ path, message: fieldMessage(violation, { value, sensitive }) });
    }
  }
}

/** Writes in-memory values (timestamps as `Date`) as restJson1 JSON. */
export class ShapeWriter {
  constructor(private readonly model: SemanticModel) {}

  writeMember(member: Member, value: unknown, where: WireLocation = 'body'): unknown {
    const target = this.model.expectShape(member.target);
    return this.write(target, { ...target.traits, ...member.traits }, value, where);
  }

  /** Writes a structure's members (all, or those given) as a JSON object. */
  writeStructure(
    shapeId: ShapeId,
    value: Readonly<Record<string, unknown>>,
    members?: readonly Member[],
  ): Record<string, unknown> {
    const shape = this.model.expectShape(shapeId);
    if (shape.type !== 'structure' && shape.type !== 'union') {
      throw new TypeError(`${shapeId} is not a structure`);
    }
    const out: Record<string, unknown> = {};
    for (const member of members ?? shape.members.values()) {
      const item = value[member.name];
      if (item !== undefined && item !== null)
        out[jsonNameOf(member)] = this.writeMember(member, item);
    }
    return out;
  }

  private write(shape: Shape, traits: Traits, value: unknown, where: WireLocation): unknown {
    switch (shape.type) {
      case 'timestamp': {
        // Dates from handlers; numbers (epoch ms) and RFC 3339 strings from examples.
        const date =
          value instanceof Date
            ? value
            : new Date(typeof value === 'string' ? value : Number(value));
        const format = traits[TRAIT_IDS.timestampFormat];
        if (
          format === 'date-time' ||
          (format === undefined && where !== 'body' && where !== 'header')
        ) {
          return toRfc3339(date);
        }
        if (format === 'http-date' || (format === undefined && where === 'header')) {
          return date.toUTCString();
        }
        return date.getTime() / 1000;
      }
      case 'blob':
        return Buffer.from(value as Uint8Array).toString('base64');
      case 'list':
      case 'set':
        return (value as unknown[]).map((item) => this.writeMember(shape.member, item, where));
      case 'map':
        return Object.fromEntries(
          Object.entries(value as Record<string, unknown>).map(([k, v]) => [
            k,
            this.writeMember(shape.value, v),
          ]),
        );
      case 'structure':
      case 'union':
        return this.writeStructure(shape.id, value as Record<string, unknown>);
      default:
        return value;
    }
  }
}

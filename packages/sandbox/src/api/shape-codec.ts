/**
 * @module Reads and writes values of model shapes as restJson1 puts them on the wire, checking
 * every constraint the model states: types, `@required`, `@default`, `@length`, `@range`,
 * `@pattern`, enums, `@uniqueItems`, sparse lists, timestamp formats, unknown members. Reading
 * collects every problem as a field error at its JSON Pointer instead of stopping at the first.
 */
import type { Member, NodeValue, SemanticModel, Shape, ShapeId, Traits } from '@platform/smithy';
import type { FieldError } from '../api-error.js';
import { toRfc3339 } from '../http/rfc3339.js';

/** Where a value travels; it decides how strings become values and the default timestamp format. */
export type WireLocation = 'body' | 'query' | 'header' | 'label';

type TimestampFormat = 'date-time' | 'epoch-seconds' | 'http-date';

const T = {
  required: 'smithy.api#required',
  default: 'smithy.api#default',
  length: 'smithy.api#length',
  range: 'smithy.api#range',
  pattern: 'smithy.api#pattern',
  uniqueItems: 'smithy.api#uniqueItems',
  sparse: 'smithy.api#sparse',
  sensitive: 'smithy.api#sensitive',
  jsonName: 'smithy.api#jsonName',
  enumValue: 'smithy.api#enumValue',
  timestampFormat: 'smithy.api#timestampFormat',
} as const;

const INTEGER_LIMITS: Record<string, readonly [number, number]> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  long: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const patterns = new Map<string, RegExp>();

function compiled(pattern: string): RegExp {
  let regex = patterns.get(pattern);
  if (!regex) {
    regex = new RegExp(pattern, 'u');
    patterns.set(pattern, regex);
  }
  return regex;
}

function num(value: NodeValue | undefined): number | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'number' ? value : Number(String(value));
}

function record(value: NodeValue | undefined): Readonly<Record<string, NodeValue>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Readonly<Record<string, NodeValue>>)
    : {};
}

export function pointer(path: string, key: string | number): string {
  return `${path}/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

/** The JSON key of a member (`@jsonName`, else its name). */
export function jsonNameOf(member: Member): string {
  const name = member.traits[T.jsonName];
  return typeof name === 'string' ? name : member.name;
}

/** Enum values in declaration order. */
export function enumValues(shape: Shape): (string | number)[] {
  if (shape.type !== 'enum' && shape.type !== 'intEnum') return [];
  return [...shape.members.values()].map((member) => {
    const value = member.traits[T.enumValue];
    return typeof value === 'string' || typeof value === 'number' ? value : member.name;
  });
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
    const fallback = member.traits[T.default];
    if (fallback !== undefined && fallback !== null) {
      const target = this.model.expectShape(member.target);
      into[member.name] =
        target.type === 'timestamp' && typeof fallback === 'number'
          ? new Date(fallback * 1000)
          : fallback;
    } else if (T.required in member.traits) {
      errors.push({ path, message: 'Is required.' });
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
    const sensitive = T.sensitive in traits;
    switch (shape.type) {
      case 'string':
        if (typeof value !== 'string') return fail('Must be a string.');
        return this.#checkString(value, traits, path, errors) ? value : undefined;
      case 'enum':
      case 'intEnum': {
        const allowed = enumValues(shape);
        const candidate =
          shape.type === 'intEnum' && typeof value === 'string' && where !== 'body'
            ? Number(value)
            : value;
        if (!allowed.includes(candidate as string | number)) {
          const got =
            sensitive || typeof value === 'object' ? '' : `; got ${JSON.stringify(value)}`;
          return fail(`Must be one of ${allowed.join(', ')}${got}.`);
        }
        return candidate;
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
        if (typeof n !== 'number' || !Number.isInteger(n)) return fail('Must be a whole number.');
        const limits = INTEGER_LIMITS[shape.type];
        if (limits && (n < limits[0] || n > limits[1])) {
          return fail(`Must be a whole number from ${limits[0]} to ${limits[1]}.`);
        }
        return this.#checkRange(n, traits, path, errors, sensitive) ? n : undefined;
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
        return this.#checkRange(n, traits, path, errors, sensitive) ? n : undefined;
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

  #checkString(value: string, traits: Traits, path: string, errors: FieldError[]): boolean {
    let ok = true;
    const length = record(traits[T.length]);
    const size = [...value].length;
    const min = num(length['min']);
    const max = num(length['max']);
    if ((min !== undefined && size < min) || (max !== undefined && size > max)) {
      errors.push({
        path,
        message: `Must be ${describeBounds(min, max)} characters long; got ${size}.`,
      });
      ok = false;
    }
    const pattern = traits[T.pattern];
    if (typeof pattern === 'string' && !compiled(pattern).test(value)) {
      errors.push({ path, message: `Must match the pattern ${pattern}.` });
      ok = false;
    }
    return ok;
  }

  #checkRange(n: number, traits: Traits, path: string, errors: FieldError[], sensitive: boolean) {
    const range = record(traits[T.range]);
    const min = num(range['min']);
    const max = num(range['max']);
    if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
      const got = sensitive ? '' : `; got ${n}`;
      const bounds =
        min !== undefined && max !== undefined
          ? `between ${min} and ${max}`
          : min !== undefined
            ? `at least ${min}`
            : `at most ${max}`;
      errors.push({ path, message: `Must be ${bounds}${got}.` });
      return false;
    }
    return true;
  }

  #timestampFormat(traits: Traits, where: WireLocation): TimestampFormat {
    const format = traits[T.timestampFormat];
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
    this.#checkSize(items.length, traits, path, errors, 'items');
    const sparse = T.sparse in shape.traits;
    const result = items.map((item, index) => {
      if (item === null && !sparse) {
        errors.push({ path: pointer(path, index), message: 'Must not be null.' });
        return undefined;
      }
      return this.readMember(shape.member, item, pointer(path, index), errors, where);
    });
    if (T.uniqueItems in traits || shape.type === 'set') {
      const seen = new Set(items.map((item) => JSON.stringify(item)));
      if (seen.size !== items.length) errors.push({ path, message: 'Must not repeat an item.' });
    }
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
    this.#checkSize(entries.length, traits, path, errors, 'entries');
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

  #checkSize(size: number, traits: Traits, path: string, errors: FieldError[], what: string) {
    const length = record(traits[T.length]);
    const min = num(length['min']);
    const max = num(length['max']);
    if ((min !== undefined && size < min) || (max !== undefined && size > max)) {
      errors.push({ path, message: `Must have ${describeBounds(min, max)} ${what}; got ${size}.` });
    }
  }
}

function describeBounds(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return min === max ? `${min}` : `${min} to ${max}`;
  return min !== undefined ? `at least ${min}` : `at most ${max}`;
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
        const format = traits[T.timestampFormat];
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

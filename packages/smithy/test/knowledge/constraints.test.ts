import { describe, expect, it } from 'vitest';
import {
  BigNumberValue,
  checkConstraints,
  checkEnum,
  checkInteger,
  checkRequired,
  enumValues,
} from '../../src/index.js';
import { astModel } from '../validate/ast-model.js';

const model = astModel({
  'ns#Color': {
    type: 'enum',
    members: {
      RED: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'red' } },
      BLUE: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'blue' } },
    },
  },
  'ns#Level': {
    type: 'intEnum',
    members: { LOW: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 1 } } },
  },
  'ns#Legacy': {
    type: 'string',
    traits: { 'smithy.api#enum': [{ value: 'a' }, { value: 'b' }] },
  },
  'ns#Input': {
    type: 'structure',
    members: {
      id: { target: 'smithy.api#String', traits: { 'smithy.api#required': {} } },
      note: { target: 'smithy.api#String' },
    },
  },
});

describe('checkConstraints', () => {
  it('counts string characters as code points', () => {
    const traits = { 'smithy.api#length': { min: 2, max: 3 } };
    expect(checkConstraints(traits, 'string', '😀😀')).toEqual([]);
    expect(checkConstraints(traits, 'string', 'a')).toEqual([
      { kind: 'length', unit: 'characters', broken: 'min', min: 2, max: 3, actual: 1 },
    ]);
  });

  it('counts list elements, map entries and blob bytes', () => {
    const traits = { 'smithy.api#length': { max: 1 } };
    expect(checkConstraints(traits, 'list', [1, 2])).toMatchObject([
      { unit: 'elements', broken: 'max', actual: 2 },
    ]);
    expect(checkConstraints(traits, 'map', { a: 1, b: 2 })).toMatchObject([
      { unit: 'entries', actual: 2 },
    ]);
    expect(checkConstraints(traits, 'blob', 'é')).toMatchObject([{ unit: 'bytes', actual: 2 }]);
  });

  it('compares a range by decimal value, not by rounded doubles', () => {
    const traits = { 'smithy.api#range': { min: new BigNumberValue('9007199254740993') } };
    expect(checkConstraints(traits, 'long', 9007199254740992)).toEqual([
      { kind: 'range', broken: 'min', min: new BigNumberValue('9007199254740993') },
    ]);
    expect(checkConstraints({ 'smithy.api#range': { max: 0.3 } }, 'double', 0.1 + 0.2)).toEqual([
      { kind: 'range', broken: 'max', max: 0.3 },
    ]);
    expect(checkConstraints({ 'smithy.api#range': { max: 0.3 } }, 'double', 0.3)).toEqual([]);
  });

  it('matches patterns on strings and enums only', () => {
    const traits = { 'smithy.api#pattern': '^[a-z]+$' };
    expect(checkConstraints(traits, 'string', 'ABC')).toEqual([
      { kind: 'pattern', pattern: '^[a-z]+$' },
    ]);
    expect(checkConstraints(traits, 'timestamp', 'ABC')).toEqual([]);
  });

  it('reports repeated items of @uniqueItems lists and of sets', () => {
    expect(checkConstraints({ 'smithy.api#uniqueItems': {} }, 'list', [1, 2, 1])).toEqual([
      { kind: 'uniqueItems', duplicates: ['1'] },
    ]);
    expect(checkConstraints({}, 'set', ['a', 'a'])).toEqual([
      { kind: 'uniqueItems', duplicates: ['"a"'] },
    ]);
  });
});

describe('checkInteger', () => {
  it('holds each integer type to its limits, exactly', () => {
    expect(checkInteger('byte', 127)).toBeUndefined();
    expect(checkInteger('byte', 128)).toEqual({
      kind: 'integerOverflow',
      broken: 'max',
      min: -128n,
      max: 127n,
    });
    expect(checkInteger('long', new BigNumberValue('9223372036854775808'))).toMatchObject({
      broken: 'max',
    });
    expect(checkInteger('bigInteger', new BigNumberValue('9223372036854775808'))).toBeUndefined();
    expect(checkInteger('integer', 1.5)).toEqual({ kind: 'notInteger' });
  });
});

describe('enum values and required members', () => {
  it('reads enum, intEnum and legacy @enum values', () => {
    expect(enumValues(model.expectShape('ns#Color'))).toEqual(['red', 'blue']);
    expect(enumValues(model.expectShape('ns#Level'))).toEqual([1]);
    expect(enumValues(model.expectShape('ns#Legacy'))).toEqual(['a', 'b']);
    expect(enumValues(model.expectShape('ns#Input'))).toBeUndefined();
    expect(checkEnum(model.expectShape('ns#Color'), 'green')).toEqual({
      kind: 'enum',
      allowed: ['red', 'blue'],
    });
    expect(checkEnum(model.expectShape('ns#Color'), 'red')).toBeUndefined();
  });

  it('reports a @required member without a value', () => {
    const input = model.expectShape('ns#Input', 'structure');
    expect(checkRequired(input.members.get('id')!, undefined)).toEqual({ kind: 'required' });
    expect(checkRequired(input.members.get('id')!, 'x')).toBeUndefined();
    expect(checkRequired(input.members.get('note')!, undefined)).toBeUndefined();
  });
});

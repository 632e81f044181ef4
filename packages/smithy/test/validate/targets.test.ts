import { describe, expect, it } from 'vitest';
import { validateModel } from '../../src/validate/index.js';
import { astModel } from './ast-model.js';

const S = 'smithy.api#String';

describe('Target', () => {
  it('reports a member targeting a missing shape, with suggestions and a location', () => {
    const model = astModel({
      'ns#Name': { type: 'string' },
      'ns#Foo': { type: 'structure', members: { a: { target: 'ns#Nam' } } },
    });
    const events = validateModel(model);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      id: 'Target.UnresolvedShape',
      severity: 'ERROR',
      shapeId: 'ns#Foo$a',
      message: 'member shape targets an unresolved shape `ns#Nam`. Did you mean ns#Name?',
      sourceLocation: { filename: 'test.smithy', line: 2, column: 1 },
    });
    expect(events[0]?.hint).toContain('`ns#Name`');
  });

  it('reports unresolved and mistyped operation input, output and errors', () => {
    const model = astModel({
      'ns#Op': { type: 'operation', input: 'ns#Missing', output: S, errors: ['ns#NotError'] },
      'ns#NotError': { type: 'structure' },
    });
    const messages = validateModel(model).map((e) => e.message);
    expect(messages).toEqual([
      'operation shape has an `input` relationship to an unresolved shape `ns#Missing`',
      'operation shape `output` relationships must target a structure shape, but found (string: `smithy.api#String`)',
      '`ns#NotError` cannot be bound as an error because it is not marked with the `error` trait.',
    ]);
  });

  it('rejects error structures as input and non-resource resource bindings', () => {
    const model = astModel({
      'ns#Err': { type: 'structure', traits: { 'smithy.api#error': 'client' } },
      'ns#Op': { type: 'operation', input: 'ns#Err' },
      'ns#Svc': { type: 'service', operations: ['ns#Op'], resources: ['ns#Op'] },
    });
    const messages = validateModel(model).map((e) => e.message);
    expect(messages).toContain(
      'Operation input targets an invalid structure `ns#Err` that is marked with the `error` trait.',
    );
    expect(messages).toContain(
      'service shape `resource` relationships must target a resource shape, but found (operation: `ns#Op`)',
    );
  });

  it('rejects map keys that are not strings and members targeting services', () => {
    const model = astModel({
      'ns#Svc': { type: 'service' },
      'ns#M': { type: 'map', key: { target: 'smithy.api#Integer' }, value: { target: 'ns#Svc' } },
    });
    expect(validateModel(model).map((e) => [e.shapeId, e.message])).toEqual([
      [
        'ns#M',
        'Map key member targets (integer: `smithy.api#Integer`), but is expected to target a string',
      ],
      ['ns#M$value', 'Members cannot target service shapes, but found (service: `ns#Svc`)'],
    ]);
  });

  it('accepts a well-formed model', () => {
    const model = astModel({
      'ns#Err': { type: 'structure', traits: { 'smithy.api#error': 'client' } },
      'ns#In': { type: 'structure', members: { a: { target: S } } },
      'ns#Op': { type: 'operation', input: 'ns#In', errors: ['ns#Err'] },
      'ns#Svc': { type: 'service', operations: ['ns#Op'] },
    });
    expect(validateModel(model)).toEqual([]);
  });
});

describe('validation stages', () => {
  const model = astModel({
    'ns#In': { type: 'structure', members: { a: { target: 'ns#Missing' } } },
    'ns#Op': {
      type: 'operation',
      input: 'ns#In',
      traits: { 'smithy.api#http': { method: 'GET', uri: '/a/{id}' } },
    },
  });

  it('stops after unresolved targets, so HTTP rules do not pile on', () => {
    expect(validateModel(model).map((e) => e.id)).toEqual(['Target.UnresolvedShape']);
  });

  it('never skips the correctness stage, even in legacy mode', () => {
    const ids = validateModel(model, { continueAfterCriticalErrors: true }).map((e) => e.id);
    expect(ids).toEqual(['Target.UnresolvedShape']);
  });
});

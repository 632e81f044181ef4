import { describe, expect, it } from 'vitest';
import { validateModel } from '../../src/validate/index.js';
import type { AstShape } from './ast-model.js';
import { astModel } from './ast-model.js';

/** Minimal prelude trait definitions for these tests, as the loader's prelude would hold them. */
const TRAIT_DEFS: Record<string, AstShape> = {
  'smithy.api#error': { type: 'string', traits: { 'smithy.api#trait': { selector: 'structure' } } },
  'smithy.api#httpError': {
    type: 'integer',
    traits: { 'smithy.api#trait': { selector: 'structure[trait|error]' } },
  },
  'smithy.api#httpHeader': {
    type: 'string',
    traits: {
      'smithy.api#trait': {
        selector: 'structure > :test(member > :test(boolean, number, string, timestamp))',
        conflicts: ['httpPayload'],
      },
    },
  },
  'smithy.api#httpPayload': {
    type: 'structure',
    traits: {
      'smithy.api#trait': { selector: 'structure > member', conflicts: ['httpHeader'] },
    },
  },
  'smithy.api#weird': {
    type: 'structure',
    traits: { 'smithy.api#trait': { selector: '$x(*) ${x}' } },
  },
};

describe('TraitTarget and TraitConflict', () => {
  it('rejects @httpError on a structure without @error', () => {
    const events = validateModel(
      astModel({
        ...TRAIT_DEFS,
        'ns#E': { type: 'structure', traits: { 'smithy.api#httpError': 404 } },
      }),
    );
    expect(events.map((e) => [e.id, e.shapeId, e.message])).toEqual([
      [
        'TraitTarget',
        'ns#E',
        'Trait `httpError` cannot be applied to `ns#E`. This trait may only be applied to shapes that match the following selector: structure[trait|error]',
      ],
    ]);
  });

  it('accepts traits on matching shapes and skips selectors it cannot evaluate', () => {
    const events = validateModel(
      astModel({
        ...TRAIT_DEFS,
        'ns#E': {
          type: 'structure',
          traits: {
            'smithy.api#error': 'client',
            'smithy.api#httpError': 404,
            'smithy.api#weird': {},
          },
          members: { h: { target: 'smithy.api#String', traits: { 'smithy.api#httpHeader': 'X' } } },
        },
      }),
    );
    expect(events).toEqual([]);
  });

  it('rejects a header on a structure-typed member and reports conflicting traits', () => {
    const events = validateModel(
      astModel({
        ...TRAIT_DEFS,
        'ns#Body': { type: 'structure' },
        'ns#Out': {
          type: 'structure',
          members: {
            b: {
              target: 'ns#Body',
              traits: { 'smithy.api#httpHeader': 'X', 'smithy.api#httpPayload': {} },
            },
          },
        },
      }),
    );
    expect(events.map((e) => [e.id, e.shapeId])).toEqual([
      ['TraitTarget', 'ns#Out$b'],
      ['TraitConflict', 'ns#Out$b'],
    ]);
    expect(events[1]?.message).toBe(
      'Found conflicting traits on member shape: `httpHeader` conflicts with `httpPayload`, `httpPayload` conflicts with `httpHeader`',
    );
  });
});

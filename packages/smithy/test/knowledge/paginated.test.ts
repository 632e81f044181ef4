import { describe, expect, it } from 'vitest';
import { paginatedTraitOf } from '../../src/index.js';
import { astModel } from '../validate/ast-model.js';

const model = astModel({
  'ns#Shop': {
    type: 'service',
    operations: ['ns#ListThings'],
    traits: { 'smithy.api#paginated': { inputToken: 'token', outputToken: 'next', items: 'x' } },
  },
  'ns#ListThings': {
    type: 'operation',
    traits: { 'smithy.api#paginated': { items: 'things', pageSize: 'limit', bogus: 1 } },
  },
  'ns#GetThing': { type: 'operation' },
});

describe('paginatedTraitOf', () => {
  it("reads the operation's own @paginated members", () => {
    expect(paginatedTraitOf(model.expectShape('ns#ListThings'))).toEqual({
      pageSize: 'limit',
      items: 'things',
    });
  });

  it("merges the operation's members over the service's defaults", () => {
    const merged = paginatedTraitOf(
      model.expectShape('ns#ListThings'),
      model.expectShape('ns#Shop'),
    );
    expect(merged).toEqual({
      inputToken: 'token',
      outputToken: 'next',
      pageSize: 'limit',
      items: 'things',
    });
  });

  it('is undefined for an operation that does not page', () => {
    expect(paginatedTraitOf(model.expectShape('ns#GetThing'), model.expectShape('ns#Shop'))).toBe(
      undefined,
    );
  });
});

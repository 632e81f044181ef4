import { describe, expect, it } from 'vitest';
import { insufficientScopeChallenge } from '../../src/runtime/http/bearer-challenge.js';

describe('insufficientScopeChallenge', () => {
  it.each([
    ['Bearer error="insufficient_scope", scope="a:read b:write"', ['a:read', 'b:write']],
    ['bearer realm="p",error="insufficient_scope",scope="a:read"', ['a:read']],
    ['Bearer error=insufficient_scope, scope="a:read"', ['a:read']],
    ['Bearer error="insufficient_scope"', []],
    ['Bearer scope="a \\"b\\"", error="insufficient_scope"', ['a', '"b"']],
    ['Basic realm="x", Bearer error="insufficient_scope", scope="c:d"', ['c:d']],
  ])('reads %s', (header, want) => {
    expect(insufficientScopeChallenge(header)).toEqual(want);
  });

  it.each([
    undefined,
    '',
    'Bearer error="invalid_token"',
    'Basic realm="x", error="insufficient_scope"',
    'Bearerish error="insufficient_scope"',
  ])('finds no insufficient_scope challenge in %s', (header) => {
    expect(insufficientScopeChallenge(header)).toBeUndefined();
  });
});

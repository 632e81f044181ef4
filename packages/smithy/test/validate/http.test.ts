import { describe, expect, it } from 'vitest';
import type { Traits } from '../../src/model/shapes.js';
import { validateModel } from '../../src/validate/index.js';
import type { AstMember, AstShape } from './ast-model.js';
import { astModel } from './ast-model.js';

const S = 'smithy.api#String';
const label: AstMember = {
  target: S,
  traits: { 'smithy.api#httpLabel': {}, 'smithy.api#required': {} },
};
const http = (method: string, uri: string, code?: number): Traits => ({
  'smithy.api#http': code === undefined ? { method, uri } : { method, uri, code },
  ...(method === 'GET' ? { 'smithy.api#readonly': {} } : {}),
});
/** An operation `ns#<name>` with input `ns#<name>Input` holding `members`. */
function op(name: string, traits: Traits, members: Record<string, AstMember> = {}) {
  return {
    [`ns#${name}`]: { type: 'operation', input: `ns#${name}Input`, traits },
    [`ns#${name}Input`]: { type: 'structure', members },
  } satisfies Record<string, AstShape>;
}
const eventsOf = (shapes: Record<string, AstShape>) =>
  validateModel(astModel(shapes)).map((e) => `${e.severity} ${e.id} ${e.shapeId}: ${e.message}`);

describe('HTTP bindings', () => {
  it('accepts a well-bound operation', () => {
    expect(
      eventsOf(
        op('Get', http('GET', '/things/{id}'), {
          id: label,
          q: { target: S, traits: { 'smithy.api#httpQuery': 'q' } },
          h: { target: S, traits: { 'smithy.api#httpHeader': 'X-Trace' } },
        }),
      ),
    ).toEqual([]);
  });

  it.each([
    ['things', "URI pattern must start with '/'. Found things"],
    ['/a//b', 'Segments must not be empty at index 3'],
    ['/a/{}', 'Empty label declaration in pattern at index 3.'],
    ['/a/x{id}', 'Literal segments must not contain `{` or `}` characters. Found segment `x{id}`'],
    ['/a/{id}/{ID}', 'Label `ID` is defined more than once in pattern: /a/{id}/{ID}'],
    ['/a?x={id}', 'URI labels must not appear in the query string. Found /a?x={id}'],
    ['/a?x&x', 'Literal query parameters must not be repeated: /a?x&x'],
  ])('rejects the URI %s', (uri, problem) => {
    const events = eventsOf(op('Op', http('POST', uri)));
    expect(events).toHaveLength(1);
    expect(events[0]).toContain(
      `ERROR HttpUriFormat ns#Op: @http trait \`uri\` is invalid: ${problem}`,
    );
  });

  it('checks labels against members both ways, and greedy labels against strings', () => {
    const events = eventsOf(
      op('Op', http('POST', '/a/{id}/{rest+}/{tail}'), {
        rest: { target: 'smithy.api#Integer', traits: label.traits },
        stray: label,
      }),
    );
    expect(events).toEqual([
      'DANGER HttpUriGreedyLabel.GreedyLabelIsNotLastLabel ns#Op: A greedy label must be the last label in its pattern: /a/{id}/{rest+}/{tail}',
      "ERROR HttpLabelTrait ns#Op: This operation uses `ns#OpInput` as input, but the following URI labels found in the operation's `http` trait do not have a corresponding member marked with the `httpLabel` trait: `id`, `tail`",
      'ERROR HttpLabelTrait ns#OpInput$rest: The `rest` structure member corresponds to a greedy label when used as the input of the `ns#Op` operation. This member targets (integer: `smithy.api#Integer`), but greedy labels must target string shapes.',
      'ERROR HttpLabelTrait ns#OpInput$stray: This `stray` structure member is marked with the `httpLabel` trait, but no corresponding `http` URI label could be found when used as the input of the `ns#Op` operation.',
    ]);
  });

  it('checks header names, duplicates, prefixes and query literals', () => {
    const header = (name: string): AstMember => ({
      target: S,
      traits: { 'smithy.api#httpHeader': name },
    });
    const events = eventsOf({
      ...op('Op', http('POST', '/a?mode=x'), {
        a: header('X-Meta-One'),
        b: header('x-meta-one'),
        c: header('Authorization'),
        d: header('Bad Header'),
        m: { target: 'ns#Map', traits: { 'smithy.api#httpPrefixHeaders': 'X-Meta-' } },
        q: { target: S, traits: { 'smithy.api#httpQuery': 'mode' } },
      }),
      'ns#Map': { type: 'map', key: { target: S }, value: { target: S } },
    });
    expect(events).toEqual(
      expect.arrayContaining([
        'ERROR HttpHeaderTrait ns#OpInput: `httpHeader` field name binding conflicts found for the `x-meta-one` header in the following structure members: `a`, `b`',
        'DANGER HttpHeaderTrait ns#OpInput$c: `Authorization` is not an allowed HTTP header binding',
        'DANGER HttpHeaderTrait ns#OpInput$d: `Bad Header` is not a valid HTTP header field name according to section 5.6.2 of RFC 9110',
        'ERROR HttpPrefixHeadersTrait ns#OpInput$a: `httpHeader` binding of `x-meta-one` conflicts with the `httpPrefixHeaders` binding of `ns#OpInput$m` to `x-meta-`. `httpHeader` bindings must not case-insensitively start with any `httpPrefixHeaders` bindings.',
        'ERROR HttpQueryTrait ns#OpInput: `httpQuery` name `mode` conflicts with the `http` trait of the `ns#Op` operation: `/a?mode=x`',
      ]),
    );
  });

  it('requires every other member to be bound when one is the payload', () => {
    const events = eventsOf(
      op('Op', http('POST', '/a'), {
        body: { target: S, traits: { 'smithy.api#httpPayload': {} } },
        loose: { target: S },
      }),
    );
    expect(events).toEqual([
      'ERROR HttpPayload ns#OpInput: A member of this structure is marked with the `httpPayload` trait, but the following structure members are not explicitly bound to the HTTP message: `loose`',
    ]);
  });

  it('finds conflicting URIs within a service, softened by @pattern on the label', () => {
    const svc = (ops: string[]): Record<string, AstShape> => ({
      'ns#Svc': { type: 'service', operations: ops },
    });
    const hard = eventsOf({
      ...svc(['ns#A', 'ns#B']),
      ...op('A', http('GET', '/things/{id}'), { id: label }),
      ...op('B', http('GET', '/things/{name}'), { name: label }),
    });
    expect(hard).toContain(
      'ERROR HttpUriConflict ns#A: Operation URI, `/things/{id}`, conflicts with other operation URIs in the same service: [`ns#B` (/things/{name})]',
    );
    const patterned: AstMember = {
      target: S,
      traits: { ...label.traits, 'smithy.api#pattern': '^[0-9]+$' },
    };
    const different = eventsOf({
      ...svc(['ns#A', 'ns#B']),
      ...op('A', http('GET', '/things/{id}'), { id: patterned }),
      ...op('B', http('GET', '/things/latest')),
    });
    expect(different.filter((e) => e.includes('HttpUriConflict'))).toEqual([]);
    const otherMethod = eventsOf({
      ...svc(['ns#A', 'ns#B']),
      ...op('A', http('GET', '/things')),
      ...op('B', { 'smithy.api#http': { method: 'POST', uri: '/things' } }),
    });
    expect(otherMethod).toEqual([]);
  });

  it('checks status codes and method semantics', () => {
    const events = eventsOf({
      ...op(
        'Del',
        { 'smithy.api#http': { method: 'delete', uri: '/d', code: 404 } },
        {
          body: { target: S },
        },
      ),
      'ns#E': {
        type: 'structure',
        traits: { 'smithy.api#error': 'client', 'smithy.api#httpError': 500 },
      },
    });
    expect(events).toEqual([
      'DANGER HttpResponseCodeSemantics ns#Del: Expected an `http` code in the 2xx range, but found 404',
      'WARNING HttpMethodSemantics ns#Del: This operation uses the `delete` method in the `http` trait, but expected `DELETE`.',
      'WARNING HttpMethodSemantics.MissingIdempotentTrait ns#Del: This operation uses the `DELETE` method in the `http` trait, but is not marked with the idempotent trait',
      expect.stringContaining(
        'DANGER HttpMethodSemantics.UnexpectedPayload ns#Del: This operation uses the `DELETE` method in the `http` trait, but the following members are sent as part of the payload of the request: `body`.',
      ),
      'DANGER HttpResponseCodeSemantics ns#E: Expected an `httpError` code in the 4xx range for a `client` error, but found 500',
    ]);
  });

  it('requires @http on every operation of a REST protocol service', () => {
    const events = eventsOf({
      'ns#rest': {
        type: 'structure',
        traits: {
          'smithy.api#trait': { selector: 'service' },
          'smithy.api#protocolDefinition': { traits: ['smithy.api#http'] },
        },
      },
      'ns#Svc': { type: 'service', operations: ['ns#A', 'ns#B'], traits: { 'ns#rest': {} } },
      ...op('A', http('POST', '/a')),
      'ns#B': { type: 'operation' },
    });
    expect(events).toEqual([
      'ERROR HttpBindingsMissing ns#B: The `ns#rest` protocol requires all operations in the `ns#Svc` service define the `http` trait, but this operation is missing the `http` trait.',
    ]);
  });
});

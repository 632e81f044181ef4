import { formatEvent, loadModel } from '@platform/smithy';
import { describe, expect, it } from 'vitest';
import { diffServices } from '../src/index.js';

/** A tiny service in namespace `ns`, with `body` appended (operations and shapes). */
function model(ns: string, ops: string, body: string) {
  const text = `$version: "2"
namespace ${ns}
use example.platform#requiredScopes

service S { version: "1", operations: [${ops}] }
${body}
`;
  const traits = `$version: "2"
namespace example.platform
@trait(selector: "operation")
list requiredScopes { member: String }
`;
  const result = loadModel({
    sources: [
      { filename: 'traits.smithy', text: traits },
      { filename: `${ns}.smithy`, text },
    ],
    validate: false,
  });
  const errors = result.events.filter((e) => e.severity === 'ERROR').map(formatEvent);
  if (errors.length > 0) throw new Error(`test model does not load:\n${errors.join('\n')}`);
  return { model: result.model, service: `${ns}#S` };
}

const get = (input: string, output: string, extra = '') => `
@readonly
@http(method: "GET", uri: "/things/{id}")
@requiredScopes(["things:read"]) ${extra}
operation GetThing {
  input := { @required @httpLabel id: String ${input} }
  output := { ${output} }
}`;

function codes(changes: ReturnType<typeof diffServices>): string[] {
  return changes.map((c) => `${c.severity} ${c.code} ${c.subject}`);
}

describe('diffServices', () => {
  it('finds nothing between identical services', () => {
    const a = model('a', 'GetThing', get('', '@required name: String'));
    const b = model('b', 'GetThing', get('', '@required name: String'));
    expect(diffServices(a, b)).toEqual([]);
  });

  it('calls removed operations breaking and added ones additive', () => {
    const a = model('a', 'GetThing', get('', ''));
    const b = model(
      'b',
      'ListThings',
      '@readonly @http(method: "GET", uri: "/things") operation ListThings {}',
    );
    expect(codes(diffServices(a, b))).toEqual([
      'breaking OperationRemoved S.GetThing',
      'additive OperationAdded S.ListThings',
    ]);
  });

  it('tells required input additions (breaking) from optional ones (additive)', () => {
    const a = model('a', 'GetThing', get('', ''));
    const b = model(
      'b',
      'GetThing',
      get('@required @httpQuery("q") q: String\n @httpQuery("r") r: String', ''),
    );
    expect(codes(diffServices(a, b))).toEqual([
      'breaking RequiredMemberAdded GetThing input.q',
      'additive MemberAdded GetThing input.r',
    ]);
  });

  it('flags removed output members, type changes and binding moves as breaking', () => {
    const a = model(
      'a',
      'GetThing',
      get('@httpQuery("v") v: String', '@required total: Integer\n note: String'),
    );
    const b = model(
      'b',
      'GetThing',
      get('@httpHeader("x-v") v: String', '@required total: Money') +
        '\nstructure Money { @required amount: String, @required currency: String }',
    );
    expect(codes(diffServices(a, b))).toEqual(
      [
        'breaking MemberRemoved GetThing output.note',
        'breaking TypeChanged GetThing output.total',
        'breaking MemberBindingChanged GetThing input.v',
      ].sort((x, y) => x.split(' ')[2]!.localeCompare(y.split(' ')[2]!) || x.localeCompare(y)),
    );
  });

  it('flags a narrowed enum and a tightened scope as breaking, a widened enum as additive', () => {
    const a = model(
      'a',
      'GetThing',
      get('', 'status: Status') + '\nenum Status {\n A = "a"\n B = "b"\n}',
    );
    const b = model(
      'b',
      'GetThing',
      get('', 'status: Status', '@requiredScopes(["things:read", "things:admin"])').replace(
        '@requiredScopes(["things:read"]) @requiredScopes',
        '@requiredScopes',
      ) + '\nenum Status {\n A = "a"\n C = "c"\n}',
    );
    const changes = codes(diffServices(a, b));
    expect(changes).toContain('breaking EnumValueRemoved Status');
    expect(changes).toContain('additive EnumValueAdded Status');
    expect(changes).toContain('breaking ScopeAdded S.GetThing');
  });

  it('flags a changed path as breaking but ignores the version prefix', () => {
    const v1 = model('a', 'GetThing', get('', '').replace('/things/{id}', '/v1/things/{id}'));
    const v2 = model('b', 'GetThing', get('', '').replace('/things/{id}', '/v2/things/{id}'));
    expect(diffServices(v1, v2)).toEqual([]);
    const moved = model('c', 'GetThing', get('', '').replace('/things/{id}', '/v2/items/{id}'));
    expect(codes(diffServices(v1, moved))).toEqual(['breaking HttpBindingChanged S.GetThing']);
  });

  it('compares constraint bounds of inputs by their exact value', () => {
    const bounded = (min: string) => get(`@httpQuery("n") @range(min: ${min}) n: Long`, '');
    const a = model('a', 'GetThing', bounded('9007199254740992'));
    const same = model('b', 'GetThing', bounded('9007199254740992'));
    const raised = model('c', 'GetThing', bounded('9007199254740993'));
    expect(diffServices(a, same)).toEqual([]);
    expect(diffServices(a, raised)).toEqual([
      expect.objectContaining({
        code: 'ConstraintNarrowed',
        message: 'minimum raised to 9007199254740993',
      }),
    ]);
  });

  it('calls a member renamed when one removed and one added member have the same named type', () => {
    const ref = '\n@length(min: 1, max: 64)\nstring Reference';
    const a = model('a', 'GetThing', get('', 'clientReference: Reference\n note: String') + ref);
    const b = model(
      'b',
      'GetThing',
      get('', 'externalReference: Reference\n comment: String') + ref,
    );
    const changes = diffServices(a, b);
    expect(codes(changes)).toEqual([
      'breaking MemberRenamed GetThing output.clientReference',
      'breaking MemberRemoved GetThing output.note',
      'additive MemberAdded GetThing output.comment',
    ]);
    expect(changes[0]).toMatchObject({
      message: 'member `clientReference` renamed to `externalReference`',
      migration:
        'Read `externalReference` where you read `clientReference` (same type, `Reference`).',
    });
  });

  it('keeps an ambiguous rename as a removal and an addition', () => {
    const ref = '\nstring Reference';
    const a = model('a', 'GetThing', get('', 'first: Reference\n second: Reference') + ref);
    const b = model('b', 'GetThing', get('', 'third: Reference') + ref);
    expect(codes(diffServices(a, b))).toEqual([
      'breaking MemberRemoved GetThing output.first',
      'breaking MemberRemoved GetThing output.second',
      'additive MemberAdded GetThing output.third',
    ]);
  });

  it('calls an operation renamed when another name serves the same route', () => {
    const a = model('a', 'GetThing', get('', ''));
    const b = model(
      'b',
      'FetchThing',
      get('', '').replace('operation GetThing', 'operation FetchThing'),
    );
    const changes = diffServices(a, b);
    expect(codes(changes)).toEqual(['breaking OperationRenamed S.GetThing']);
    expect(changes[0]?.migration).toBe(
      'Call `FetchThing` where you called `GetThing`; its route is unchanged.',
    );
  });
});

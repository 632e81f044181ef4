import { describe, expect, it } from 'vitest';
import { parseIdl } from '../../src/idl/parser.js';
import { SyntacticShapeId } from '../../src/loader/fragment.js';

const parse = (src: string) => parseIdl('t.smithy', src);
const errors = (src: string) =>
  parse(src)
    .events.filter((e) => e.severity === 'ERROR')
    .map((e) => `${e.sourceLocation?.line}:${e.sourceLocation?.column} ${e.message}`);

describe('parseIdl', () => {
  it('reads version, namespace, use, metadata and shapes', () => {
    const f = parse(
      '$version: "2.0"\nmetadata m = [1]\nnamespace a.b\nuse x.y#Z\n\nstring S\nlist L { member: Z }\n',
    );
    expect(f.version).toBe('2.0');
    expect(f.namespace).toBe('a.b');
    expect([...f.uses]).toEqual([['Z', 'x.y#Z']]);
    expect(f.metadata.map((m) => [m.key, m.value])).toEqual([['m', [1]]]);
    expect(f.shapes.map((s) => [s.id, s.type])).toEqual([
      ['a.b#S', 'string'],
      ['a.b#L', 'list'],
    ]);
    expect(f.shapes[1]!.members[0]!.target?.text).toBe('Z');
    expect(f.events).toEqual([]);
  });

  it('turns doc comments into documentation traits after the other traits', () => {
    const f = parse('$version: "2"\nnamespace n\n/// Hello\n/// world\n@sensitive\nstring S\n');
    expect(f.shapes[0]!.traits.map((t) => [t.name.text, t.value])).toEqual([
      ['sensitive', null],
      ['smithy.api#documentation', 'Hello\nworld'],
    ]);
  });

  it('parses trait values: structured, list, annotation, shape ids', () => {
    const f = parse(
      '$version: "2"\nnamespace n\n@a(x: 1, y: "s")\n@b([1, 2])\n@c\n@d(Foo)\n@e(true)\nstring S\n',
    );
    const values = f.shapes[0]!.traits.map((t) => t.value);
    expect(values.slice(0, 3)).toEqual([{ x: 1, y: 's' }, [1, 2], null]);
    expect(values[3]).toBeInstanceOf(SyntacticShapeId);
    expect(values[4]).toBe(true);
  });

  it('keeps integers beyond 2^53 exact', () => {
    const f = parse('$version: "2"\nnamespace n\n@a(9223372036854775808)\nstring S\n');
    expect(String(f.shapes[0]!.traits[0]!.value)).toBe('9223372036854775808');
  });

  it('parses enum and default sugar and elided members', () => {
    const f = parse(
      '$version: "2"\nnamespace n\nenum E {\n  A = "a"\n  B\n}\nstructure S for R with [M] {\n  $id\n  n: Integer = 1\n}\n',
    );
    const [e, s] = f.shapes;
    expect(e!.members.map((m) => [m.name, m.traits.map((t) => t.value)])).toEqual([
      ['A', ['a']],
      ['B', []],
    ]);
    expect(s!.forResource?.text).toBe('R');
    expect(s!.mixins.map((m) => m.text)).toEqual(['M']);
    expect(s!.members[0]!.target).toBeUndefined();
    expect(s!.members[1]!.traits[0]!.name.text).toBe('smithy.api#default');
  });

  it('defines inline input and output with the operation suffixes', () => {
    const f = parse(
      '$version: "2"\n$operationInputSuffix: "Request"\nnamespace n\noperation Op {\n  input := {\n    a: String\n  }\n  output := @sensitive {}\n}\n',
    );
    expect(f.shapes.map((s) => s.id)).toEqual(['n#OpRequest', 'n#OpOutput', 'n#Op']);
    expect(f.shapes[1]!.traits.map((t) => t.name.text)).toEqual(['sensitive', 'smithy.api#output']);
    expect(f.shapes[2]!.properties.input?.text).toBe('n#OpRequest');
  });

  it.each([
    [
      '$version: "2"\nnamespace n\nstructure S {\n  a: String\n',
      ["5:1 Syntax error at line 5, column 1: Expected RBRACE('}') but found EOF"],
    ],
    [
      '$version: "2"\nnamespace n\nstring S string T\n',
      [
        "3:10 Syntax error at line 3, column 10: Expected a line break, but found IDENTIFIER('string')",
      ],
    ],
    [
      '$version: "2"\nnamespace n\nstrin S\n',
      ['3:1 Syntax error at line 3, column 1: Unknown shape type: strin'],
    ],
    [
      'namespace n\nstructure S with [M] {}\n',
      [
        '2:13 Syntax error at line 2, column 13: Mixins can only be used with Smithy version 2 or later. Attempted to use mixins with version `1.0`.',
      ],
    ],
    [
      '$version: "2"\nnamespace n\nstructure S {\n  a := String\n}\n',
      ["4:5 Syntax error at line 4, column 5: Expected COLON(':') but found WALRUS(':=')"],
    ],
  ])('reports %j', (src, want) => {
    expect(errors(src)).toEqual(want);
  });

  it('ignores a byte-order mark at the start of the file', () => {
    const f = parse('\ufeff$version: "2"\nnamespace n\nstring S\n');
    expect(f.events).toEqual([]);
    expect(f.shapes.map((s) => s.id)).toEqual(['n#S']);
  });

  it('recovers after an error and reports the next one too', () => {
    const found = errors('$version: "2"\nnamespace n\nstring A B\nstring C\ninteger D E\n');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^3:10 /);
    expect(found[1]).toMatch(/^5:11 /);
  });

  it('gives every error a hint', () => {
    const f = parse('$version: "2"\nnamespace n\nstructure S {\n');
    expect(f.events[0]!.hint).toMatch(/`}`/);
  });
});

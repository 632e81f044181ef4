import { describe, expect, it } from 'vitest';
import { formatEvent, loadModel } from '../../src/index.js';
import { stringifyNode } from '../../src/model/json-writer.js';

const load = (...texts: string[]) =>
  loadModel({
    sources: texts.map((text, i) => ({ filename: `m${i}.smithy`, text })),
    validate: false,
  });
const errorsOf = (result: ReturnType<typeof load>) =>
  result.events.filter((e) => e.severity === 'ERROR').map((e) => e.message);

describe('loadModel', () => {
  it('resolves relative, forward and cross-file references', () => {
    const r = load(
      '$version: "2"\nnamespace a\nstructure S { b: B, s: String, o: Other }\nstring B\n',
      '$version: "2"\nnamespace a\nstring Other\n',
    );
    expect(errorsOf(r)).toEqual([]);
    const s = r.model.expectShape('a#S', 'structure');
    expect([...s.members.values()].map((m) => m.target)).toEqual([
      'a#B',
      'smithy.api#String',
      'a#Other',
    ]);
  });

  it('prefers `use` over the namespace and the namespace over the prelude', () => {
    const r = load(
      '$version: "2"\nnamespace a\nuse b#X\nstructure S { x: X, s: String }\nstring String\n',
      '$version: "2"\nnamespace b\nstring X\n',
    );
    const s = r.model.expectShape('a#S', 'structure');
    expect([...s.members.values()].map((m) => m.target)).toEqual(['b#X', 'a#String']);
  });

  it('flattens mixins: members first, traits inherited except @mixin', () => {
    const r = load(
      '$version: "2"\nnamespace a\n@mixin\n@sensitive\nstructure M { m: String }\nstructure S with [M] { s: Integer }\napply S$m @required\n',
    );
    expect(errorsOf(r)).toEqual([]);
    const s = r.model.expectShape('a#S', 'structure');
    expect([...s.members.keys()]).toEqual(['m', 's']);
    expect(Object.keys(s.traits)).toEqual(['smithy.api#sensitive']);
    expect(r.model.getMember('a#S$m')?.traits).toEqual({ 'smithy.api#required': {} });
    expect(r.model.getMember('a#M$m')?.traits).toEqual({});
  });

  it('fills elided targets from the `for` resource and from mixins', () => {
    const r = load(
      '$version: "2"\nnamespace a\nresource R { identifiers: { id: String }, properties: { p: Integer } }\n@mixin\nstructure M { q: Long }\nstructure S for R with [M] { $id\n $p\n $q }\n',
    );
    expect(errorsOf(r)).toEqual([]);
    const s = r.model.expectShape('a#S', 'structure');
    expect([...s.members.values()].map((m) => m.target)).toEqual([
      'smithy.api#Long',
      'smithy.api#String',
      'smithy.api#Integer',
    ]);
  });

  it('coerces annotation traits by the trait shape type and fills enum values', () => {
    const r = load('$version: "2"\nnamespace a\n@tags\n@sensitive\nenum E {\n  A\n  B = "b"\n}\n');
    const e = r.model.expectShape('a#E', 'enum');
    expect(e.traits).toEqual({ 'smithy.api#tags': [], 'smithy.api#sensitive': {} });
    expect([...e.members.values()].map((m) => m.traits['smithy.api#enumValue'])).toEqual([
      'A',
      'b',
    ]);
  });

  it('gives operations Unit input and output by default', () => {
    const r = load('$version: "2"\nnamespace a\noperation Op {}\n');
    const op = r.model.expectShape('a#Op', 'operation');
    expect([op.input, op.output]).toEqual(['smithy.api#Unit', 'smithy.api#Unit']);
  });

  it.each([
    ['$version: "2"\nnamespace a\n@nope\nstring S\n', 'Unable to resolve trait `a#nope`'],
    ['$version: "2"\nnamespace a\nstring S\ninteger S\n', 'Conflicting shape definition for `a#S`'],
    ['$version: "2"\nnamespace a\nstructure S { $x }\n', 'Member target was elided'],
    ['$version: "2"\nnamespace a\nlist L {}\n', 'Missing required member of shape `a#L`: member'],
    [
      '$version: "2"\nnamespace a\nintEnum E {\n  A = 1.5\n}\n',
      'intEnum members do not support floating point values',
    ],
    [
      '$version: "2"\nnamespace a\n@mixin\nstructure M { a: String }\nstructure S with [M] { a: Integer }\n',
      'Member conflicts with an inherited mixin member: `a#M$a`',
    ],
    [
      '$version: "2"\nnamespace a\n@documentation("x")\nstring S\napply S @documentation("y")\n',
      'Conflicting `smithy.api#documentation` trait',
    ],
  ])('reports %j', (src, want) => {
    const r = load(src);
    expect(r.ok).toBe(false);
    expect(errorsOf(r).join('\n')).toContain(want);
  });

  it('gives IDL 1.0 numbers and booleans their 2.0 defaults unless boxed', () => {
    const r = load(
      '$version: "1.0"\nnamespace a\ninteger N\n@box\ninteger B\nstructure S {\n  n: N\n  b: B\n  i: Integer\n  p: PrimitiveInteger\n  @box\n  q: PrimitiveLong\n}\n',
    );
    expect(errorsOf(r)).toEqual([]);
    expect(r.model.expectShape('a#N').traits).toEqual({ 'smithy.api#default': 0 });
    const defaults = ['n', 'b', 'i', 'p', 'q'].map(
      (m) => r.model.getMember(`a#S$${m}`)?.traits['smithy.api#default'],
    );
    expect(defaults).toEqual([0, undefined, undefined, 0, null]);
  });

  it('concatenates list traits applied twice', () => {
    const r = load('$version: "2"\nnamespace a\n@tags(["x"])\nstring S\napply S @tags(["y"])\n');
    expect(r.model.expectShape('a#S').traits['smithy.api#tags']).toEqual(['x', 'y']);
  });

  it('loads JSON AST and IDL to the same model and writes big numbers exactly', () => {
    const idl = load('$version: "2"\nnamespace a\n@range(max: 18446744073709551616)\nlong L\n');
    const json = loadModel({
      sources: [
        {
          filename: 'm.json',
          text: '{"smithy":"2.0","shapes":{"a#L":{"type":"long","traits":{"smithy.api#range":{"max":18446744073709551616}}}}}',
        },
      ],
      validate: false,
    });
    expect(json.ok).toBe(true);
    const a = stringifyNode(idl.model.toJsonAst());
    expect(a).toBe(stringifyNode(json.model.toJsonAst()));
    expect(a).toContain('"max": 18446744073709551616');
  });

  it('formats events with file, line, column and hint', () => {
    const r = load('$version: "2"\nnamespace a\nstring S {\n');
    const text = r.events.map(formatEvent).join('\n');
    expect(text).toMatch(/^m0\.smithy:3:10: ERROR \[Model\] /);
    expect(text).toContain('hint: ');
  });

  it('reports unreadable paths instead of throwing', () => {
    const r = loadModel({ files: ['/nonexistent/model.smithy'], validate: false });
    expect(r.ok).toBe(false);
    expect(r.events[0]!.sourceLocation?.filename).toBe('/nonexistent/model.smithy');
  });
});

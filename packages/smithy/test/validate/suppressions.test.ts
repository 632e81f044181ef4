/**
 * Suppressions and severity overrides (Smithy's "Suppressions" and "Severity overrides" rules):
 * given a model that raises known events, want each event's severity after decoration.
 */
import { describe, expect, it } from 'vitest';
import { formatEvent, loadModel } from '../../src/index.js';
import type { LoadResult } from '../../src/index.js';
import { eventIdMatches } from '../../src/validate/suppressions.js';

/**
 * Raises, without suppressions: DANGER `HttpMethodSemantics.UnexpectedPayload` on `ex#Get`,
 * DANGER `HttpHeaderTrait` on the member `ex#GetOutput$len`, WARNING `ModelDeprecation` on
 * `ex#Old` (a loader event) and WARNING `Model` about no shape (an unresolved `use`).
 */
const SHAPES = `namespace ex
use aws.protocols#restJson1
use other#Missing

@restJson1
service S { version: "1", operations: [Get] }

@readonly
@http(method: "GET", uri: "/x")
operation Get {
    input := { a: String }
    output := {
        @httpHeader("Content-Length")
        len: Long
    }
}

@enum([{ value: "a" }])
string Old
`;

function load(head: string, shapes = SHAPES): LoadResult {
  return loadModel({
    sources: [{ filename: 'm.smithy', text: `$version: "2"\n${head}\n${shapes}` }],
  });
}

/** `SEVERITY Id subject` per event, in location order. */
function outcome(result: LoadResult): string[] {
  return result.events.map((e) => `${e.severity} ${e.id} ${e.shapeId ?? '-'}`);
}

const BASELINE = [
  'WARNING Model -',
  'DANGER HttpMethodSemantics.UnexpectedPayload ex#Get',
  'DANGER HttpHeaderTrait ex#GetOutput$len',
  'WARNING ModelDeprecation ex#Old',
];

describe('event id matching', () => {
  // The table of Smithy's spec, "Matching suppression event IDs".
  const cases: [event: string, suppression: string, match: boolean][] = [
    ['Foo', 'Foo', true],
    ['Foo.Bar', 'Foo', true],
    ['Foo.Bar.Baz', 'Foo', true],
    ['Foo.', 'Foo.', true],
    ['Foo.', 'Foo', true],
    ['Foo', 'Foo.', false],
    ['Foosball', 'Foo', false],
    ['Foo', 'Foo.Bar', false],
    ['Abc.Foo.Bar', 'Foo.Bar', false],
  ];
  it.each(cases)('event %s, suppression %s: %s', (event, suppression, match) => {
    expect(eventIdMatches(event, suppression)).toBe(match);
  });
});

describe('metadata suppressions', () => {
  it('without suppressions the events keep their severities', () => {
    expect(outcome(load(''))).toEqual(BASELINE);
  });

  const cases: { name: string; metadata: string; want: string[] }[] = [
    {
      name: 'a parent id in any namespace suppresses its children, ok stays true',
      metadata: '{ id: "HttpMethodSemantics", namespace: "*" }',
      want: [
        BASELINE[0]!,
        'SUPPRESSED HttpMethodSemantics.UnexpectedPayload ex#Get',
        ...BASELINE.slice(2),
      ],
    },
    {
      name: 'an id that is only a text prefix suppresses nothing',
      metadata: '{ id: "HttpMethod", namespace: "*" }',
      want: BASELINE,
    },
    {
      name: 'a child id does not suppress its parent',
      metadata: '{ id: "HttpHeaderTrait.Other", namespace: "*" }',
      want: BASELINE,
    },
    {
      name: 'a namespace suppresses events on its shapes and members, not shapeless events',
      metadata: '{ id: "HttpHeaderTrait", namespace: "ex" }, { id: "Model", namespace: "ex" }',
      want: [
        BASELINE[0]!,
        BASELINE[1]!,
        'SUPPRESSED HttpHeaderTrait ex#GetOutput$len',
        BASELINE[3]!,
      ],
    },
    {
      name: 'another namespace suppresses nothing',
      metadata: '{ id: "HttpHeaderTrait", namespace: "other" }',
      want: BASELINE,
    },
    {
      name: '`*` also matches events about no shape, and loader events are suppressed too',
      metadata: '{ id: "Model", namespace: "*" }, { id: "ModelDeprecation", namespace: "*" }',
      want: [
        'SUPPRESSED Model -',
        BASELINE[1]!,
        BASELINE[2]!,
        'SUPPRESSED ModelDeprecation ex#Old',
      ],
    },
  ];
  it.each(cases)('$name', ({ metadata, want }) => {
    const result = load(`metadata suppressions = [${metadata}]`);
    expect(outcome(result)).toEqual(want);
  });

  it('all DANGER events suppressed: the model is ok, the events are still reported', () => {
    const result = load(
      'metadata suppressions = [{ id: "HttpMethodSemantics", namespace: "*" }, ' +
        '{ id: "HttpHeaderTrait", namespace: "*", reason: "S3 compatibility" }]',
    );
    expect(result.ok).toBe(true);
    const header = result.events.find((e) => e.id === 'HttpHeaderTrait')!;
    expect(header.suppressionReason).toBe('S3 compatibility');
    expect(formatEvent(header)).toContain(
      'SUPPRESSED [HttpHeaderTrait] ex#GetOutput$len: `Content-Length` is not an allowed HTTP ' +
        'header binding (S3 compatibility)',
    );
  });

  it('lists from several files are concatenated', () => {
    const result = loadModel({
      sources: [
        { filename: 'm.smithy', text: `$version: "2"\n${SHAPES}` },
        {
          filename: 'a.smithy',
          text: '$version: "2"\nmetadata suppressions = [{ id: "HttpMethodSemantics", namespace: "*" }]',
        },
        {
          filename: 'b.smithy',
          text: '$version: "2"\nmetadata suppressions = [{ id: "HttpHeaderTrait", namespace: "*" }]',
        },
      ],
    });
    expect(result.ok).toBe(true);
  });

  it('an ERROR is never suppressed', () => {
    const result = load(
      'metadata suppressions = [{ id: "TraitTarget", namespace: "*" }]',
      'namespace ex\n@idempotent\nstring Bad\n',
    );
    expect(outcome(result)).toEqual(['ERROR TraitTarget ex#Bad']);
    expect(result.ok).toBe(false);
  });

  it('without validation nothing is decorated (as Smithy, which decorates while validating)', () => {
    const result = loadModel({
      sources: [
        {
          filename: 'm.smithy',
          text: `$version: "2"\nmetadata suppressions = [{ id: "ModelDeprecation", namespace: "*" }]\n${SHAPES}`,
        },
      ],
      validate: false,
    });
    expect(result.events.map((e) => `${e.severity} ${e.id}`)).toContain('WARNING ModelDeprecation');
  });
});

describe('the @suppress trait', () => {
  it('suppresses matching events about the shape it is applied to, hierarchically', () => {
    const shapes = SHAPES.replace('@readonly', '@suppress(["HttpMethodSemantics"])\n@readonly');
    expect(outcome(load('', shapes))).toEqual([
      BASELINE[0]!,
      'SUPPRESSED HttpMethodSemantics.UnexpectedPayload ex#Get',
      ...BASELINE.slice(2),
    ]);
  });

  it('on a member, suppresses the member’s events', () => {
    const shapes = SHAPES.replace('@httpHeader', '@suppress(["HttpHeaderTrait"])\n@httpHeader');
    expect(outcome(load('', shapes))).toContain('SUPPRESSED HttpHeaderTrait ex#GetOutput$len');
  });

  it('on a container, does not suppress its members’ events (Smithy matches the exact shape)', () => {
    const shapes = SHAPES.replace('output := {', 'output := @suppress(["HttpHeaderTrait"]) {');
    expect(outcome(load('', shapes))).toEqual(BASELINE);
  });

  it('does not suppress other ids, nor an ERROR', () => {
    const other = SHAPES.replace('@readonly', '@suppress(["HttpMethod"])\n@readonly');
    expect(outcome(load('', other))).toEqual(BASELINE);
    const error = load('', 'namespace ex\n@suppress(["TraitTarget"])\n@idempotent\nstring Bad\n');
    expect(outcome(error)).toEqual(['ERROR TraitTarget ex#Bad']);
  });
});

describe('metadata severityOverrides', () => {
  const cases: { name: string; metadata: string; want: string[] }[] = [
    {
      name: 'raises matching events, hierarchically and by namespace',
      metadata:
        '{ id: "ModelDeprecation", namespace: "ex", severity: "DANGER" }, ' +
        '{ id: "Model", namespace: "*", severity: "DANGER" }',
      want: ['DANGER Model -', BASELINE[1]!, BASELINE[2]!, 'DANGER ModelDeprecation ex#Old'],
    },
    {
      name: 'never lowers a severity',
      metadata: '{ id: "HttpHeaderTrait", namespace: "*", severity: "WARNING" }',
      want: BASELINE,
    },
    {
      name: 'does not apply in another namespace',
      metadata: '{ id: "ModelDeprecation", namespace: "other", severity: "DANGER" }',
      want: BASELINE,
    },
  ];
  it.each(cases)('$name', ({ metadata, want }) => {
    expect(outcome(load(`metadata severityOverrides = [${metadata}]`))).toEqual(want);
  });

  it('a suppression takes precedence over an override', () => {
    const result = load(
      'metadata suppressions = [{ id: "ModelDeprecation", namespace: "*" }]\n' +
        'metadata severityOverrides = [{ id: "ModelDeprecation", namespace: "*", severity: "DANGER" }]',
    );
    expect(outcome(result)).toContain('SUPPRESSED ModelDeprecation ex#Old');
  });
});

describe('malformed metadata is an ERROR that says how to write it', () => {
  const cases: { metadata: string; want: string }[] = [
    { metadata: 'suppressions = {}', want: 'Expected array, but found object.' },
    {
      metadata: 'suppressions = [true]',
      want: 'Expected array element 0 to be a object but found boolean.',
    },
    { metadata: 'suppressions = [{ namespace: "*" }]', want: 'Missing expected member `id`.' },
    { metadata: 'severityOverrides = [{ id: "A" }]', want: 'Missing expected member `namespace`.' },
    {
      metadata: 'severityOverrides = [{ id: "A", namespace: "*" }]',
      want: 'Missing expected member `severity`.',
    },
    {
      metadata: 'severityOverrides = [{ id: "A", namespace: "*", severity: "ERROR" }]',
      want: 'Expected one of `DANGER`, `WARNING`; got `ERROR`.',
    },
    {
      metadata: 'suppressions = [{ id: 1, namespace: "*" }]',
      want: 'Expected `id` to be a string but found number.',
    },
  ];
  it.each(cases)('$metadata', ({ metadata, want }) => {
    const result = load(`metadata ${metadata}`, 'namespace ex\n');
    const errors = result.events.filter((e) => e.severity === 'ERROR');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message.startsWith(want)).toBe(true);
    expect(errors[0]!.sourceLocation).toMatchObject({ filename: 'm.smithy', line: 2 });
    expect(errors[0]!.hint).toMatch(/^Write it as `metadata /);
  });

  it('an unknown property is a WARNING naming it', () => {
    const result = load(
      'metadata suppressions = [{ id: "A", namespace: "*", why: "x" }]',
      'namespace ex\n',
    );
    expect(outcome(result)).toEqual(['WARNING Model -']);
    expect(result.events[0]!.message).toContain('unknown properties: why');
  });
});

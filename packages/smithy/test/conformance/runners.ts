/**
 * @module One runner per corpus folder, each mimicking how Smithy's own JUnit tests use the data
 * (see the corpus README and its `index.json` files) and returning pass-rate rows.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseIdl } from '../../src/idl/parser.js';
import {
  astOf,
  corpusPath,
  diffModels,
  errors,
  filesUnder,
  load,
  readIndex,
  upstreamText,
} from './corpus.js';
import type { Row } from './corpus.js';

interface ValidCase {
  smithy: string;
  idlVersion: string;
  expectedJson?: string;
  flattened?: string;
}

/** `X.smithy` + `__shared.json` must load to the same model as `X.json` + `__shared.json`. */
export function runIdlValid(): Row[] {
  const index = readIndex<{ cases: ValidCase[] }>('idl-valid');
  const shared = corpusPath('idl-valid', '__shared.json');
  const rows = { v2: newRow('idl-valid', 'IDL 2.x: model equals expected JSON AST', 95) };
  const v1 = newRow('idl-valid', 'IDL 1.0: model equals expected JSON AST (not a target)');
  const flat = newRow('idl-valid', 'IDL 2.x: flattened mixins equal `.flattened.smithy`', 95);
  for (const c of index.cases) {
    const file = corpusPath('idl-valid', c.smithy);
    const isV2 = c.idlVersion.startsWith('2');
    if (c.expectedJson) {
      const row = isV2 ? rows.v2 : v1;
      const actual = load([file, shared]);
      const expected = load([corpusPath('idl-valid', c.expectedJson), shared], false);
      const diff = diffModels(astOf(actual), astOf(expected));
      const problems = [
        ...errors(actual).map(upstreamText),
        ...errors(expected).map((e) => `expected side: ${upstreamText(e)}`),
        ...diff.map((d) => `differs: ${d}`),
      ];
      record(row, c.smithy, problems);
    }
    if (c.flattened) {
      const actual = astOf(load([file]), true);
      const expected = astOf(load([corpusPath('idl-valid', c.flattened)], false), true);
      record(
        flat,
        c.smithy,
        diffModels(actual, expected).map((d) => `differs: ${d}`),
      );
    }
  }
  return [rows.v2, flat, v1];
}

interface InvalidCase {
  smithy: string;
  idlVersion: string;
  expectedMessageContains: string;
  line?: number;
  column?: number;
  kind?: string;
}

/**
 * Each file must fail to load. Syntax errors must be reported at the expected line and column;
 * semantic errors carry no position in the corpus, so there the measure is that loading fails.
 * Containment of Smithy's own message text is reported as a second, untargeted figure.
 */
export function runIdlInvalid(): Row[] {
  const index = readIndex<{ cases: InvalidCase[] }>('idl-invalid');
  const syntax = newRow('idl-invalid', 'syntax errors at the expected line and column', 90);
  const semantic = newRow('idl-invalid', 'semantic errors: loading fails', 90);
  const all = newRow('idl-invalid', 'all: rejected (at the right line+column when given)', 90);
  const message = newRow('idl-invalid', "message contains Smithy's text (not a target)");
  for (const c of index.cases) {
    const file = corpusPath('idl-invalid', c.smithy);
    const failed = errors(load([file])).filter(
      (e) => !e.sourceLocation || e.sourceLocation.filename === file,
    );
    const where = failed.map((e) => `${e.sourceLocation?.line}:${e.sourceLocation?.column}`);
    let problems: string[];
    if (c.line !== undefined) {
      const hit = failed.some(
        (e) => e.sourceLocation?.line === c.line && e.sourceLocation?.column === c.column,
      );
      problems = hit ? [] : [`want ${c.line}:${c.column}, got [${where.join(', ')}]`];
      record(syntax, c.smithy, problems);
    } else {
      problems = failed.length > 0 ? [] : ['loaded without errors'];
      record(semantic, c.smithy, problems);
    }
    record(all, c.smithy, problems);
    const wanted = normalise(c.expectedMessageContains);
    const texts = failed.map((e) => normalise(upstreamText(e)));
    record(
      message,
      c.smithy,
      texts.some((t) => t.includes(wanted)) ? [] : [`want "${wanted}", got ${texts.join(' // ')}`],
    );
  }
  return [syntax, semantic, all, message];
}

function normalise(text: string): string {
  return text.replace(/\[EOF\]/g, '').replace(/\r?\n/g, '\\n');
}

/** Every formatter input (and expected output) must parse: unknown traits allowed. */
export function runFormatter(): Row[] {
  const row = newRow('formatter', 'files parse without syntax errors', 100);
  const dir = corpusPath('formatter');
  for (const file of filesUnder(dir, '.smithy')) {
    const fragment = parseIdl(file, readFileSync(file, 'utf8'));
    const problems = fragment.events
      .filter((e) => e.severity === 'ERROR')
      .map((e) => `${e.sourceLocation?.line}:${e.sourceLocation?.column} ${e.message}`);
    record(row, relative(dir, file), problems);
  }
  return [row];
}

/** The held-out sample models must load and validate with zero ERROR events. */
export function runSamples(): Row[] {
  const defs = (...names: string[]): string[] => names.map((n) => corpusPath('trait-defs', n));
  const samples: [string, string[]][] = [
    ['weather', [corpusPath('samples', 'weather')]],
    ['weather-openapi', [corpusPath('samples', 'weather-openapi', 'models')]],
    [
      'coffee-shop',
      [corpusPath('samples', 'coffee-shop'), ...defs('smithy.framework.validation.smithy')],
    ],
    [
      'aws-restjson1-protocol-tests',
      [
        corpusPath('samples', 'aws-restjson1-protocol-tests'),
        ...defs('smithy.test.smithy', 'smithy.framework.validation.smithy'),
      ],
    ],
  ];
  const row = newRow('samples', 'load and validate with zero ERROR events', 100);
  for (const [name, files] of samples) {
    const result = load(files);
    const problems = result.events.filter((e) => e.severity === 'ERROR').map(upstreamText);
    record(row, name, problems);
  }
  return [row];
}

/** The extra loader cases, as Smithy's ModelAssembler / loader tests use them. */
export function runLoaderExtra(): Row[] {
  const x = (...p: string[]): string => corpusPath('loader-extra', ...p);
  const shared = corpusPath('idl-valid', '__shared.json');
  const row = newRow('loader-extra', 'IDL 2.x and JSON AST loader cases', 100);
  const same = (name: string, actual: string[], expected: string[]): void => {
    const a = load(actual);
    const diff = diffModels(astOf(a), astOf(load(expected)));
    record(row, name, [...errors(a).map(upstreamText), ...diff.map((d) => `differs: ${d}`)]);
  };
  const check = (name: string, files: string[], test: (r: ReturnType<typeof load>) => string[]) => {
    const result = load(files);
    record(row, name, [...errors(result).map(upstreamText), ...test(result)]);
  };
  same(
    'forwardrefs/use',
    [x('forwardrefs/use/use.smithy'), shared],
    [x('forwardrefs/use/result.json'), shared],
  );
  same(
    'forwardrefs/no-use',
    [x('forwardrefs/use/no-use.smithy'), shared],
    [x('forwardrefs/use/result.json'), shared],
  );
  same(
    'forwardrefs/resource',
    [x('forwardrefs/resource/operation.smithy'), x('forwardrefs/resource/resource.smithy')],
    [x('forwardrefs/resource/result.json')],
  );
  check(
    'mixins/mixins-can-override-traits',
    [x('mixins/mixins-can-override-traits.smithy')],
    (r) => {
      const f = r.model.getShape('smithy.example#F');
      const names = f && f.type === 'structure' ? [...f.members.keys()].join(',') : '';
      const doc = (m: string) =>
        r.model.getMember(`smithy.example#F$${m}`)?.traits['smithy.api#documentation'];
      const internal = r.model.getMember('smithy.example#F$c')?.traits['smithy.api#internal'];
      return [
        ...(names === 'a,b,c,d,e,f' ? [] : [`member order ${names}`]),
        ...(doc('a') === "I've changed" && doc('c') === "I've changed"
          ? []
          : ['docs not overridden']),
        ...(internal !== undefined ? [] : ['@internal missing on F$c']),
      ];
    },
  );
  check(
    'mixins/mixin-conflict-acceptable',
    [
      x('mixins/mixin-conflict-acceptable-1.smithy'),
      x('mixins/mixin-conflict-acceptable-2.smithy'),
    ],
    (r) => {
      const a = r.model.getShape('smithy.example#A');
      const names = a && a.type === 'structure' ? [...a.members.keys()].join(',') : '';
      return names === 'b,a' ? [] : [`member order ${names}`];
    },
  );
  {
    const r = load([
      x('mixins/mixin-conflict-acceptable-1.smithy'),
      x('mixins/mixin-conflict-error.smithy'),
    ]);
    const hit = errors(r).some((e) =>
      e.message.includes('Conflicting shape definition for `smithy.example#A`'),
    );
    record(row, 'mixins/mixin-conflict-error', hit ? [] : ['conflict not reported']);
  }
  const apply = x('mixins/apply-to-mixed-member.json');
  check('mixins/apply-to-mixed-member x3', [apply, apply, apply], () => []);
  const applyOther = x('mixins/member-apply-other-namespace.smithy');
  check(
    'mixins/member-apply-other-namespace x2',
    [x('mixins/mixed-member.smithy'), applyOther, applyOther],
    () => [],
  );
  check(
    'mixins/multiple-inheritance-with-introduction',
    [x('mixins/multiple-inheritance-with-introduction.smithy')],
    (r) => {
      const traits = r.model.getMember('com.example#FinalStructure$member')?.traits ?? {};
      const keys = Object.keys(traits).sort().join(',');
      const want = 'smithy.api#internal,smithy.api#pattern,smithy.api#required';
      return [
        ...(keys === want ? [] : [`traits ${keys}`]),
        ...(traits['smithy.api#pattern'] === 'baz' ? [] : ['pattern is not "baz"']),
      ];
    },
  );
  for (const json of [
    'simple-shape',
    'collection',
    'structure',
    'union',
    'operation',
    'resource',
    'service',
  ]) {
    check(`mixins/${json}-mixins.json`, [x(`mixins/${json}-mixins.json`)], (r) =>
      r.events.filter((e) => e.severity === 'WARNING').map(upstreamText),
    );
  }
  check(
    'use-operations',
    [
      x('use-operations/service.smithy'),
      x('use-operations/nested.smithy'),
      x('use-operations/other.smithy'),
    ],
    (r) => {
      const local = r.model.getShape('smithy.example#Local');
      if (!local || local.type !== 'operation') return ['smithy.example#Local missing'];
      return [
        ...(local.input === 'smithy.example.nested#A' ? [] : [`input ${local.input}`]),
        ...(local.errors.join() === 'smithy.example.nested#C'
          ? []
          : [`errors ${local.errors.join()}`]),
      ];
    },
  );
  return [row, runUpgrade()];
}

/**
 * IDL 1.0 → 2.0 upgrade scenarios, compared as Smithy does: serialized as 2.0 (which drops the
 * 1.0-only `@box` trait); load errors are allowed (one scenario expects one). Not a target.
 */
function runUpgrade(): Row {
  const row = newRow('loader-extra', 'IDL 1.0 upgrade: main equals upgraded (not a target)');
  const unboxed = (ast: ReturnType<typeof astOf>): ReturnType<typeof astOf> =>
    JSON.parse(
      JSON.stringify(ast, (key, value: unknown) => {
        if (key === 'traits' && value && typeof value === 'object') {
          const { 'smithy.api#box': _box, ...rest } = value as Record<string, unknown>;
          return Object.keys(rest).length > 0 ? rest : undefined;
        }
        return value;
      }),
    ) as ReturnType<typeof astOf>;
  for (const name of [
    'all-1.0',
    'box-in-v2',
    'does-not-introduce-conflict',
    'mixed-versions',
    'primitives-in-v2',
  ]) {
    const dir = corpusPath('loader-extra', 'upgrade', name);
    const inputs = filesUnder(dir, '.smithy').filter((f) => !f.endsWith('upgraded.smithy'));
    const actual = unboxed(astOf(load(inputs)));
    const expected = unboxed(astOf(load([`${dir}/upgraded.smithy`])));
    record(
      row,
      name,
      diffModels(actual, expected).map((d) => `differs: ${d}`),
    );
  }
  return row;
}

interface ErrorsCase {
  model: string;
  events: { severity: string; shape: string | null; messagePrefix: string; id: string }[];
}

const IGNORED_IDS = ['ModelDeprecation', 'DeprecatedTrait', 'DeprecatedShape'];

/**
 * Model + `.errors` pairs of loader-level events, matched by Smithy's rule: same severity and
 * shape, actual id contains the expected id, actual message starts with the expected message;
 * every actual non-SUPPRESSED event must be expected (deprecation events excepted).
 */
export function runIdlErrorfiles(): Row[] {
  const index = readIndex<{ cases: ErrorsCase[] }>('idl-errorfiles');
  const row = newRow('idl-errorfiles', 'events match the `.errors` file exactly (not a target)');
  const defs = filesUnder(corpusPath('trait-defs'), '.smithy').filter(
    (f) => !f.endsWith('prelude.smithy'),
  );
  for (const c of index.cases) {
    const file = corpusPath('idl-errorfiles', c.model);
    const text = readFileSync(file, 'utf8');
    const needsDefs = /\b(aws\.|smithy\.(test|framework|openapi|protocols)\b)/.test(text);
    const actual = load(needsDefs ? [file, ...defs] : [file]).events;
    const matches = (want: ErrorsCase['events'][number], got: (typeof actual)[number]): boolean =>
      got.severity === want.severity &&
      (got.shapeId ?? '-') === (want.shape ?? '-') &&
      got.id.includes(want.id) &&
      // As Smithy's SmithyTestCase: a suppressed event's message ends with its reason.
      `${got.message}${got.suppressionReason ? ` (${got.suppressionReason})` : ''}`
        .replace(/\n/g, '\\n')
        .startsWith(want.messagePrefix);
    const missing = c.events.filter((w) => !actual.some((g) => matches(w, g)));
    const extra = actual.filter(
      (g) =>
        g.severity !== 'SUPPRESSED' &&
        !IGNORED_IDS.some((id) => g.id.includes(id)) &&
        !c.events.some((w) => matches(w, g)),
    );
    record(row, c.model, [
      ...missing.map((w) => `missing [${w.severity}] ${w.shape}: ${w.messagePrefix} | ${w.id}`),
      ...extra.map((g) => `unexpected ${upstreamText(g)}`),
    ]);
  }
  return [row];
}

interface MutableRow {
  folder: string;
  measure: string;
  passed: number;
  total: number;
  target?: number;
  failures: string[];
}

function newRow(folder: string, measure: string, target?: number): MutableRow {
  return { folder, measure, passed: 0, total: 0, failures: [], ...(target ? { target } : {}) };
}

function record(row: MutableRow, name: string, problems: string[]): void {
  row.total++;
  if (problems.length === 0) row.passed++;
  else row.failures.push(`${name}: ${problems.slice(0, 3).join(' ;; ')}`);
}

/**
 * Robustness: mutated model files (Smithy's corpus when present, our prelude otherwise) must
 * never crash or hang the lexer, parser, JSON AST reader or loader; every error they report must
 * carry a location and a hint.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIdl } from '../src/idl/parser.js';
import { loadModel } from '../src/index.js';
import type { ValidationEvent } from '../src/index.js';
import { readJsonAst } from '../src/json/ast-reader.js';
import { CORPUS_DIR, corpusPath, filesUnder } from './conformance/corpus.js';

const builtIn = (name: string): string =>
  readFileSync(new URL(`../src/prelude/${name}`, import.meta.url), 'utf8');

const IDL_SEEDS: string[] = CORPUS_DIR
  ? [
      ...filesUnder(corpusPath('idl-valid'), '.smithy'),
      ...filesUnder(corpusPath('formatter'), '.smithy'),
    ].map((f) => readFileSync(f, 'utf8'))
  : [builtIn('smithy.api.smithy'), builtIn('aws.protocols.smithy')];

const JSON_SEEDS: string[] = CORPUS_DIR
  ? filesUnder(corpusPath('idl-valid'), '.json')
      .filter((f) => !f.endsWith('index.json'))
      .map((f) => readFileSync(f, 'utf8'))
  : ['{"smithy":"2.0","shapes":{"a#B":{"type":"structure","members":{"c":{"target":"a#D"}}}}}'];

/** Characters that matter to the grammar, so mutations hit interesting states. */
const SYNTAX = [...'{}[]()@$#:=,."\\/\n\r\t _-0123456789aZ`'].concat([
  '"""',
  '///',
  ':=',
  'with',
  'for',
  'apply',
  'use',
]);

type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc
      .array(fc.constantFrom(...SYNTAX), { minLength: 1, maxLength: 4 })
      .map((a) => a.join('')),
  }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 200 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + m.length);
    else if (m.kind === 'insert') out = out.slice(0, at) + m.text + out.slice(at);
    else if (m.kind === 'duplicate') out = out.slice(0, at + m.length) + out.slice(at);
    else out = out.slice(0, at);
  }
  return out;
}

const mutated = (seeds: string[]): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.integer({ min: 0, max: seeds.length - 1 }),
      fc.array(mutation, { minLength: 1, maxLength: 5 }),
    )
    .map(([i, ms]) => mutate(seeds[i]!, ms));

function expectWellFormed(events: readonly ValidationEvent[]): void {
  for (const e of events.filter((x) => x.severity === 'ERROR')) {
    expect(e.message.length).toBeGreaterThan(0);
    expect(e.hint?.length ?? 0, e.message).toBeGreaterThan(0);
    if (e.id === 'Model') expect(e.sourceLocation, e.message).toBeDefined();
  }
}

/** Anything slower than this on a corpus-sized input is treated as a hang. */
const BUDGET_MS = 2000;

function timed<T>(run: () => T): T {
  const start = performance.now();
  const result = run();
  expect(performance.now() - start).toBeLessThan(BUDGET_MS);
  return result;
}

describe('fuzzing with mutated models', () => {
  it('the IDL parser never throws and locates every error', () => {
    fc.assert(
      fc.property(mutated(IDL_SEEDS), (text) => {
        const fragment = timed(() => parseIdl('fuzz.smithy', text));
        expectWellFormed(fragment.events);
      }),
      { numRuns: 400 },
    );
  });

  it('the JSON AST reader never throws', () => {
    fc.assert(
      fc.property(mutated(JSON_SEEDS), (text) => {
        expectWellFormed(timed(() => readJsonAst('fuzz.json', text)).events);
      }),
      { numRuns: 200 },
    );
  });

  it('loading (with validation) never throws', () => {
    fc.assert(
      fc.property(mutated(IDL_SEEDS), (text) => {
        const result = timed(() => loadModel({ sources: [{ filename: 'fuzz.smithy', text }] }));
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 60 },
    );
  });

  it('loading JSON AST (with validation) never throws', () => {
    fc.assert(
      fc.property(mutated(JSON_SEEDS), (text) => {
        const result = timed(() => loadModel({ sources: [{ filename: 'fuzz.json', text }] }));
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 60 },
    );
  });

  it('deeply nested values are rejected, not a stack overflow', () => {
    const deep = `$version: "2"\nnamespace a\n@tags(${'['.repeat(100_000)})\nstring S\n`;
    const fragment = timed(() => parseIdl('deep.smithy', deep));
    expect(fragment.events[0]?.message).toContain('maximum allowed depth');
    const json = `{"smithy":"2.0","metadata":{"a":${'['.repeat(100_000)}}}`;
    expect(timed(() => readJsonAst('deep.json', json)).events[0]?.message).toContain('deeper');
  });
});

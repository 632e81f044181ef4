/**
 * @module Access to Smithy's conformance corpus in `<repo>/../shared/smithy-corpus/` and the
 * comparisons its README prescribes: models are compared as normalised JSON AST (key order
 * ignored, prelude left out), not as text.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel } from '../../src/index.js';
import type { LoadResult, NodeValue, ValidationEvent } from '../../src/index.js';
import { nodeEquals } from '../../src/loader/trait-map.js';

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');

/** The corpus directory, or undefined when `../shared` is not beside the checkout. */
export const CORPUS_DIR: string | undefined = ((): string | undefined => {
  const dir = join(REPO, '..', 'shared', 'smithy-corpus');
  return existsSync(join(dir, 'README.md')) ? dir : undefined;
})();

export function corpusPath(...parts: string[]): string {
  if (!CORPUS_DIR) throw new Error('The Smithy corpus is not available');
  return join(CORPUS_DIR, ...parts);
}

export function readIndex<T>(folder: string): T {
  return JSON.parse(readFileSync(corpusPath(folder, 'index.json'), 'utf8')) as T;
}

export function load(files: string[], validate = true): LoadResult {
  return loadModel({ files, validate });
}

/** Every file under `dir` (recursively) whose name ends with `suffix`, sorted. */
export function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) =>
      e.isDirectory()
        ? filesUnder(join(dir, e.name), suffix)
        : e.name.endsWith(suffix)
          ? [join(dir, e.name)]
          : [],
    );
}

export function errors(result: LoadResult): ValidationEvent[] {
  return result.events.filter((e) => e.severity === 'ERROR' || e.severity === 'DANGER');
}

type Ast = { shapes: Record<string, NodeValue>; metadata?: Record<string, NodeValue> };

/** The model's JSON AST; with `flatten`, mixin shapes and `mixins` references are dropped. */
export function astOf(result: LoadResult, flatten = false): Ast {
  const ast = result.model.toJsonAst() as unknown as Ast;
  if (!flatten) return ast;
  const shapes: Record<string, NodeValue> = {};
  for (const [id, shape] of Object.entries(ast.shapes)) {
    const s = shape as Record<string, NodeValue>;
    const traits = (s.traits ?? {}) as Record<string, NodeValue>;
    if ('smithy.api#mixin' in traits) continue;
    const { mixins: _mixins, ...rest } = s;
    shapes[id] = rest;
  }
  return { ...ast, shapes };
}

/** Shape ids whose JSON AST differs between two models (empty when the models are equal). */
export function diffModels(a: Ast, b: Ast): string[] {
  const ids = new Set([...Object.keys(a.shapes), ...Object.keys(b.shapes)]);
  const diff = [...ids].filter((id) => {
    const x = a.shapes[id];
    const y = b.shapes[id];
    return x === undefined || y === undefined || !nodeEquals(x, y);
  });
  if (!nodeEquals(a.metadata ?? {}, b.metadata ?? {})) diff.push('(metadata)');
  return diff.sort();
}

/**
 * An event as Smithy's Java loader prints it inside a failed result, so expected message
 * fragments from the corpus can be matched: `[ERROR] shape: Syntax error at line L, column C:
 * message | Id`.
 */
export function upstreamText(e: ValidationEvent): string {
  return `[${e.severity}] ${e.shapeId ?? '-'}: ${e.message} | ${e.id}`;
}

/** A row of the pass-rate table. */
export interface Row {
  readonly folder: string;
  readonly measure: string;
  readonly passed: number;
  readonly total: number;
  /** Minimum pass rate in percent; undefined for figures reported without a target. */
  readonly target?: number;
  readonly failures: readonly string[];
}

export function rate(row: Row): number {
  return row.total === 0 ? 100 : (100 * row.passed) / row.total;
}

export function formatTable(rows: readonly Row[]): string {
  const lines = [
    '| folder | measure | passed | total | rate | target |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.folder} | ${r.measure} | ${r.passed} | ${r.total} | ${rate(r).toFixed(1)}% | ${
          r.target === undefined ? '—' : `≥${r.target}%`
        } |`,
    ),
  ];
  return lines.join('\n');
}

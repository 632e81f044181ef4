/**
 * Conformance with smithy-openapi on Smithy's own test data (`<repo>/../shared/smithy-corpus`):
 * the cases of `openapi/cases.json` and the held-out Weather sample. Prints a pass-rate table and
 * fails when a figure drops below its target; skips, saying so, when the corpus is absent.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { convertToOpenApi } from '../../src/index.js';
import { jsonDifferences } from './compare-json.js';
import { CORPUS_DIR, corpusPath, loadCorpusModel, readJsonExact } from './corpus-files.js';
import { openApiCases, runOpenApiCase } from './openapi-cases.js';
import type { CaseKind, CaseResult } from './openapi-cases.js';

/** Share of cases (not applicable ones excluded) each kind must pass. */
const TARGETS: Readonly<Record<CaseKind | 'weather sample', number>> = {
  'whole document': 0.9,
  'pointer checks': 1,
  'expected error': 1,
  'weather sample': 1,
};

if (!CORPUS_DIR) {
  console.warn(
    'smithy-corpus not found at <repo>/../shared/smithy-corpus: OpenAPI conformance tests skipped.',
  );
}

describe.skipIf(!CORPUS_DIR)('smithy-openapi conformance', () => {
  const results: CaseResult[] = [];
  afterAll(() => {
    if (results.length > 0) console.log(formatTable(results));
  });

  it('meets the targets on openapi/cases.json', () => {
    results.push(...openApiCases().map(runOpenApiCase));
    for (const kind of ['whole document', 'pointer checks', 'expected error'] as const) {
      const rows = results.filter((r) => r.kind === kind);
      const failures = rows
        .filter((r) => r.outcome === 'fail')
        .map((r) => `${r.name}: ${r.detail}`);
      expect(
        passRate(rows),
        `${kind} cases below target:\n${failures.join('\n')}`,
      ).toBeGreaterThanOrEqual(TARGETS[kind]);
    }
  }, 60_000);

  it('converts the Weather sample to exactly the expected document', () => {
    const dir = corpusPath('samples', 'weather-openapi');
    const build = JSON.parse(readFileSync(`${dir}/smithy-build.json`, 'utf8')) as {
      projections: Record<string, { plugins: { openapi: Record<string, unknown> } }>;
    };
    const settings = Object.values(build.projections)[0]?.plugins.openapi ?? {};
    const { document } = convertToOpenApi(loadCorpusModel([`${dir}/models`]), settings);
    const differences = jsonDifferences(
      document,
      readJsonExact(`${dir}/expected-Weather.openapi.json`),
      20,
    );
    results.push({
      name: 'samples/weather-openapi',
      kind: 'weather sample' as CaseKind,
      outcome: differences.length === 0 ? 'pass' : 'fail',
      detail: differences.join('\n    '),
    });
    expect(differences).toEqual([]);
  });
});

function passRate(rows: readonly CaseResult[]): number {
  const applicable = rows.filter((r) => r.outcome !== 'n/a');
  return applicable.length === 0
    ? 1
    : applicable.filter((r) => r.outcome === 'pass').length / applicable.length;
}

function formatTable(results: readonly CaseResult[]): string {
  const kinds = ['whole document', 'pointer checks', 'expected error', 'weather sample'] as const;
  const lines = [
    'smithy-openapi conformance (smithy-corpus/openapi/cases.json + samples/weather-openapi)',
    '| cases          | total | pass | fail | n/a | pass rate | target |',
    '| -------------- | ----- | ---- | ---- | --- | --------- | ------ |',
  ];
  for (const kind of kinds) {
    const rows = results.filter((r) => (r.kind as string) === kind);
    if (rows.length === 0) continue;
    const count = (o: CaseResult['outcome']): number => rows.filter((r) => r.outcome === o).length;
    lines.push(
      `| ${kind.padEnd(14)} | ${String(rows.length).padStart(5)} | ${String(count('pass')).padStart(4)} | ${String(count('fail')).padStart(4)} | ${String(count('n/a')).padStart(3)} | ${`${(passRate(rows) * 100).toFixed(1)}%`.padStart(9)} | ${`${TARGETS[kind] * 100}%`.padStart(6)} |`,
    );
  }
  const notPassing = results.filter((r) => r.outcome !== 'pass');
  if (notPassing.length > 0) {
    lines.push('', 'not passing:');
    for (const r of notPassing) lines.push(`  ${r.outcome} ${r.name}: ${r.detail.split('\n')[0]}`);
  }
  return lines.join('\n');
}

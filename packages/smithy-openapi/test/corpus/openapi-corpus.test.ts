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
import { jsonSchemaCases, runJsonSchemaCase } from './jsonschema-cases.js';
import { openApiCases, runOpenApiCase } from './openapi-cases.js';
import type { CaseResult } from './openapi-cases.js';

type Row =
  | 'openapi whole document'
  | 'openapi pointer checks'
  | 'openapi expected error'
  | 'weather sample'
  | 'jsonschema whole document'
  | 'jsonschema pointer checks';

/** Share of cases (not applicable ones excluded) each row must pass. */
const TARGETS: Readonly<Record<Row, number>> = {
  'openapi whole document': 0.9,
  'openapi pointer checks': 1,
  'openapi expected error': 1,
  'weather sample': 1,
  'jsonschema whole document': 0.8,
  'jsonschema pointer checks': 1,
};

interface Result extends Omit<CaseResult, 'kind'> {
  readonly row: Row;
}

if (!CORPUS_DIR) {
  console.warn(
    'smithy-corpus not found at <repo>/../shared/smithy-corpus: OpenAPI conformance tests skipped.',
  );
}

const needsCorpus = {
  skip: !CORPUS_DIR,
  meta: { skipReason: 'the Smithy corpus (../shared/smithy-corpus) is absent' },
};

describe('smithy-openapi conformance', needsCorpus, () => {
  const results: Result[] = [];
  afterAll(() => {
    if (results.length > 0) console.log(formatTable(results));
  });

  it('meets the targets on openapi/cases.json', () => {
    results.push(...openApiCases().map((c) => inRow('openapi', runOpenApiCase(c))));
    expectTargets(results, [
      'openapi whole document',
      'openapi pointer checks',
      'openapi expected error',
    ]);
  }, 60_000);

  it('meets the targets on jsonschema/cases.json (the schema layer alone)', () => {
    results.push(...jsonSchemaCases().map((c) => inRow('jsonschema', runJsonSchemaCase(c))));
    expectTargets(results, ['jsonschema whole document', 'jsonschema pointer checks']);
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
      row: 'weather sample',
      outcome: differences.length === 0 ? 'pass' : 'fail',
      detail: differences.join('\n    '),
    });
    expect(differences).toEqual([]);
  });
});

function inRow(suite: 'openapi' | 'jsonschema', result: CaseResult): Result {
  const { kind, ...rest } = result;
  return { ...rest, row: `${suite} ${kind}` as Row };
}

function expectTargets(results: readonly Result[], rows: readonly Row[]): void {
  for (const row of rows) {
    const cases = results.filter((r) => r.row === row);
    const failures = cases.filter((r) => r.outcome === 'fail').map((r) => `${r.name}: ${r.detail}`);
    expect(passRate(cases), `${row} below target:\n${failures.join('\n')}`).toBeGreaterThanOrEqual(
      TARGETS[row],
    );
  }
}

function passRate(rows: readonly Result[]): number {
  const applicable = rows.filter((r) => r.outcome !== 'n/a');
  return applicable.length === 0
    ? 1
    : applicable.filter((r) => r.outcome === 'pass').length / applicable.length;
}

function formatTable(results: readonly Result[]): string {
  const lines = [
    'smithy-openapi conformance on smithy-corpus (openapi/cases.json, jsonschema/cases.json, samples/weather-openapi)',
    '| cases                     | total | pass | fail | n/a | pass rate | target |',
    '| ------------------------- | ----- | ---- | ---- | --- | --------- | ------ |',
  ];
  for (const row of Object.keys(TARGETS) as Row[]) {
    const cases = results.filter((r) => r.row === row);
    if (cases.length === 0) continue;
    const count = (o: Result['outcome']): string =>
      String(cases.filter((r) => r.outcome === o).length);
    const rate = `${(passRate(cases) * 100).toFixed(1)}%`;
    lines.push(
      `| ${row.padEnd(25)} | ${String(cases.length).padStart(5)} | ${count('pass').padStart(4)} | ${count('fail').padStart(4)} | ${count('n/a').padStart(3)} | ${rate.padStart(9)} | ${`${TARGETS[row] * 100}%`.padStart(6)} |`,
    );
  }
  const notPassing = results.filter((r) => r.outcome !== 'pass');
  if (notPassing.length > 0) {
    lines.push('', 'not passing:');
    for (const r of notPassing) lines.push(`  ${r.outcome} ${r.name}: ${r.detail.split('\n')[0]}`);
  }
  return lines.join('\n');
}

/**
 * Conformance against Smithy's own test data in `<repo>/../shared/smithy-corpus/`: prints a
 * pass-rate table per folder and fails when a figure drops below its target.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, formatTable, rate } from './corpus.js';
import type { Row } from './corpus.js';
import {
  runFormatter,
  runIdlErrorfiles,
  runIdlInvalid,
  runIdlValid,
  runLoaderExtra,
  runSamples,
} from './runners.js';

const FOLDERS: [string, () => Row[]][] = [
  ['idl-valid', runIdlValid],
  ['idl-invalid', runIdlInvalid],
  ['formatter', runFormatter],
  ['idl-errorfiles', runIdlErrorfiles],
  ['loader-extra', runLoaderExtra],
  ['samples', runSamples],
];

if (!CORPUS_DIR) {
  console.warn(
    'Smithy conformance corpus not found at <repo>/../shared/smithy-corpus: conformance tests skipped.',
  );
}

const needsCorpus = {
  skip: !CORPUS_DIR,
  meta: { skipReason: 'the Smithy corpus (../shared/smithy-corpus) is absent' },
};

describe('Smithy conformance corpus', needsCorpus, () => {
  const rows: Row[] = [];
  afterAll(() => {
    if (rows.length > 0) console.log(`Smithy conformance\n${formatTable(rows)}`);
  });

  for (const [folder, run] of FOLDERS) {
    it(`${folder} meets its targets`, () => {
      const result = run();
      rows.push(...result);
      for (const row of result.filter((r) => r.target !== undefined)) {
        const summary = `${row.folder}: ${row.measure} — ${row.passed}/${row.total}`;
        expect(rate(row), `${summary}\n${row.failures.join('\n')}`).toBeGreaterThanOrEqual(
          row.target!,
        );
      }
    }, 60_000);
  }
});

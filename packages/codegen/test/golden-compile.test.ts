/**
 * @module golden-compile.test
 *
 * The golden files compile (ARCHITECTURE.md §3.5): every file under `fixtures/golden/expected/` is
 * type-checked against the real runtime with the repository's compiler options, placed where
 * generated code lives so its relative imports resolve.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typeErrors } from './support/compile.js';

const EXPECTED_DIR = join(import.meta.dirname, 'fixtures/golden/expected');

describe('golden files', () => {
  it('type-check against the runtime', () => {
    const files = readdirSync(EXPECTED_DIR, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts.golden'))
      .map((name) => ({
        path: name.slice(0, -'.golden'.length),
        content: readFileSync(join(EXPECTED_DIR, name), 'utf8'),
      }));
    expect(files.length).toBeGreaterThan(0);
    expect(typeErrors(files)).toEqual([]);
  }, 60_000);
});

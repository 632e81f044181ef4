/**
 * @module golden.test
 *
 * Whole generated files for the small fixture model (`fixtures/golden/widgets.smithy`) equal the
 * committed golden files under `fixtures/golden/expected/`. `UPDATE_GOLDEN=1` rewrites them; review
 * the diff. The manifest, the version index and the webhooks entry are left out: they depend on
 * the generator's own hash and the hand-written runtime's and webhooks' export lists, not on the
 * model.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadModel } from '@platform/smithy';
import { describe, expect, it } from 'vitest';
import { generateSdk } from '../src/index.js';
import { REPO_ROOT, SDK_PATHS } from './support/paths.js';

const FIXTURE_DIR = join(import.meta.dirname, 'fixtures/golden');
const EXPECTED_DIR = join(FIXTURE_DIR, 'expected');
const COMMON = ['traits.smithy', 'types.smithy'].map((f) => join(REPO_ROOT, 'model/common', f));

const loaded = loadModel({ files: [...COMMON, join(FIXTURE_DIR, 'widgets.smithy')] });
const files = generateSdk(loaded.model, SDK_PATHS)
  .map((f) => ({ name: f.path, content: f.content }))
  .filter(
    (f) =>
      f.name !== 'manifest.json' &&
      !f.name.endsWith('/index.ts') &&
      !f.name.endsWith('/webhooks.ts'),
  );

if (process.env.UPDATE_GOLDEN === '1') {
  for (const f of files) {
    mkdirSync(dirname(join(EXPECTED_DIR, f.name)), { recursive: true });
    writeFileSync(join(EXPECTED_DIR, `${f.name}.golden`), f.content);
  }
}

describe('golden files of the fixture model', () => {
  it('the fixture model is valid', () => {
    expect(loaded.ok, loaded.events.map((e) => e.message).join('\n')).toBe(true);
  });

  it('covers every golden file and no more', () => {
    const golden = readdirSync(EXPECTED_DIR, { recursive: true, encoding: 'utf8' })
      .filter((n) => n.endsWith('.golden'))
      .map((n) => n.slice(0, -'.golden'.length))
      .sort();
    expect(golden).toEqual(files.map((f) => f.name).sort());
  });

  for (const f of files) {
    it(`${f.name} equals its golden file`, () => {
      const path = join(EXPECTED_DIR, `${f.name}.golden`);
      expect(existsSync(path), `${path} missing: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(f.content).toBe(readFileSync(path, 'utf8'));
    });
  }
});

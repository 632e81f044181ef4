/**
 * @module The package-boundary lint rules of `npm run check` fail on a violation: the repository's
 * own ESLint configuration lints a small fixture workspace (`fixtures/workspace`, ignored by
 * `npm run lint`) with one file per kind of violation, and the clean and type-only files next to
 * them pass.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const APP = join(REPO_ROOT, 'test/lint/fixtures/workspace/packages/app/src');

let results: Map<string, string[]>;

beforeAll(async () => {
  // `ignore: false`: the fixtures are on the configuration's ignore list so that the repository's
  // own lint run stays green; here they are linted on purpose, with every other rule as configured.
  const eslint = new ESLint({ cwd: REPO_ROOT, ignore: false });
  const linted = await eslint.lintFiles([join(APP, '*.ts')]);
  results = new Map(
    linted.map((r) => [
      r.filePath.slice(APP.length + 1),
      r.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`),
    ]),
  );
}, 120_000);

describe('package boundaries (eslint)', () => {
  it('a runtime import cycle fails import-x/no-cycle, on both sides', () => {
    expect(results.get('cycle-a.ts')).toEqual([
      expect.stringMatching(/^import-x\/no-cycle: Dependency cycle/),
    ]);
    expect(results.get('cycle-b.ts')).toEqual([
      expect.stringMatching(/^import-x\/no-cycle: Dependency cycle/),
    ]);
  });

  it('a relative path into another package fails import-x/no-relative-packages', () => {
    expect(results.get('relative-import.ts')).toEqual([
      expect.stringMatching(
        /^import-x\/no-relative-packages: Relative import from another package/,
      ),
    ]);
  });

  it('a subpath the package does not export fails platform/workspace-imports', () => {
    expect(results.get('deep-import.ts')).toEqual([
      "platform/workspace-imports: '@platform/lib/src/internal.js' is not an entry of @platform/lib: import one its package.json `exports` declares (.).",
    ]);
  });

  it('an undeclared workspace dependency fails platform/workspace-imports', () => {
    expect(results.get('undeclared-dependency.ts')).toEqual([
      'platform/workspace-imports: @platform/other is imported but not declared in packages/app/package.json: add it to dependencies (or devDependencies for tests and tools).',
    ]);
  });

  it('a declared entry of a declared dependency, and type-only cycles, pass', () => {
    expect(results.get('clean.ts')).toEqual([]);
    expect(results.get('type-cycle-a.ts')).toEqual([]);
    expect(results.get('type-cycle-b.ts')).toEqual([]);
  });
});

/**
 * @module package-checks.test
 *
 * The published shape of `@platform/api-client` is clean by the two linters partners' tooling
 * agrees with: publint (strict) and are-the-types-wrong (node16 profile). Runs on the built
 * `dist/` (root `npm test` builds before vitest).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const PACKAGE_DIR = join(import.meta.dirname, '../..');
const BIN = join(PACKAGE_DIR, '../../node_modules/.bin');
const run = promisify(execFile);

async function exitCode(command: string, args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(join(BIN, command), args, { cwd: PACKAGE_DIR });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, out: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

describe('@platform/api-client package', () => {
  it('is built (run npm run build first)', () => {
    expect(existsSync(join(PACKAGE_DIR, 'dist/index.js'))).toBe(true);
  });

  it('passes publint --strict', async () => {
    const result = await exitCode('publint', ['--strict', '.']);
    expect(result.code, result.out).toBe(0);
  }, 30_000);

  it('passes attw --pack --profile node16', async () => {
    const result = await exitCode('attw', [
      '--pack',
      '.',
      '--profile',
      'node16',
      '--format',
      'ascii',
    ]);
    expect(result.code, result.out).toBe(0);
    expect(result.out).toContain('node16 (from ESM)');
  }, 60_000);
});

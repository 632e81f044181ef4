/**
 * @module The partner setups of the install test (`fixtures/setups/`, see its README): a setup is
 * copied into a blank folder, the packed SDK is installed there with npm from its tarball (it
 * has no dependencies, so `--offline` needs nothing from a registry), the partner's own dev
 * dependencies (`@types/node`, `msw`) are linked from this repository's `node_modules` instead
 * of being downloaded, and tsc checks the project with the setup's own tsconfig.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
export const SETUPS_DIR = join(here, '..', 'fixtures', 'setups');

/** Each setup and the packages its partner installs next to the SDK. */
export const SETUPS = {
  nodenext: ['@types/node'],
  'bundler-dom': ['msw'],
  commonjs: ['@types/node'],
} as const satisfies Record<string, readonly string[]>;

export type SetupName = keyof typeof SETUPS;

/** Copies setup `name` to `project`, installs `tarball` and links the partner's dev dependencies. */
export async function prepareSetup(
  name: SetupName,
  tarball: string,
  project: string,
): Promise<string> {
  await cp(join(SETUPS_DIR, name), project, { recursive: true });
  await run('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund'], { cwd: project });
  for (const dependency of SETUPS[name]) {
    const link = join(project, 'node_modules', dependency);
    await mkdir(dirname(link), { recursive: true });
    await symlink(join(repo, 'node_modules', dependency), link, 'dir');
  }
  return project;
}

/** `tsc -p project`: whether it passed, and what it printed. */
export async function typecheck(project: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout } = await run(join(repo, 'node_modules/.bin/tsc'), ['-p', project], {
      cwd: project,
    });
    return { ok: true, output: stdout };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? String(error)}` };
  }
}

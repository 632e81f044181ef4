/**
 * @module A clean, committed copy of this working tree for the release to run in. The release
 * refuses a dirty tree, and this test must prove the code under test, committed or not: so the
 * files git would commit (tracked and untracked, minus the ignored) are copied into a fresh
 * repository and committed there. Its `node_modules` links to this checkout's, except that the
 * workspace packages link into the copy, so every `@platform/*` import is the copy's own.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const WORKSPACE_SCOPE = '@platform';

/** Runs git in `cwd` as a throwaway committer (no global git config needed). */
export async function git(cwd: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run(
    'git',
    ['-c', 'user.name=registry-test', '-c', 'user.email=registry-test@localhost', ...args],
    { cwd, maxBuffer: 64 * 1024 * 1024 },
  );
  return stdout;
}

async function linkNodeModules(repo: string, copy: string): Promise<void> {
  const source = join(repo, 'node_modules');
  const target = join(copy, 'node_modules');
  await mkdir(join(target, WORKSPACE_SCOPE), { recursive: true });
  for (const entry of await readdir(source)) {
    if (entry === WORKSPACE_SCOPE) continue;
    await symlink(join(source, entry), join(target, entry));
  }
  for (const name of await readdir(join(source, WORKSPACE_SCOPE))) {
    await symlink(join('..', '..', 'packages', name), join(target, WORKSPACE_SCOPE, name));
  }
}

/** Copies `repo`'s committable files into `copy` (created) and commits them there. */
export async function snapshotCheckout(repo: string, copy: string): Promise<void> {
  const listed = await git(repo, ['ls-files', '--cached', '--others', '--exclude-standard', '-z']);
  // Tracked files deleted in the working tree are listed too; the copy leaves them out.
  const files = [...new Set(listed.split('\0'))].filter((f) => f && existsSync(join(repo, f)));
  for (const file of files) {
    await mkdir(dirname(join(copy, file)), { recursive: true });
    await copyFile(join(repo, file), join(copy, file));
  }
  await linkNodeModules(repo, copy);
  await git(copy, ['init', '--quiet', '--initial-branch', 'release-test']);
  await git(copy, ['add', '--all']);
  await git(copy, [
    'commit',
    '--quiet',
    '--no-verify',
    '--message',
    'snapshot of the working tree',
  ]);
}

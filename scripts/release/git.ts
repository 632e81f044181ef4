/**
 * @module The commit a release is built from. A release must be rebuildable from one commit, so
 * a working tree with uncommitted changes (untracked files included) is refused.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ReleaseError } from './release-error.js';

const run = promisify(execFile);
/** How many changed paths a refusal names before it says "and N more". */
const NAMED_PATHS = 5;

async function git(args: readonly string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run('git', [...args], { cwd });
    return stdout;
  } catch (error) {
    throw new ReleaseError(
      `git ${args.join(' ')} failed in ${cwd}: ${(error as Error).message.split('\n')[0]}`,
      'run the release from a git checkout of this repository',
    );
  }
}

/** The commit `HEAD` names, if the tree is clean; a `ReleaseError` naming the changes if not. */
export async function cleanCommit(repoRoot: string): Promise<string> {
  const status = await git(['status', '--porcelain', '--untracked-files=normal'], repoRoot);
  const changed = status
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.slice(3));
  if (changed.length > 0) {
    const named = changed.slice(0, NAMED_PATHS).join(', ');
    const more = changed.length > NAMED_PATHS ? ` and ${changed.length - NAMED_PATHS} more` : '';
    throw new ReleaseError(
      `the working tree has uncommitted changes (${named}${more}); a release is built from one commit so that it can be rebuilt from it`,
      'commit or stash the changes, then run the release again',
    );
  }
  return (await git(['rev-parse', 'HEAD'], repoRoot)).trim();
}

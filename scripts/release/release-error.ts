/**
 * @module A refusal of the release: what is wrong and what to do about it, kept apart so the
 * command line prints both and ends with exit code 1 instead of a stack trace.
 */
export class ReleaseError extends Error {
  override readonly name = 'ReleaseError';

  constructor(
    /** What is wrong, e.g. `the working tree has uncommitted changes (README.md)`. */
    readonly reason: string,
    /** What to do about it, e.g. `commit or stash them, then release again`. */
    readonly remedy: string,
  ) {
    super(`${reason}\n  → ${remedy}`);
  }
}

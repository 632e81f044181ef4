/**
 * @module The gates a release passes before anything is built, the same commands a developer
 * runs: the drift gate (the committed generated code and OpenAPI documents are exactly what the
 * model makes of them) and the breaking-change gate (the committed SDK surfaces match, and the
 * model has no unannounced breaking change against any released major).
 */
import { execFile } from 'node:child_process';
import { ReleaseError } from './release-error.js';

export interface Gate {
  readonly name: string;
  /** Arguments of `npm run --silent`. */
  readonly script: readonly string[];
  /** What to do when it fails. */
  readonly remedy: string;
}

export const GATES: readonly Gate[] = [
  {
    name: 'drift gate',
    script: ['generate', '--', '--check'],
    remedy: 'run `npm run generate`, review and commit the regenerated files, then release again',
  },
  {
    name: 'breaking-change gate',
    script: ['api-snapshot'],
    remedy:
      'make the change additive, or announce it in api-snapshot/announced-breaking-changes.json; if the SDK surface changed on purpose, run `npm run api-snapshot -- --update` and commit',
  },
];

function runGate(gate: Gate, repoRoot: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', ...gate.script],
      { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve(error ? `${stdout}${stderr}`.trim() : undefined),
    );
  });
}

/** Runs every gate at once; a `ReleaseError` names every one that failed, with its output. */
export async function passGates(repoRoot: string, gates: readonly Gate[] = GATES): Promise<void> {
  const outputs = await Promise.all(gates.map((gate) => runGate(gate, repoRoot)));
  const failed = gates.flatMap((gate, i) => {
    const output = outputs[i];
    return output === undefined ? [] : [{ gate, output }];
  });
  if (failed.length > 0) {
    throw new ReleaseError(
      failed.map(({ gate, output }) => `the ${gate.name} failed:\n${output}`).join('\n'),
      failed.map(({ gate }) => gate.remedy).join('; '),
    );
  }
}

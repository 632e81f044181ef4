/**
 * @module
 * `npm run generate` wall time (ARCHITECTURE.md §5: model → all generated artifacts ≤ 2 s): runs
 * `scripts/generate.mjs --check` (model → OpenAPI documents and types, model → SDK sources,
 * nothing written) as a fresh process, as a user would, and reports the median of the runs,
 * plus the model → SDK step alone in this process. The first run may rebuild the generator
 * bundles; it is reported apart. Run with `npm run bench codegen`.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { loadModel } from '@platform/smithy';
import { generateSdk } from '../src/index.js';
import { REPO_ROOT, SDK_PATHS } from '../test/support/paths.js';

const RUNS = 5;
const TARGET_MS = 2000;

function wall(args: string[]): number {
  const started = performance.now();
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/generate.mjs'), ...args], {
    cwd: REPO_ROOT,
    stdio: 'ignore',
  });
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const first = wall(['--check']);
const runs = Array.from({ length: RUNS }, () => wall(['--check']));
const sdkRuns = Array.from({ length: RUNS }, () => {
  const started = performance.now();
  generateSdk(loadModel({ files: [join(REPO_ROOT, 'model')] }).model, SDK_PATHS);
  return performance.now() - started;
});

const line = (name: string, ms: number) => `${name.padEnd(48)} ${ms.toFixed(0).padStart(6)} ms`;
console.log(line('first run (may rebuild bundles)', first));
console.log(line(`model → OpenAPI + SDK, median of ${RUNS} processes`, median(runs)));
console.log(line('model → SDK only, in process (load + generate)', median(sdkRuns)));
console.log(
  `target ≤ ${TARGET_MS} ms: ${median(runs) <= TARGET_MS ? 'met' : 'NOT met'} (npm's own start-up, ~0.3 s, not included)`,
);

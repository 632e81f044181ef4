/**
 * How long the Platform model takes to become OpenAPI: loading the model, converting its six
 * services, and the whole `generate:openapi` step (conversion and openapi-typescript).
 * ARCHITECTURE.md §5 budgets 2 s for model → all generated artifacts; this is the OpenAPI share of it.
 * Median of five runs after a warm-up.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadModel } from '@platform/smithy';
import { convertToOpenApi } from '../src/index.js';
import { readPlatformBuild } from '../src/generate/platform-build.js';
import { REPO_ROOT, generatePlatformOpenApi } from '../src/generate/platform-documents.js';

const build = readPlatformBuild(join(REPO_ROOT, 'model'));

async function median(run: () => unknown): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[2] as number;
}

const model = loadModel({ files: [...build.sources] }).model;
const rows: Array<[string, number]> = [
  ['load + validate model/', await median(() => loadModel({ files: [...build.sources] }))],
  [
    'convert 6 services',
    await median(() => build.projections.map((p) => convertToOpenApi(model, p.settings))),
  ],
  ['generate:openapi (documents + types)', await median(() => generatePlatformOpenApi())],
];
console.log('| step | median ms |\n| --- | ---: |');
for (const [step, ms] of rows) console.log(`| ${step} | ${ms.toFixed(0)} |`);

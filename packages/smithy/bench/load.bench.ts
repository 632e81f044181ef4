/**
 * @module Front-end load time (ARCHITECTURE.md §5 budgets the whole model → artifacts chain at 2 s):
 * parse + assemble, and parse + assemble + validate, for the Platform model (`model/`) and, when
 * Smithy's corpus is beside the checkout, the ~0.5 MB restJson1 protocol-test model. Each figure
 * is the median of several runs after a warm-up. Run with `npm run bench smithy`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel } from '../src/index.js';

const root = new URL('../../..', import.meta.url).pathname;
const corpus = join(root, '..', 'shared', 'smithy-corpus');
const RUNS = 7;

const subjects: [string, string[]][] = [['model/', [join(root, 'model')]]];
if (existsSync(corpus)) {
  subjects.push([
    'restJson1 protocol tests',
    [
      join(corpus, 'samples', 'aws-restjson1-protocol-tests'),
      join(corpus, 'trait-defs', 'smithy.test.smithy'),
      join(corpus, 'trait-defs', 'smithy.framework.validation.smithy'),
    ],
  ]);
} else {
  console.log('(Smithy corpus not found beside the checkout: only model/ is measured.)');
}

function median(files: string[], validate: boolean): number {
  loadModel({ files, validate });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    loadModel({ files, validate });
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

console.log('| model | shapes | load ms | load + validate ms |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, files] of subjects) {
  const shapes = loadModel({ files, validate: false }).model.shapes().length;
  const load = median(files, false).toFixed(1);
  const validated = median(files, true).toFixed(1);
  console.log(`| ${name} | ${shapes} | ${load} | ${validated} |`);
}

#!/usr/bin/env node
// Runs every benchmark file (packages/*/bench/*.bench.ts) one after another, so that each owns
// the machine while it measures. Benchmarks print their own ratio tables.
import { spawnSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const filter = process.argv[2];
const files = readdirSync(join(root, 'packages'))
  .map((pkg) => join(root, 'packages', pkg, 'bench'))
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.bench.ts'))
      .map((f) => join(dir, f)),
  )
  .filter((file) => !filter || file.includes(filter))
  .sort();

if (files.length === 0) {
  console.error(filter ? `No benchmark matches "${filter}".` : 'No benchmarks found.');
  process.exit(1);
}
let failed = false;
for (const file of files) {
  console.log(`\n# ${file.slice(root.length)}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', file], {
    stdio: 'inherit',
    cwd: root,
  });
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);

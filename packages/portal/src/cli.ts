/**
 * @module `npm run portal`: builds the portal into `build/portal` and prints what it wrote and how
 * long it took.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from './build.js';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const started = performance.now();
const result = await buildSite({
  outDir: join(REPO_ROOT, 'build/portal'),
  docsDir: join(REPO_ROOT, 'docs'),
});
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(`portal: ${result.pages.length} pages in ${result.outDir} (${seconds} s)`);

/**
 * @module `npm run portal`: builds the portal into `build/portal` and prints what it wrote and how
 * long it took.
 */
import { fileURLToPath } from 'node:url';
import { buildPortal } from './portal.js';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const started = performance.now();
try {
  const result = await buildPortal({ repoRoot: REPO_ROOT });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const sdk =
    result.sdkReference.length > 0
      ? `SDK reference for ${result.sdkReference.join(', ')}`
      : 'no SDK reference yet (@platform/api-client declares no exports)';
  console.log(`portal: ${result.pages.length} pages and ${sdk} in ${result.outDir} (${seconds} s)`);
} catch (error) {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
}

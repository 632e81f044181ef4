/**
 * @module test/support/paths
 *
 * Where this repository keeps what the generator reads and writes, for the tests (the generator
 * itself takes every path as an argument).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SdkPaths } from '../../src/index.js';

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** The committed generated sources of `@platform/api-client`. */
export const OUTPUT_DIR = join(REPO_ROOT, 'packages/api-client/src/generated');
/** The paths `npm run generate` passes. */
export const SDK_PATHS: SdkPaths = {
  outDir: OUTPUT_DIR,
  generatorDir: join(REPO_ROOT, 'packages/codegen/src'),
};

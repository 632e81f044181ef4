/**
 * @module Writes the shared assets: the stylesheet as is, and the browser script bundled and
 * minified by esbuild (with MiniSearch inside), so a page needs exactly two static files.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ASSETS } from './layout.js';

const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));

export async function writeAssets(outDir: string): Promise<void> {
  await mkdir(dirname(join(outDir, ASSETS.css)), { recursive: true });
  await copyFile(join(PACKAGE_DIR, 'assets/portal.css'), join(outDir, ASSETS.css));
  await build({
    entryPoints: [join(PACKAGE_DIR, 'src/client/portal.ts')],
    outfile: join(outDir, ASSETS.js),
    bundle: true,
    format: 'esm',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'error',
  });
}

/**
 * Builds the published package: ESM + CJS + types for every entry point. The root entry is the
 * API version matching the package major (`2.x` → v2, `1.x` → v1), so both SDK lines come
 * from one source; `PLATFORM_SDK_VERSION` overrides the version when packing the other line.
 * `/webhooks` follows the same rule: it verifies the events of the package major's API version.
 * Types come from `scripts/declarations.ts` rather than tsup's bundled `dts` (see there why).
 */
import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { declarationsPlugin } from './scripts/declarations.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const version = process.env.PLATFORM_SDK_VERSION ?? pkg.version;
const major = Number(version.split('.')[0]);

const entry = {
  index: `src/generated/v${major}/index.ts`,
  v1: 'src/generated/v1/index.ts',
  v2: 'src/generated/v2/index.ts',
  webhooks: `src/generated/v${major}/webhooks.ts`,
  testing: 'src/testing/index.ts',
  redis: 'src/redis/index.ts',
};

export default defineConfig({
  entry,
  format: ['esm', 'cjs'],
  dts: false,
  esbuildPlugins: [declarationsPlugin(entry)],
  splitting: true,
  treeshake: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  define: { __PLATFORM_SDK_VERSION__: JSON.stringify(version) },
});

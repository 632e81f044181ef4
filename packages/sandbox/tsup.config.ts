/**
 * Builds the published `@platform/sandbox` into `dist/`: the library (ESM and CommonJS, with
 * types) and the `platform-sandbox` executable (ESM). Partners install it from a registry, away
 * from this repository, so the workspace's own code (`@platform/smithy`) is bundled in, while
 * hono, @hono/node-server and jose stay dependencies.
 *
 * Two modules read files next to themselves at run time: the Smithy front end its prelude
 * (`*.smithy` beside `packages/smithy/src/prelude/index.ts`) and the sandbox the repository's
 * `model/`. In the bundle every module's `import.meta.url` becomes the URL its source file would
 * have under `dist/assets/` (the repository layout), and those files are copied there, so both
 * reads work unchanged. `scripts/pack-sandbox.ts` packs the result.
 */
import { cp, readdir, readFile } from 'node:fs/promises';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT_DIR = 'dist';
const ASSETS = 'assets';
/** The model the sandbox serves by default (its `DEFAULT_MODEL_DIR`). */
const MODEL_DIR = join(REPO_ROOT, 'model');

/** Directories of bundled workspace modules that resolve files against `import.meta.url`. */
const readsBesideItself = new Set<string>();

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

const assetUrls: EsbuildPlugin = {
  name: 'asset-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes('/node_modules/')) return undefined;
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      readsBesideItself.add(dirname(args.path));
      const asset = `./${ASSETS}/${relative(REPO_ROOT, args.path)}`;
      return {
        contents: text.replaceAll(
          'import.meta.url',
          `new URL(${JSON.stringify(asset)}, import.meta.url).href`,
        ),
        loader: 'ts',
      };
    });
  },
};

/** Copies `model/` and the non-code files beside the modules found above into `dist/assets/`. */
async function copyAssets(): Promise<void> {
  const target = (path: string): string => join(OUT_DIR, ASSETS, relative(REPO_ROOT, path));
  // Only the IDL: `model/` also holds smithy-build.json and a README, which the sandbox never reads.
  await cp(MODEL_DIR, target(MODEL_DIR), {
    recursive: true,
    filter: (path) => extname(path) === '' || path.endsWith('.smithy'),
  });
  for (const dir of readsBesideItself) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isFile() && !/\.[cm]?[jt]s$/.test(entry.name)) {
        await cp(join(dir, entry.name), target(join(dir, entry.name)));
      }
    }
  }
}

const shared: Options = {
  outDir: OUT_DIR,
  platform: 'node',
  target: 'node20',
  // The workspace's packages are inlined; everything else stays an import of a dependency.
  noExternal: [/^@platform\//],
  esbuildPlugins: [assetUrls],
  // The CommonJS build gets an `import.meta.url` computed from `__filename`.
  shims: true,
  treeshake: true,
  // metafile-*.json lists each bundle's imports: the pack script checks them against `dependencies`.
  metafile: true,
};

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    // The workspace's `paths` (tsconfig.json) are relative to the repository root; tsup would read
    // them from this package, and fall back to `@platform/api-client`'s built `dist/`, which a
    // release from a clean checkout has not built yet.
    dts: { resolve: [/^@platform\//], compilerOptions: { baseUrl: REPO_ROOT } },
  },
  {
    ...shared,
    entry: { cli: 'src/bin.ts' },
    format: ['esm'],
    onSuccess: copyAssets,
  },
]);

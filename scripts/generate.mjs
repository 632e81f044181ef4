/**
 * @module scripts/generate
 *
 * `npm run generate`: model → OpenAPI documents and model → SDK sources, one summary line
 * (`packages/codegen/src/cli.ts` does the work; `--check` writes nothing and fails on drift).
 *
 * The generators are TypeScript. Loading their few hundred modules through tsx's loader costs
 * several seconds, over the 2 s budget of DESIGN §7, so this script first bundles both command
 * line programs with esbuild (about 0.2 s; dependencies from node_modules stay external) and
 * runs the bundles with plain Node. Each module keeps its own `import.meta.url`, so paths the
 * generators compute from it (repository root, prelude files) are those of the sources. The
 * bundles are rebuilt only when one of their source files (or this script) changed.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(repo, '.cache/generate');
const entries = {
  'codegen-cli': 'packages/codegen/src/cli.ts',
  'openapi-cli': 'packages/smithy-openapi/scripts/generate-openapi.ts',
};

/** Packages from node_modules stay imports; the workspace's own TypeScript is bundled. */
const externalDependencies = {
  name: 'external-dependencies',
  setup(context) {
    context.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@platform/') ? undefined : { path: args.path, external: true },
    );
  },
};

/** `import.meta.url` of each source module, not of the bundle. */
const sourceMetaUrl = {
  name: 'source-import-meta-url',
  setup(context) {
    context.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

const stampFile = join(outdir, 'inputs.json');
const self = fileURLToPath(import.meta.url);

/** Size and modification time of every file the bundles were built from. */
async function stamp(files) {
  const stats = await Promise.all(files.map((file) => stat(file).catch(() => undefined)));
  return Object.fromEntries(
    files.map((file, i) => [file, `${stats[i]?.size}:${stats[i]?.mtimeMs}`]),
  );
}

async function upToDate() {
  const previous = await readFile(stampFile, 'utf8').then(JSON.parse, () => undefined);
  if (previous === undefined) return false;
  const now = await stamp(Object.keys(previous));
  return Object.keys(previous).every((file) => previous[file] === now[file]);
}

async function bundle() {
  const { build } = await import('esbuild');
  const { metafile } = await build({
    entryPoints: Object.fromEntries(
      Object.entries(entries).map(([name, path]) => [name, join(repo, path)]),
    ),
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    metafile: true,
    plugins: [externalDependencies, sourceMetaUrl],
  });
  const inputs = Object.keys(metafile.inputs).map((input) => resolve(repo, input));
  await writeFile(stampFile, JSON.stringify(await stamp([self, ...inputs])));
}

if (!(await upToDate())) await bundle();

process.argv.push('--openapi-script', join(outdir, 'openapi-cli.mjs'));
await import(pathToFileURL(join(outdir, 'codegen-cli.mjs')).href);

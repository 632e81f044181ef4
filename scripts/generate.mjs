/**
 * @module scripts/generate
 *
 * `npm run generate`: model → OpenAPI documents and types, and model → SDK sources, one summary
 * line. `--check` writes nothing and fails when committed outputs drift from the model. This
 * script is where the repository's layout is known: it hands each generator the paths it reads
 * and writes (`packages/codegen/src/cli.ts`, `packages/smithy-openapi/scripts/generate-openapi.ts`).
 *
 * The generators are TypeScript. Loading their few hundred modules through tsx's loader costs
 * several seconds, over the 2 s budget of `npm run generate`, so this script first bundles both
 * command line programs with esbuild (about 0.2 s; dependencies from node_modules stay external)
 * and runs the bundles with plain Node, both at once (neither reads the other's output). The
 * bundles are rebuilt only when one of their source files (or this script) changed. The Smithy
 * prelude files the front end reads at run time are copied next to the bundles, as a bundle's
 * assets are.
 */
import { execFile } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { copyFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const started = performance.now();
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(repo, '.cache/generate');
const entries = {
  'codegen-cli': 'packages/codegen/src/cli.ts',
  'openapi-cli': 'packages/smithy-openapi/scripts/generate-openapi.ts',
};
const preludeDir = join(repo, 'packages/smithy/src/prelude');
const check = process.argv.includes('--check') ? ['--check'] : [];

/** Packages from node_modules stay imports; the workspace's own TypeScript is bundled. */
const externalDependencies = {
  name: 'external-dependencies',
  setup(context) {
    context.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@platform/') ? undefined : { path: args.path, external: true },
    );
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
    plugins: [externalDependencies],
  });
  const prelude = (await readdir(preludeDir)).filter((name) => name.endsWith('.smithy'));
  await Promise.all(prelude.map((name) => copyFile(join(preludeDir, name), join(outdir, name))));
  const inputs = [
    ...Object.keys(metafile.inputs).map((input) => resolve(repo, input)),
    ...prelude.map((name) => join(preludeDir, name)),
  ];
  await writeFile(stampFile, JSON.stringify(await stamp([self, ...inputs])));
}

/** Runs one bundle; resolves to its summary line, or ends this process when it fails. */
function run(name, args) {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(outdir, `${name}.mjs`), ...args, ...check],
      { cwd: repo },
      (error, stdout, stderr) => {
        if (stderr) process.stderr.write(stderr);
        if (error) {
          console.error(stdout.trim() || `${name} failed (${error.message}).`);
          process.exit(1);
        }
        done(stdout.trim());
      },
    );
  });
}

if (!(await upToDate())) await bundle();

const [openapi, sdk] = await Promise.all([
  run('openapi-cli', ['--root', repo]),
  run('codegen-cli', [
    '--model',
    'model',
    '--out',
    'packages/api-client/src/generated',
    '--generator',
    'packages/codegen/src',
  ]),
]);
console.log(
  `OpenAPI: ${openapi.replace(/\.$/, ';')} ${sdk.replace(/\.$/, '')}, ${Math.round(performance.now() - started)} ms.`,
);

/**
 * @module scripts/pack-sandbox
 *
 * Packs `@platform/sandbox` for partners' tests and CI. The workspace package runs from its
 * TypeScript source (its manifest's `exports` and `bin` point there, and it is `private` so that
 * source is never published by mistake); the published one is the tsup build of
 * `packages/sandbox/tsup.config.ts` — the workspace code and the model inlined or shipped in
 * `dist/` — under a manifest whose entry points name that build and whose dependencies are
 * the third-party ones the bundles import, checked against the bundles' own import lists.
 *
 * `npm run pack:sandbox [-- --out <dir>]` prints the tarball's path.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { lineVersions } from './pack-api-client.js';
import { changelog } from './release/changelog.js';
import {
  checkManifest,
  packStaged,
  readManifest,
  releaseDate,
  type PackedTarball,
} from './release/npm-pack.js';

const run = promisify(execFile);
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE_DIR = join(REPO_ROOT, 'packages/sandbox');
const MANIFEST = 'packages/sandbox/package.json';
/** Where the tarball goes by default (git-ignored). */
export const DEFAULT_PACK_DIR = join(REPO_ROOT, '.cache/sandbox-packs');

/** The built entry points, replacing the workspace's source ones. */
const PUBLISHED_ENTRY_POINTS = {
  main: './dist/index.cjs',
  module: './dist/index.js',
  types: './dist/index.d.cts',
  exports: {
    '.': {
      import: { types: './dist/index.d.ts', default: './dist/index.js' },
      require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
    },
    './package.json': './package.json',
  },
  bin: { 'platform-sandbox': './dist/cli.js' },
} as const;

/** Workspace-only fields: the guard against publishing source, and the build's own tooling. */
const UNPUBLISHED_FIELDS = ['private', 'scripts', 'devDependencies'] as const;

/** The workspace packages, bundled into `dist/` rather than depended on. */
const isWorkspacePackage = (name: string): boolean => name.startsWith('@platform/');

function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('node:') || builtinModules.includes(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Every package the built bundles import (from tsup's metafiles), builtins excluded. */
async function importedPackages(dist: string): Promise<Set<string>> {
  const imported = new Set<string>();
  for (const file of (await readdir(dist)).filter((f) => /^metafile-.*\.json$/.test(f))) {
    const meta = JSON.parse(await readFile(join(dist, file), 'utf8')) as {
      outputs: Record<string, { imports: { path: string; external?: boolean }[] }>;
    };
    for (const output of Object.values(meta.outputs)) {
      for (const { path, external } of output.imports) {
        const name = external ? packageOf(path) : undefined;
        if (name !== undefined) imported.add(name);
      }
    }
  }
  return imported;
}

/** The published manifest: built entry points, and only the third-party dependencies. */
function publishedManifest(
  manifest: Record<string, unknown>,
  imported: ReadonlySet<string>,
): Record<string, unknown> {
  const dependencies = Object.fromEntries(
    Object.entries((manifest.dependencies ?? {}) as Record<string, string>).filter(
      ([name]) => !isWorkspacePackage(name),
    ),
  );
  const undeclared = [...imported].filter((name) => !(name in dependencies));
  if (undeclared.length > 0) {
    throw new Error(
      `the sandbox bundle imports ${undeclared.join(', ')}, which ${MANIFEST} does not list in "dependencies": add ${undeclared.length === 1 ? 'it' : 'them'} (or bundle ${undeclared.length === 1 ? 'it' : 'them'} in tsup.config.ts)`,
    );
  }
  const published: Record<string, unknown> = {
    ...manifest,
    ...PUBLISHED_ENTRY_POINTS,
    dependencies,
  };
  for (const field of UNPUBLISHED_FIELDS) delete published[field];
  return published;
}

/** Builds `packages/sandbox/dist` and packs it into `outDir`. */
export async function packSandbox(outDir: string = DEFAULT_PACK_DIR): Promise<PackedTarball> {
  const manifest = await readManifest(join(PACKAGE_DIR, 'package.json'));
  const dist = join(PACKAGE_DIR, 'dist');
  await rm(dist, { recursive: true, force: true });
  await run(join(REPO_ROOT, 'node_modules/.bin/tsup'), [], { cwd: PACKAGE_DIR });
  const published = publishedManifest(manifest, await importedPackages(dist));
  checkManifest(published, MANIFEST);

  const staging = join(outDir, 'staging-sandbox');
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await cp(dist, join(staging, 'dist'), {
    recursive: true,
    filter: (path) => !/metafile-.*\.json$/.test(path),
  });
  // The sandbox serves every API major of the model: its changelog covers each of them.
  const majors = await lineVersions();
  const packed = await packStaged(
    {
      staging,
      manifest: published,
      readme: join(PACKAGE_DIR, 'README.md'),
      changelog: changelog(
        String(manifest.name),
        String(manifest.version),
        majors.map(({ major }) => major),
        releaseDate(),
      ),
    },
    outDir,
  );
  await rm(staging, { recursive: true, force: true });
  return packed;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const packed = await packSandbox(resolve(at === -1 ? DEFAULT_PACK_DIR : process.argv[at + 1]!));
  console.log(`${packed.name}@${packed.version}: ${packed.tarball}`);
}

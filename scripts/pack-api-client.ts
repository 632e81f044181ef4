/**
 * @module scripts/pack-api-client
 *
 * Packs both SDK lines of `@platform/api-client` from one source (ARCHITECTURE.md §2.4 and §4.6): the
 * `1.x` tarball, whose root entry is API v1, and the `2.x` tarball, whose root entry is API v2.
 * Each line is built by tsup with `PLATFORM_SDK_VERSION` into its own staging folder (the
 * workspace `dist/` is left alone) and packed with README, LICENSE and a CHANGELOG of its API
 * major (`release/npm-pack.ts`). The lines share minor and patch: `2.3.1` in `package.json`
 * packs `1.3.1` and `2.3.1`. `npm run release` publishes what this packs.
 *
 * `npm run pack:api-client [-- --out <dir>] [-- --major 1]` prints one line per tarball.
 */
import { execFile } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
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
const PACKAGE_DIR = join(REPO_ROOT, 'packages/api-client');
/** Where tarballs go by default (git-ignored). */
export const DEFAULT_PACK_DIR = join(REPO_ROOT, '.cache/api-client-packs');
/** The API majors the SDK is published for: one line each. */
export const SDK_LINES = [1, 2] as const;

/** Fields of the workspace manifest that make no sense in a published one. */
const UNPUBLISHED_FIELDS = ['scripts', 'devDependencies'] as const;

export interface PackedLine extends PackedTarball {
  readonly major: number;
}

/** The version of the line of API `major`: the package version with its major replaced. */
export function lineVersion(packageVersion: string, major: number): string {
  const match = /^\d+(\.\d+\.\d+(?:[-+].*)?)$/.exec(packageVersion);
  if (match === null) {
    throw new Error(`packages/api-client/package.json has an invalid version "${packageVersion}"`);
  }
  return `${major}${match[1]}`;
}

/** The versions `packApiClient` would pack, without building anything. */
export async function lineVersions(
  majors: readonly number[] = SDK_LINES,
): Promise<{ major: number; version: string }[]> {
  const manifest = await readManifest(join(PACKAGE_DIR, 'package.json'));
  return majors.map((major) => ({ major, version: lineVersion(String(manifest.version), major) }));
}

/** Builds and packs the line of API `major` into `outDir`. */
export async function packLine(
  major: number,
  outDir: string = DEFAULT_PACK_DIR,
): Promise<PackedLine> {
  const manifest = await readManifest(join(PACKAGE_DIR, 'package.json'));
  const version = lineVersion(String(manifest.version), major);
  const staging = join(outDir, `staging-${major}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await run(join(REPO_ROOT, 'node_modules/.bin/tsup'), ['--out-dir', join(staging, 'dist')], {
    cwd: PACKAGE_DIR,
    env: { ...process.env, PLATFORM_SDK_VERSION: version },
  });
  const published: Record<string, unknown> = { ...manifest, version };
  for (const field of UNPUBLISHED_FIELDS) delete published[field];
  checkManifest(published, 'packages/api-client/package.json');
  const packed = await packStaged(
    {
      staging,
      manifest: published,
      readme: join(PACKAGE_DIR, 'README.md'),
      changelog: changelog(String(manifest.name), version, [major], releaseDate()),
    },
    outDir,
  );
  await rm(staging, { recursive: true, force: true });
  return { ...packed, major };
}

/** Packs every line (or the given majors), one after another (tsup uses both cores). */
export async function packApiClient(
  majors: readonly number[] = SDK_LINES,
  outDir: string = DEFAULT_PACK_DIR,
): Promise<PackedLine[]> {
  await mkdir(outDir, { recursive: true });
  const lines: PackedLine[] = [];
  for (const major of majors) lines.push(await packLine(major, outDir));
  return lines;
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const major = option('--major');
  if (major !== undefined && !SDK_LINES.some((line) => String(line) === major)) {
    console.error(`--major must be one of ${SDK_LINES.join(', ')} (got ${major}).`);
    process.exit(1);
  }
  const lines = await packApiClient(
    major === undefined ? SDK_LINES : [Number(major)],
    resolve(option('--out') ?? DEFAULT_PACK_DIR),
  );
  for (const line of lines) {
    console.log(`@platform/api-client@${line.version} (root = v${line.major}): ${line.tarball}`);
  }
}

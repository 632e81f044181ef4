/**
 * @module What every published tarball is made of, in one place for both pack scripts: the
 * built files plus package.json, README.md, the repository's LICENSE and a CHANGELOG.md, packed
 * by `npm pack`, which also reports the tarball's sha512 integrity as the registry will record
 * it. A manifest without the metadata partners and tools read is refused before packing.
 */
import { execFile } from 'node:child_process';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The repository's license: the file every tarball carries and the `license` it declares. */
const LICENSE_FILE = fileURLToPath(new URL('../../LICENSE', import.meta.url));
const LICENSE_ID = 'Apache-2.0';

/** Manifest fields every published package must have (registries, bundlers, tsc read them). */
const REQUIRED_FIELDS = [
  'license',
  'repository',
  'homepage',
  'engines',
  'types',
  'sideEffects',
] as const;

export type Manifest = Record<string, unknown>;

export interface PackedTarball {
  readonly name: string;
  readonly version: string;
  /** Absolute path of the `.tgz`. */
  readonly tarball: string;
  /** `sha512-…`, as npm and the registry report it. */
  readonly integrity: string;
  /** sha1 hex, the registry's older checksum. */
  readonly shasum: string;
}

export interface StagedPackage {
  /** A folder holding the built files (`dist/`); the rest is written into it. */
  readonly staging: string;
  /** The manifest to publish. */
  readonly manifest: Manifest;
  /** The package's README.md, for partners. */
  readonly readme: string;
  /** CHANGELOG.md's text. */
  readonly changelog: string;
}

/** Throws naming every required field `manifest` lacks and where to add it. */
export function checkManifest(manifest: Manifest, source: string): void {
  const missing = REQUIRED_FIELDS.filter((field) => manifest[field] === undefined);
  if (missing.length > 0) {
    throw new Error(
      `${String(manifest.name)} cannot be published without ${missing.join(', ')}: add ${missing.length === 1 ? 'it' : 'them'} to ${source}`,
    );
  }
  if (manifest.license !== LICENSE_ID) {
    throw new Error(
      `${String(manifest.name)} declares license ${JSON.stringify(manifest.license)} but ships the repository's LICENSE (${LICENSE_ID}): set "license": "${LICENSE_ID}" in ${source}`,
    );
  }
}

/** Completes `pkg.staging` and packs it into `outDir`. */
export async function packStaged(pkg: StagedPackage, outDir: string): Promise<PackedTarball> {
  await writeFile(join(pkg.staging, 'package.json'), `${JSON.stringify(pkg.manifest, null, 2)}\n`);
  await copyFile(pkg.readme, join(pkg.staging, 'README.md'));
  await copyFile(LICENSE_FILE, join(pkg.staging, 'LICENSE'));
  await writeFile(join(pkg.staging, 'CHANGELOG.md'), pkg.changelog);
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', outDir], {
    cwd: pkg.staging,
  });
  const [packed] = JSON.parse(stdout) as {
    name: string;
    version: string;
    filename: string;
    integrity: string;
    shasum: string;
  }[];
  if (packed === undefined) throw new Error(`npm pack wrote nothing for ${pkg.staging}`);
  return {
    name: packed.name,
    version: packed.version,
    tarball: join(outDir, packed.filename),
    integrity: packed.integrity,
    shasum: packed.shasum,
  };
}

/** Today as `YYYY-MM-DD` (UTC), the date a changelog gives a release. */
export function releaseDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Reads a package.json. */
export async function readManifest(path: string): Promise<Manifest> {
  return JSON.parse(await readFile(path, 'utf8')) as Manifest;
}

/**
 * @module Stands a local registry in for the public one: publishes packages as this checkout's
 * `node_modules` has them, with everything they need to install — dependencies, non-optional
 * peers and the optional dependencies present here (esbuild's binary for this platform) —
 * resolved the way Node resolves them, so nested versions come along. Each package directory is
 * packed with tar and sent in one publish request (npm's wire format), far faster than one
 * `npm publish` process per package; the packages' own lifecycle scripts never run.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** Publish requests in flight at once. */
const CONCURRENCY = 6;

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [field: string]: unknown;
}

export interface InstalledPackage {
  readonly dir: string;
  readonly manifest: Manifest;
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
}

/** Where Node would find `name` from a package in `from`, or `undefined`. */
function resolvePackage(from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Every installed package `roots` need, from `projectDir`'s node_modules, one per name and
 * version. A required dependency that is not installed is an error naming it.
 */
export function dependencyClosure(
  projectDir: string,
  roots: readonly string[],
): InstalledPackage[] {
  const found = new Map<string, InstalledPackage>();
  const visit = (dir: string): void => {
    const manifest = readManifest(dir);
    const key = `${manifest.name}@${manifest.version}`;
    if (found.has(key)) return;
    found.set(key, { dir, manifest });
    const optionalPeers = manifest.peerDependenciesMeta ?? {};
    const needed = [
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}).filter((n) => !optionalPeers[n]?.optional),
    ];
    for (const name of needed) {
      const child = resolvePackage(dir, name);
      if (child === undefined) throw new Error(`${key} needs ${name}, which is not installed`);
      visit(child);
    }
    for (const name of Object.keys(manifest.optionalDependencies ?? {})) {
      const child = resolvePackage(dir, name);
      if (child !== undefined) visit(child);
    }
  };
  for (const name of roots) {
    const dir = resolvePackage(projectDir, name);
    if (dir === undefined) {
      throw new Error(`${name} is not in this checkout's node_modules: add it as a devDependency`);
    }
    visit(dir);
  }
  return [...found.values()];
}

/** The package folder as a tarball of `package/…`, without its own node_modules. */
async function tarball(dir: string): Promise<Buffer> {
  const { stdout } = await run(
    'tar',
    ['-czf', '-', '--exclude=./node_modules', '--transform=s,^\\.,package,', '-C', dir, '.'],
    { encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 },
  );
  return stdout;
}

async function publish(pkg: InstalledPackage, registry: string, token: string): Promise<void> {
  const { name, version } = pkg.manifest;
  const data = await tarball(pkg.dir);
  const file = `${name.replace(/^@[^/]+\//, '')}-${version}.tgz`;
  const integrity = `sha512-${createHash('sha512').update(data).digest('base64')}`;
  const body = {
    _id: name,
    name,
    'dist-tags': { latest: version },
    versions: {
      [version]: {
        ...pkg.manifest,
        _id: `${name}@${version}`,
        dist: {
          integrity,
          shasum: createHash('sha1').update(data).digest('hex'),
          tarball: `${registry}${name}/-/${file}`,
        },
      },
    },
    _attachments: {
      [file]: {
        content_type: 'application/octet-stream',
        data: data.toString('base64'),
        length: data.length,
      },
    },
  };
  const response = await fetch(`${registry}${name.replace('/', '%2f')}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(
      `publishing ${name}@${version} failed: ${response.status} ${await response.text()}`,
    );
  }
}

const semverParts = (v: string): number[] => v.split(/[.+-]/).slice(0, 3).map(Number);
function compareVersions(a: string, b: string): number {
  const [x, y] = [semverParts(a), semverParts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/**
 * Publishes `packages`; versions of one name in ascending order, so `latest` ends on the
 * highest, as on the public registry.
 */
export async function seedRegistry(
  packages: readonly InstalledPackage[],
  registry: string,
  token: string,
): Promise<void> {
  const byName = new Map<string, InstalledPackage[]>();
  for (const pkg of packages) {
    byName.set(pkg.manifest.name, [...(byName.get(pkg.manifest.name) ?? []), pkg]);
  }
  const queue = [...byName.values()].map((versions) =>
    versions.sort((a, b) => compareVersions(a.manifest.version, b.manifest.version)),
  );
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      for (const pkg of next) await publish(pkg, registry, token);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

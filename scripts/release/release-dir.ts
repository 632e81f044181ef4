/**
 * @module `build/release/`, everything a release publishes and documents, written before
 * anything is published: the tarballs, `integrity.json` (each tarball's sha512 integrity, as npm
 * and the registry report it), `RELEASE_NOTES.md`, and `portal/`, the developer portal built
 * from the same commit (`npm run portal`).
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { SDK_LINES } from '../pack-api-client.js';
import { releaseDate, type PackedTarball } from './npm-pack.js';
import { releaseNotes } from './notes.js';
import type { PlannedPackage } from './plan.js';
import { spec } from './registry.js';

const run = promisify(execFile);
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const RELEASE_DIR = join(REPO_ROOT, 'build/release');

export interface ReleasedPackage extends PackedTarball {
  readonly distTag: string;
}

/** One entry of `integrity.json`. */
export interface IntegrityEntry {
  readonly name: string;
  readonly version: string;
  readonly distTag: string;
  readonly file: string;
  readonly integrity: string;
  readonly shasum: string;
}

async function buildPortal(): Promise<void> {
  await run('npm', ['run', '--silent', 'portal'], {
    cwd: REPO_ROOT,
    maxBuffer: 16 * 1024 * 1024,
  });
  await cp(join(REPO_ROOT, 'build/portal'), join(RELEASE_DIR, 'portal'), { recursive: true });
}

/** Builds every planned package and the portal into `build/release/` (emptied first). */
export async function writeReleaseDir(
  plan: readonly PlannedPackage[],
  context: { readonly commit: string; readonly registry: string | undefined },
  log: (line: string) => void,
): Promise<ReleasedPackage[]> {
  await rm(RELEASE_DIR, { recursive: true, force: true });
  await mkdir(RELEASE_DIR, { recursive: true });
  const portal = buildPortal().then(() => log('built the portal into build/release/portal'));
  // Settled here too, so a failed pack never leaves the portal's rejection unheard.
  portal.catch(() => undefined);
  const packages: ReleasedPackage[] = [];
  for (const planned of plan) {
    const packed = await planned.pack(RELEASE_DIR);
    if (packed.name !== planned.name || packed.version !== planned.version) {
      throw new Error(`packing ${spec(planned)} produced ${spec(packed)}`);
    }
    packages.push({ ...packed, distTag: planned.distTag });
    log(`packed ${spec(packed)} ${basename(packed.tarball)} ${packed.integrity}`);
  }
  await portal;
  const integrity: IntegrityEntry[] = packages.map((p) => ({
    name: p.name,
    version: p.version,
    distTag: p.distTag,
    file: basename(p.tarball),
    integrity: p.integrity,
    shasum: p.shasum,
  }));
  await writeFile(
    join(RELEASE_DIR, 'integrity.json'),
    `${JSON.stringify({ commit: context.commit, packages: integrity }, null, 2)}\n`,
  );
  await writeFile(
    join(RELEASE_DIR, 'RELEASE_NOTES.md'),
    releaseNotes({
      date: releaseDate(),
      commit: context.commit,
      registry: context.registry,
      packages,
      majors: SDK_LINES,
    }),
  );
  return packages;
}

/**
 * @module What a release publishes, known before anything is built: both SDK lines of
 * `@platform/api-client` and `@platform/sandbox`, each with its version and dist-tag. The newest
 * SDK line gets `latest`; an older line N gets `latest-N` (npm refuses `v1` as a tag, since it
 * reads as a version range; `npm i @platform/api-client@1` still finds the newest 1.x). The
 * order is the publishing order: `latest` of the SDK goes last, so an interrupted release never
 * leaves it pointing at an older line.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lineVersions, packLine } from '../pack-api-client.js';
import { packSandbox } from '../pack-sandbox.js';
import { readManifest, type PackedTarball } from './npm-pack.js';
import type { PackageVersion } from './registry.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface PlannedPackage extends PackageVersion {
  readonly distTag: string;
  /** Builds and packs it into a folder. */
  pack(outDir: string): Promise<PackedTarball>;
}

/** The dist-tag of SDK line `major` when `newest` is the newest line. */
export function sdkDistTag(major: number, newest: number): string {
  return major === newest ? 'latest' : `latest-${major}`;
}

export async function planRelease(): Promise<PlannedPackage[]> {
  const sandbox = await readManifest(join(REPO_ROOT, 'packages/sandbox/package.json'));
  const lines = (await lineVersions()).sort((a, b) => a.major - b.major);
  const newest = Math.max(...lines.map((line) => line.major));
  return [
    {
      name: String(sandbox.name),
      version: String(sandbox.version),
      distTag: 'latest',
      pack: (outDir) => packSandbox(outDir),
    },
    ...lines.map(({ major, version }) => ({
      name: '@platform/api-client',
      version,
      distTag: sdkDistTag(major, newest),
      pack: (outDir: string) => packLine(major, outDir),
    })),
  ];
}

/**
 * @module Publishing the built tarballs, in plan order. A registry cannot take several packages
 * in one transaction, so "together or not at all" is kept by checking beforehand that no version
 * exists; if a publish still fails midway, the error says exactly which packages are out and
 * gives the commands that publish the rest from the same tarballs.
 */
import { ReleaseError } from './release-error.js';
import { publishCommand, publishTarball, spec } from './registry.js';
import type { ReleasedPackage } from './release-dir.js';

export async function publishAll(
  packages: readonly ReleasedPackage[],
  registry: string,
  log: (line: string) => void,
): Promise<void> {
  for (const [i, pkg] of packages.entries()) {
    const failure = await publishTarball(pkg.tarball, pkg.name, pkg.distTag, registry);
    if (failure === undefined) {
      log(`published ${spec(pkg)} (dist-tag ${pkg.distTag})`);
      continue;
    }
    const done = packages.slice(0, i);
    const rest = packages.slice(i);
    if (done.length === 0) {
      throw new ReleaseError(
        `publishing ${spec(pkg)} to ${registry} failed (${failure}); nothing was published`,
        'fix the cause and run the release again',
      );
    }
    throw new ReleaseError(
      `publishing ${spec(pkg)} to ${registry} failed (${failure}). Published: ${done.map(spec).join(', ')}. Not published: ${rest.map(spec).join(', ')}`,
      `once the cause is fixed, publish the rest from the same tarballs:\n    ${rest
        .map((p) => publishCommand(p.tarball, p.name, p.distTag, registry))
        .join('\n    ')}`,
    );
  }
}

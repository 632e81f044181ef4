/**
 * @module The registry a release publishes to, through the npm client (so the partner-facing
 * behaviour — authentication from `.npmrc`, dist-tags, integrity — is npm's own). Every call
 * names the registry twice, as the default and as the package scope's registry, so a
 * `@scope:registry` line in the user's npm config can never send a release somewhere else.
 */
import { execFile } from 'node:child_process';
import { ReleaseError } from './release-error.js';

export interface PackageVersion {
  readonly name: string;
  readonly version: string;
}

export const spec = (p: PackageVersion): string => `${p.name}@${p.version}`;

interface NpmResult {
  readonly ok: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

function npm(args: readonly string[], registry: string, scope: string): Promise<NpmResult> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      [...args, '--registry', registry, `--${scope}:registry=${registry}`],
      { maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ ok: error === null, stdout, stderr }),
    );
  });
}

function scopeOf(name: string): string {
  const scope = /^(@[^/]+)\//.exec(name)?.[1];
  if (scope === undefined) throw new TypeError(`${name} is not a scoped package name`);
  return scope;
}

/** npm's own summary of a failure (`--json` puts it on stdout), for messages. */
function npmError(result: NpmResult): { code: string; summary: string } {
  try {
    const parsed = JSON.parse(result.stdout) as { error?: { code?: string; summary?: string } };
    return { code: parsed.error?.code ?? '', summary: parsed.error?.summary ?? '' };
  } catch {
    const line = result.stderr.split('\n').find((l) => /npm (error|ERR!)/.test(l)) ?? '';
    return { code: /\bE[0-9A-Z]+\b/.exec(line)?.[0] ?? '', summary: line.trim() };
  }
}

/** Whether `registry` already has this version (a missing package is a missing version). */
export async function hasVersion(pkg: PackageVersion, registry: string): Promise<boolean> {
  const result = await npm(['view', spec(pkg), 'version', '--json'], registry, scopeOf(pkg.name));
  if (result.ok) return result.stdout.trim() !== '';
  const { code, summary } = npmError(result);
  if (code === 'E404') return false;
  throw new ReleaseError(
    `could not ask ${registry} whether ${spec(pkg)} exists: ${summary || code || 'npm view failed'}`,
    `check the registry URL, and that your npm config has a token for it (npm login --registry ${registry})`,
  );
}

/** Refuses the release when any of `packages` is already in `registry`: versions are immutable. */
export async function assertAbsent(
  packages: readonly PackageVersion[],
  registry: string,
): Promise<void> {
  const present = await Promise.all(packages.map((pkg) => hasVersion(pkg, registry)));
  const existing = packages.filter((_, i) => present[i]);
  if (existing.length > 0) {
    throw new ReleaseError(
      `${existing.map(spec).join(', ')} already ${existing.length === 1 ? 'exists' : 'exist'} in ${registry}; a published version never changes, and the packages are released together or not at all`,
      'raise the version (packages/api-client/package.json gives both SDK lines their minor and patch; packages/sandbox/package.json the sandbox), commit, and release again',
    );
  }
}

/** Refuses early when npm has no login for `registry`, before anything is built. */
export async function assertLoggedIn(registry: string, scope: string): Promise<void> {
  const result = await npm(['whoami'], registry, scope);
  if (!result.ok) {
    throw new ReleaseError(
      `npm is not logged in to ${registry} (npm whoami: ${npmError(result).code || 'failed'})`,
      `run \`npm login --registry ${registry}\`, or in CI put \`//<registry host>/:_authToken=\${NPM_TOKEN}\` in .npmrc`,
    );
  }
}

/** Publishes one tarball with its dist-tag; npm's error summary on failure. */
export async function publishTarball(
  tarball: string,
  name: string,
  distTag: string,
  registry: string,
): Promise<string | undefined> {
  const result = await npm(
    ['publish', tarball, '--tag', distTag, '--json'],
    registry,
    scopeOf(name),
  );
  if (result.ok) return undefined;
  const { code, summary } = npmError(result);
  return summary || code || 'npm publish failed';
}

/** The command that publishes `tarball` by hand, as the release would have. */
export function publishCommand(
  tarball: string,
  name: string,
  distTag: string,
  registry: string,
): string {
  return `npm publish ${tarball} --tag ${distTag} --registry ${registry} --${scopeOf(name)}:registry=${registry}`;
}

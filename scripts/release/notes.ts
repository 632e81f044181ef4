/**
 * @module The release notes (`build/release/RELEASE_NOTES.md`): what was released from which
 * commit, with each tarball's integrity, how partners install it, and the API changes.
 */
import { basename } from 'node:path';
import { apiChanges } from './changelog.js';
import type { ReleasedPackage } from './release-dir.js';

export interface NotesInput {
  readonly date: string;
  readonly commit: string;
  /** Where it is published; `undefined` for a dry run without a registry. */
  readonly registry: string | undefined;
  readonly packages: readonly ReleasedPackage[];
  /** The API majors the packages carry. */
  readonly majors: readonly number[];
}

/** The `.npmrc` line partners add, for the documented registry when none is given. */
const DOCUMENTED_REGISTRY = 'https://npm.example.gov/';

export function releaseNotes(input: NotesInput): string {
  const registry = input.registry ?? DOCUMENTED_REGISTRY;
  const rows = input.packages.map(
    (p) =>
      `| \`${p.name}\` | ${p.version} | \`${p.distTag}\` | \`${basename(p.tarball)}\` | \`${p.integrity}\` |`,
  );
  const installs = input.packages.map((p) =>
    p.name === '@platform/sandbox'
      ? `npm i -D ${p.name}@${p.version}`
      : `npm i ${p.name}@${p.distTag}   # ${p.version}`,
  );
  return [
    `# Release of ${input.date}`,
    '',
    `Built from commit \`${input.commit}\`${input.registry ? `, published to ${input.registry}` : ''}.`,
    '',
    '| package | version | dist-tag | tarball | integrity |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '## Install',
    '',
    'Point npm at the registry for the `@platform` scope (`.npmrc` next to `package.json`):',
    '',
    '```ini',
    `@platform:registry=${registry}`,
    '```',
    '',
    '```sh',
    ...installs,
    '```',
    '',
    'The developer portal of this release is in `portal/` (open `portal/index.html`).',
    '',
    '## API changes',
    '',
    apiChanges(input.majors),
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\n*$/, '\n');
}

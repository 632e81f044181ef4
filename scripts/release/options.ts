/**
 * @module The command line of `npm run release`: `--registry <url>` (where to publish; partners'
 * `.npmrc` names the same URL) and `--dry-run` (everything but publishing). A registry URL is
 * https, or http to loopback only, and never carries credentials: npm reads the token from
 * `.npmrc`, and a URL is printed in every message.
 */
import { parseArgs } from 'node:util';
import { ReleaseError } from './release-error.js';

export const USAGE = `Usage: npm run release -- --registry <url> [--dry-run]

Builds @platform/api-client (2.x, dist-tag latest; 1.x, dist-tag latest-1) and @platform/sandbox
from a clean commit, after the drift and breaking-change gates, writes build/release/, and
publishes all three to <url> — or none of them.

Options:
  --registry <url>  the registry to publish to (https, or http to loopback)
  --dry-run         check, build and write build/release/, publish nothing; with --registry it
                    also checks that no version exists there yet
  -h, --help        show this help`;

export interface ReleaseOptions {
  /** With a trailing slash, as npm writes registry URLs. */
  readonly registry: string | undefined;
  readonly dryRun: boolean;
  readonly help: boolean;
}

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

function registryUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ReleaseError(
      `--registry ${JSON.stringify(value)} is not a URL`,
      'pass the registry as a full URL, e.g. --registry https://npm.example.gov/',
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new ReleaseError(
      '--registry carries credentials, which would be printed with every message',
      `pass the URL without them and put the token in .npmrc: //${url.host}${url.pathname}:_authToken=\${NPM_TOKEN}`,
    );
  }
  const secure =
    url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname));
  if (!secure) {
    throw new ReleaseError(
      `--registry ${url.origin} is not https; the publish token would cross the network in clear`,
      'use the registry’s https URL (plain http is accepted for loopback only)',
    );
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

export function parseReleaseOptions(argv: readonly string[]): ReleaseOptions {
  let values;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        registry: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new ReleaseError((error as Error).message, `see the usage:\n\n${USAGE}`);
  }
  const registry = values.registry === undefined ? undefined : registryUrl(values.registry);
  if (registry === undefined && !values['dry-run'] && !values.help) {
    throw new ReleaseError(
      'no registry to publish to',
      'pass --registry <url> (the URL partners put in .npmrc), or --dry-run to build and check without publishing',
    );
  }
  return { registry, dryRun: values['dry-run'], help: values.help };
}

/**
 * @module Install test of the packed SDK (STYLE item 9: test the built package, not only the
 * sources): `scripts/pack-api-client.ts` packs the 1.x and 2.x lines from this checkout; each
 * tarball is installed offline (`npm install <tarball> --offline`: its only dependency,
 * `@smithy/types`, comes from the npm cache) into a blank temporary project, where a small
 * partner program is type-checked and compiled with tsc (`node16` resolution; the registry
 * install test covers `bundler`) and run against a sandbox on loopback; a CommonJS script loads
 * every entry point with require().
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '@platform/sandbox';
import { packApiClient, type PackedLine } from '../../scripts/pack-api-client.js';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const tsc = join(repo, 'node_modules/.bin/tsc');

let work: string;
let lines: PackedLine[];
let sandbox: Awaited<ReturnType<typeof startSandbox>>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'api-client-install-'));
  [lines, sandbox] = await Promise.all([
    packApiClient(undefined, join(work, 'packs')),
    startSandbox({ port: 0, rateLimit: null }),
  ]);
}, 300_000);

afterAll(async () => {
  await sandbox?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** A blank project with the tarball installed from the npm cache only. */
async function blankProject(line: PackedLine): Promise<string> {
  const project = join(work, `partner-${line.major}`);
  await mkdir(join(project, 'src'), { recursive: true });
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({ name: `partner-${line.major}`, private: true, type: 'module' }),
  );
  await run('npm', ['install', line.tarball, '--offline', '--no-audit', '--no-fund'], {
    cwd: project,
  });
  await copyFile(join(here, 'fixtures', `partner-v${line.major}.ts`), join(project, 'src/main.ts'));
  await copyFile(join(here, 'fixtures', 'require-check.cjs'), join(project, 'require-check.cjs'));
  return project;
}

/** tsc (strict, node16) over the partner program, writing `out/main.js`. */
async function compile(project: string): Promise<void> {
  const args = [
    ...['--strict', '--target', 'es2022', '--module', 'node16', '--moduleResolution', 'node16'],
    ...['--types', 'node', '--typeRoots', join(repo, 'node_modules/@types')],
    ...['--outDir', join(project, 'out'), join(project, 'src/main.ts')],
  ];
  try {
    await run(tsc, args, { cwd: project });
  } catch (error) {
    const failed = error as { stdout?: string };
    throw new Error(`tsc failed:\n${failed.stdout ?? String(error)}`);
  }
}

function demoApp() {
  const app = sandbox.clients.find((c) => c.clientId === 'demo-app');
  if (app === undefined) throw new Error('the sandbox has no demo-app client');
  return app;
}

describe.each([1, 2])('@platform/api-client@%i.x tarball', (major) => {
  let project: string;

  beforeAll(async () => {
    const line = lines.find((l) => l.major === major);
    if (line === undefined) throw new Error(`no ${major}.x tarball was packed`);
    project = await blankProject(line);
  }, 120_000);

  it('installs offline, and loads every entry point with require()', async () => {
    const { stdout } = await run('node', ['require-check.cjs'], { cwd: project });
    const seen = JSON.parse(stdout) as Record<string, unknown>;
    expect(seen.version).toMatch(new RegExp(`^${major}\\.`));
    expect(seen.rootIsV1).toBe(major === 1);
    expect(seen.rootIsV2).toBe(major === 2);
    expect(seen.verify).toBe('function');
  });

  it('type-checks, compiles and runs the partner program against the sandbox', async () => {
    await compile(project);
    const app = demoApp();
    const { stdout } = await run(
      'node',
      ['out/main.js', sandbox.baseUrl, sandbox.tokenUrl, app.clientId, app.clientSecret],
      { cwd: project },
    );
    const seen = JSON.parse(stdout) as Record<string, unknown>;
    expect(seen).toMatchObject({
      prodBaseUrl: 'https://api.example.gov',
      prodTokenUrl: 'https://api.example.gov/oauth/token',
      scopes: ['commercial:read', 'commercial:write'],
      firstPage: 2,
      hasNextPage: true,
      status: 200,
      fetched: true,
      missing: 'NotFoundError',
      webhook: 'order.created',
    });
    expect(seen.items).toBeGreaterThan(2);
    expect(seen.eventTypes).toBeGreaterThan(0);
    if (major === 1) expect(seen.totalCount).toBeGreaterThan(2);
  }, 60_000);
});

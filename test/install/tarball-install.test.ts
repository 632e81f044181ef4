/**
 * @module Install test of the packed SDK (test the built package, not only the sources):
 * `scripts/pack-api-client.ts` packs the 1.x and 2.x lines from this checkout; each tarball is
 * installed offline (`npm install <tarball> --offline`: it has no dependencies) into a blank
 * temporary project, where a small partner program is type-checked and compiled with tsc
 * (`node16` resolution) and run against a sandbox on loopback; a CommonJS script loads every
 * entry point with require(). Then each tarball is type-checked in the three partner setups of
 * `fixtures/setups/` (nodenext with `@types/node`; bundler resolution with the DOM library and
 * no `@types/node`; CommonJS), with `skipLibCheck: false`, and a partner's type error must name
 * the real types and modules.
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
import {
  prepareSetup,
  SETUPS,
  SETUPS_DIR,
  typecheck,
  type SetupName,
} from './support/partner-setups.js';

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

function lineOf(major: number): PackedLine {
  const line = lines.find((l) => l.major === major);
  if (line === undefined) throw new Error(`no ${major}.x tarball was packed`);
  return line;
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
      // No scope is asked for by default: the token carries what the application was granted.
      scopes: [],
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

describe.each([2, 1])(
  '@platform/api-client@%i.x in partner setups (tsc --strict, skipLibCheck false)',
  (major) => {
    describe.each(Object.keys(SETUPS) as SetupName[])('%s', (setup) => {
      let project: string;

      beforeAll(async () => {
        project = await prepareSetup(
          setup,
          lineOf(major).tarball,
          join(work, `setup-${major}-${setup}`),
        );
      }, 120_000);

      it('type-checks every entry it imports, with no error in our declarations', async () => {
        const { ok, output } = await typecheck(project);
        expect(output).toBe('');
        expect(ok).toBe(true);
      }, 60_000);

      it("names the real types and modules in a partner's type error", async () => {
        await copyFile(join(SETUPS_DIR, 'type-error.ts'), join(project, 'src/type-error.ts'));
        const { ok, output } = await typecheck(project);
        expect(ok).toBe(false);
        expect(output).toMatch(/^src\/type-error\.ts\(6,14\): error TS2322/m);
        // `import(".../dist/types/generated/v1/commercial").GetOrderCommand`, for ES and CommonJS
        expect(output).toMatch(
          /import\("[^"]*\/dist\/types(-cjs)?\/generated\/v1\/commercial"[^)]*\)\.GetOrderCommand'/,
        );
        expect(output).toContain('"v1"');
        // what tsup's bundled declarations produced: `import(".../dist/models-DUZ8didF").Q`
        expect(output).not.toMatch(/\/dist\/[\w-]+-[A-Za-z0-9_]{8}"/);
        expect(output).not.toMatch(/\)\.[A-Za-z$]{1,2}'/);
      }, 60_000);
    });
  },
);

/**
 * @module The release end to end, as partners meet it. `npm run release -- --registry <url>` runs
 * (the real script, in a committed snapshot of this working tree) against a Verdaccio on
 * loopback that stands for the Platform registry; a second one stands for the public registry,
 * seeded from this checkout's node_modules with what the published packages and the guides'
 * `npm i` lines need. Then blank CommonJS and ES module projects are made exactly as the guides
 * say — their `.npmrc` line, `npm init -y`, their installs — every TypeScript sample of the
 * guides and package READMEs is type-checked in them, and every program the docs tell the reader
 * to save and run runs, against `npx platform-sandbox --port 0 --json` from the installed
 * package. The docs are read with the portal's extraction, so this proves the text partners copy.
 * Last, the release's refusals: an existing version, a dirty tree, failing gates, and a publish
 * that fails midway.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lineVersion } from '../../scripts/pack-api-client.js';
import { publishAll } from '../../scripts/release/publish.js';
import { hasVersion } from '../../scripts/release/registry.js';
import type { ReleasedPackage } from '../../scripts/release/release-dir.js';
import {
  codeSamples,
  documentedNpmrc,
  installLines,
  partnerDocs,
  shellCommands,
} from './support/doc-samples.js';
import {
  command,
  createProject,
  mustRun,
  npmEnvironment,
  SAMPLES_TSCONFIG,
  samplePath,
  startSandboxCli,
  STEP_TIMEOUT_MS,
  writeSamples,
  type CommandResult,
  type ProjectType,
  type SandboxProcess,
} from './support/partner-project.js';
import { dependencyClosure, seedRegistry } from './support/seed-registry.js';
import { git, snapshotCheckout } from './support/snapshot-checkout.js';
import { startRegistry, type LocalRegistry } from './support/verdaccio.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const verdaccio = join(repo, 'node_modules/.bin/verdaccio');
const manifestOf = (dir: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(repo, dir, 'package.json'), 'utf8')) as Record<string, unknown>;

const SDK_VERSION = String(manifestOf('packages/api-client').version);
const SANDBOX_VERSION = String(manifestOf('packages/sandbox').version);
/** What the release must publish, in its order, with dist-tags. */
const RELEASED = [
  { name: '@platform/sandbox', version: SANDBOX_VERSION, distTag: 'latest' },
  { name: '@platform/api-client', version: lineVersion(SDK_VERSION, 1), distTag: 'latest-1' },
  { name: '@platform/api-client', version: lineVersion(SDK_VERSION, 2), distTag: 'latest' },
];

const DOCS = partnerDocs(repo);
const SAMPLES = codeSamples(repo, DOCS);
const PROGRAMS = SAMPLES.filter((s) => s.name !== undefined);
const INSTALLS = installLines(repo, DOCS);
const NPMRC = documentedNpmrc(repo, 'docs/getting-started.md');
const programId = (s: { source: { file: string }; name?: string }): string =>
  `${s.source.file} ${s.name ?? ''}`;

/** What each program the docs tell the reader to run prints when it works. */
const EXPECTED_OUTPUT: Readonly<Record<string, readonly RegExp[]>> = {
  'docs/getting-started.md first-call.mts': [
    /^ord_\S+ \w+$/m,
    /^request \S+ took 1 attempt\(s\)$/m,
  ],
  'docs/testing.md sandbox-start.mts': [
    /^[1-9]\d* orders from the sandbox at http:\/\/127\.0\.0\.1:\d+$/m,
  ],
  'docs/testing.md testing-kit.mts': [/^fulfilled true$/m, /^[1-9]\d*$/m],
  'docs/testing.md signed-webhook.mts': [/^verified test$/m],
  'docs/webhooks.md webhook-roundtrip.mts': [/^verified a test event from the sandbox$/m],
  'packages/api-client/README.md first-call.mts': [/^[1-9]\d* orders, request \S+$/m],
  'packages/sandbox/README.md sandbox-faults.mts': [
    /^sandbox on http:\/\/127\.0\.0\.1:\d+ with 3 demo clients$/m,
  ],
  'packages/sandbox/README.md sandbox-require.cjs': [/^sandbox on http:\/\/127\.0\.0\.1:\d+$/m],
};

let work: string;
let checkout: string;
let platform: LocalRegistry;
let publicRegistry: LocalRegistry;
let releaseEnv: Record<string, string>;
let partnerEnv: Record<string, string>;
let release: CommandResult;
const releaseDir = (): string => join(checkout, 'build/release');

/** A whole release: gates, three builds and the portal; minutes on a busy machine. */
const RELEASE_TIMEOUT_MS = 600_000;

/** `npm run release` in the snapshot, with `args`. */
const runRelease = (args: readonly string[]): Promise<CommandResult> =>
  command(
    'npm',
    ['run', '--silent', 'release', '--', ...args],
    checkout,
    releaseEnv,
    RELEASE_TIMEOUT_MS,
  );

/** The third-party packages partners install: the guides' and the published packages' own. */
function thirdPartyPackages(): string[] {
  const dependencies = ['packages/api-client', 'packages/sandbox'].flatMap((dir) =>
    Object.keys((manifestOf(dir).dependencies ?? {}) as Record<string, string>),
  );
  return [
    ...new Set([...INSTALLS.dependencies, ...INSTALLS.devDependencies, ...dependencies]),
  ].filter((name) => !name.startsWith('@platform/'));
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'registry-release-'));
  checkout = join(work, 'checkout');
  [platform, publicRegistry] = await Promise.all([
    startRegistry(verdaccio, join(work, 'platform-registry')),
    startRegistry(verdaccio, join(work, 'public-registry')),
    snapshotCheckout(repo, checkout),
  ]);
  // The release's npm knows the Platform registry's token and nothing else, and has no way to
  // the public registry.
  const releaseNpm = join(work, 'release-npm');
  releaseEnv = {
    PATH: process.env.PATH ?? '',
    HOME: releaseNpm,
    npm_config_registry: platform.url,
    npm_config_userconfig: join(work, 'release.npmrc'),
    npm_config_globalconfig: join(releaseNpm, 'global-npmrc'),
    npm_config_cache: join(releaseNpm, 'cache'),
    npm_config_update_notifier: 'false',
  };
  await mkdir(releaseNpm, { recursive: true });
  await writeFile(join(releaseNpm, 'global-npmrc'), '');
  await writeFile(join(work, 'release.npmrc'), `${platform.authLine}\n`);
  partnerEnv = await npmEnvironment(work, publicRegistry.url);
  [release] = await Promise.all([
    runRelease(['--registry', platform.url]),
    seedRegistry(
      dependencyClosure(repo, thirdPartyPackages()),
      publicRegistry.url,
      publicRegistry.token,
    ),
  ]);
}, 900_000);

afterAll(async () => {
  await Promise.all([platform?.close(), publicRegistry?.close()]);
  if (work) await rm(work, { recursive: true, force: true });
});

describe('npm run release -- --registry <url>', () => {
  it(
    'publishes the sandbox and both SDK lines with their dist-tags, nothing to the public registry',
    async () => {
      expect(release.code, `${release.stdout}\n${release.stderr}`).toBe(0);
      for (const p of RELEASED) {
        expect(release.stdout).toContain(
          `published ${p.name}@${p.version} (dist-tag ${p.distTag})`,
        );
      }
      const view = async (registry: LocalRegistry, args: string[]): Promise<unknown> =>
        JSON.parse(
          await mustRun(
            'npm',
            ['view', ...args, '--json', '--registry', registry.url],
            work,
            partnerEnv,
          ),
        );
      expect(await view(platform, ['@platform/api-client', 'dist-tags'])).toEqual({
        latest: lineVersion(SDK_VERSION, 2),
        'latest-1': lineVersion(SDK_VERSION, 1),
      });
      expect(await view(platform, ['@platform/sandbox', 'dist-tags'])).toEqual({
        latest: SANDBOX_VERSION,
      });
      const elsewhere = await command(
        'npm',
        ['view', '@platform/api-client', '--json', '--registry', publicRegistry.url],
        work,
        partnerEnv,
      );
      expect(elsewhere.stdout).toContain('E404');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'writes build/release: the tarballs npm reports, with their integrity, notes and portal',
    async () => {
      const { packages } = JSON.parse(
        await readFile(join(releaseDir(), 'integrity.json'), 'utf8'),
      ) as {
        packages: {
          name: string;
          version: string;
          distTag: string;
          file: string;
          integrity: string;
        }[];
      };
      expect(packages.map(({ name, version, distTag }) => ({ name, version, distTag }))).toEqual(
        RELEASED,
      );
      const notes = await readFile(join(releaseDir(), 'RELEASE_NOTES.md'), 'utf8');
      expect(notes).toContain(`@platform:registry=${platform.url}`);
      for (const p of packages) {
        expect(existsSync(join(releaseDir(), p.file)), p.file).toBe(true);
        expect(notes).toContain(p.integrity);
        const registered = await mustRun(
          'npm',
          ['view', `${p.name}@${p.version}`, 'dist.integrity', '--registry', platform.url],
          work,
          partnerEnv,
        );
        expect(registered.trim(), `${p.name}@${p.version} in the registry`).toBe(p.integrity);
      }
      expect(existsSync(join(releaseDir(), 'portal/index.html'))).toBe(true);
      expect(existsSync(join(releaseDir(), 'portal/guides/getting-started.html'))).toBe(true);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'packs README, LICENSE, CHANGELOG and the metadata partners and tools read into every tarball',
    async () => {
      const license = await readFile(join(repo, 'LICENSE'), 'utf8');
      for (const p of RELEASED) {
        const file = join(releaseDir(), `${p.name.slice(1).replace('/', '-')}-${p.version}.tgz`);
        const read = (member: string): Promise<string> =>
          mustRun('tar', ['-xzOf', file, `package/${member}`], work, partnerEnv);
        const manifest = JSON.parse(await read('package.json')) as Record<string, unknown>;
        expect(manifest, `${p.name}@${p.version}`).toMatchObject({
          license: 'Apache-2.0',
          repository: expect.objectContaining({ url: expect.any(String) }),
          homepage: expect.stringMatching(/^https:\/\//),
          engines: { node: expect.any(String) },
          types: expect.any(String),
          sideEffects: false,
        });
        expect(manifest.private).toBeUndefined();
        expect(await read('LICENSE')).toBe(license);
        expect(await read('README.md')).toContain(NPMRC.line);
        expect(await read('CHANGELOG.md')).toContain(`## ${p.version} (`);
      }
    },
    STEP_TIMEOUT_MS,
  );
  it(
    'publishes a sandbox whose ESM and CommonJS entries and types tools agree on (publint, attw)',
    async () => {
      const tarball = join(releaseDir(), `platform-sandbox-${SANDBOX_VERSION}.tgz`);
      const unpacked = join(work, 'sandbox-tarball');
      await mkdir(unpacked, { recursive: true });
      await mustRun('tar', ['-xzf', tarball, '-C', unpacked], work, partnerEnv);
      const bin = (name: string): string => join(repo, 'node_modules/.bin', name);
      const publint = await command(
        bin('publint'),
        ['--strict', '.'],
        join(unpacked, 'package'),
        partnerEnv,
      );
      expect(publint.code, `${publint.stdout}${publint.stderr}`).toBe(0);
      const attw = await command(
        bin('attw'),
        [tarball, '--profile', 'node16', '--format', 'ascii'],
        work,
        partnerEnv,
      );
      expect(attw.code, `${attw.stdout}${attw.stderr}`).toBe(0);
      expect(attw.stdout).toContain('node16 (from CJS): 🟢');
      expect(attw.stdout).toContain('node16 (from ESM): 🟢');
    },
    STEP_TIMEOUT_MS,
  );
});

describe.each<ProjectType>(['commonjs', 'module'])(
  'a blank %s project, as the guides say',
  (type) => {
    let project: string;

    it(
      'gets the .npmrc line, npm init -y, and the guides’ installs, with the released tarballs',
      async () => {
        expect(shellCommands(repo, 'docs/getting-started.md')).toContain('npm init -y');
        if (type === 'module') {
          expect(readFileSync(join(repo, 'docs/getting-started.md'), 'utf8')).toContain(
            '`npm pkg set type=module`',
          );
        }
        project = join(work, `partner-${type}`);
        await createProject(project, type, NPMRC.line.replace(NPMRC.url, platform.url), partnerEnv);
        await mustRun('npm', ['i', ...INSTALLS.dependencies], project, partnerEnv);
        await mustRun('npm', ['i', '-D', ...INSTALLS.devDependencies], project, partnerEnv);

        const lock = JSON.parse(await readFile(join(project, 'package-lock.json'), 'utf8')) as {
          packages: Record<string, { version?: string; integrity?: string }>;
        };
        const { packages } = JSON.parse(
          await readFile(join(releaseDir(), 'integrity.json'), 'utf8'),
        ) as { packages: { name: string; version: string; integrity: string }[] };
        for (const name of ['@platform/api-client', '@platform/sandbox']) {
          const installed = lock.packages[`node_modules/${name}`];
          const latest = packages.filter((p) => p.name === name).at(-1);
          expect(installed, name).toEqual(
            expect.objectContaining({ version: latest?.version, integrity: latest?.integrity }),
          );
        }
      },
      STEP_TIMEOUT_MS * 2,
    );

    it(
      'type-checks every TypeScript sample of the guides and READMEs, unchanged',
      async () => {
        await writeSamples(project, SAMPLES);
        await writeFile(join(project, 'tsconfig.json'), JSON.stringify(SAMPLES_TSCONFIG, null, 2));
        const check = await command('npx', ['tsc', '-p', 'tsconfig.json'], project, partnerEnv);
        expect(`${check.stdout}${check.stderr}`).toBe('');
        expect(check.code).toBe(0);
      },
      STEP_TIMEOUT_MS,
    );

    it(
      'runs every program the docs tell the reader to run, against npx platform-sandbox --port 0 --json',
      async () => {
        expect(PROGRAMS.map(programId).sort()).toEqual(Object.keys(EXPECTED_OUTPUT).sort());
        const sandbox: SandboxProcess = await startSandboxCli(project, partnerEnv);
        try {
          expect(sandbox.info.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
          const app = sandbox.info.clients.find((c) => c.clientId === 'demo-app');
          if (app === undefined)
            throw new Error('the sandbox printed no demo-app, which the guides name');
          const env = {
            ...partnerEnv,
            PLATFORM_BASE_URL: sandbox.info.baseUrl,
            PLATFORM_TOKEN_URL: sandbox.info.tokenUrl,
            PLATFORM_CLIENT_ID: app.clientId,
            PLATFORM_CLIENT_SECRET: app.clientSecret,
          };
          const runs = await Promise.all(
            PROGRAMS.map((sample) => {
              const file = samplePath(project, sample);
              return /\.[cm]?js$/.test(file)
                ? command(process.execPath, [file], project, env)
                : command('npx', ['tsx', file], project, env);
            }),
          );
          PROGRAMS.forEach((sample, i) => {
            const run = runs[i]!;
            const id = programId(sample);
            expect({ id, code: run.code, stderr: run.stderr }).toEqual({ id, code: 0, stderr: '' });
            for (const pattern of EXPECTED_OUTPUT[id] ?? [])
              expect(run.stdout, id).toMatch(pattern);
          });
        } finally {
          await sandbox.stop();
        }
      },
      STEP_TIMEOUT_MS,
    );
  },
);

describe('the release refuses', () => {
  it(
    'a version that is already in the registry, before any gate or build',
    async () => {
      const again = await runRelease(['--registry', platform.url]);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain(`@platform/api-client@${lineVersion(SDK_VERSION, 2)}`);
      expect(again.stderr).toMatch(/already exist.*\n.*raise the version/);
      expect(again.stdout).not.toContain('gate');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'a dirty working tree, naming what is uncommitted',
    async () => {
      await writeFile(join(checkout, 'stray-notes.txt'), 'not committed\n');
      try {
        const dirty = await runRelease(['--dry-run']);
        expect(dirty.code).toBe(1);
        expect(dirty.stderr).toMatch(
          /uncommitted changes \(stray-notes\.txt\).*\n.*commit or stash/,
        );
      } finally {
        await rm(join(checkout, 'stray-notes.txt'));
      }
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'a commit that fails the drift gate and the breaking-change gate, naming both',
    async () => {
      const generated = join(checkout, 'packages/api-client/src/generated/v2/index.ts');
      await writeFile(generated, `${await readFile(generated, 'utf8')}// edited by hand\n`);
      // The released v2 model gets an output member the working model lacks: a removal.
      const releasedModel = join(checkout, 'api-snapshot/v2/model.json');
      const ast = JSON.parse(await readFile(releasedModel, 'utf8')) as {
        shapes: Record<string, { members: Record<string, unknown> }>;
      };
      ast.shapes['example.platform.v2#Order']!.members['legacyNote'] = {
        target: 'smithy.api#String',
      };
      await writeFile(releasedModel, JSON.stringify(ast, null, 2));
      await git(checkout, ['commit', '--quiet', '--all', '--message', 'drift and a removal']);
      const gated = await runRelease(['--dry-run']);
      expect(gated.code).toBe(1);
      expect(gated.stderr).toContain('the drift gate failed');
      expect(gated.stderr).toContain('the breaking-change gate failed');
      expect(gated.stderr).toContain('legacyNote');
      expect(gated.stderr).toContain('npm run generate');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'nothing silently when a publish fails midway: it names what was published and what to run',
    async () => {
      const probeDir = join(work, 'probe');
      await createProbe(probeDir);
      const probe = await mustRun(
        'npm',
        ['pack', '--json', '--pack-destination', work],
        probeDir,
        partnerEnv,
      );
      const [packed] = JSON.parse(probe) as {
        filename: string;
        integrity: string;
        shasum: string;
      }[];
      const existing = RELEASED[2]!;
      const packages: ReleasedPackage[] = [
        {
          name: '@platform/release-probe',
          version: '1.0.0',
          distTag: 'latest',
          tarball: join(work, packed!.filename),
          integrity: packed!.integrity,
          shasum: packed!.shasum,
        },
        {
          ...existing,
          tarball: join(releaseDir(), `platform-api-client-${existing.version}.tgz`),
          integrity: '',
          shasum: '',
        },
      ];
      vi.stubEnv('npm_config_userconfig', releaseEnv.npm_config_userconfig);
      vi.stubEnv('npm_config_globalconfig', releaseEnv.npm_config_globalconfig);
      vi.stubEnv('npm_config_cache', releaseEnv.npm_config_cache);
      try {
        const failure = await publishAll(packages, platform.url, () => undefined).then(
          () => undefined,
          (error: unknown) => error as Error,
        );
        expect(failure?.message).toContain('Published: @platform/release-probe@1.0.0.');
        expect(failure?.message).toContain(
          `Not published: @platform/api-client@${existing.version}`,
        );
        expect(failure?.message).toContain(
          `npm publish ${packages[1]!.tarball} --tag latest --registry ${platform.url}`,
        );
      } finally {
        vi.unstubAllEnvs();
      }
    },
    STEP_TIMEOUT_MS,
  );
});

describe('the release asks the registry version by version', () => {
  it(
    'a published version exists; an unpublished one of a published package, or of an unknown package, does not',
    async () => {
      vi.stubEnv('npm_config_userconfig', releaseEnv.npm_config_userconfig);
      vi.stubEnv('npm_config_globalconfig', releaseEnv.npm_config_globalconfig);
      try {
        const ask = (name: string, version: string): Promise<boolean> =>
          hasVersion({ name, version }, platform.url);
        expect(await ask('@platform/sandbox', SANDBOX_VERSION)).toBe(true);
        expect(await ask('@platform/sandbox', '99.0.0')).toBe(false);
        expect(await ask('@platform/not-published', '1.0.0')).toBe(false);
      } finally {
        vi.unstubAllEnvs();
      }
    },
    STEP_TIMEOUT_MS,
  );
});

async function createProbe(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await cp(join(repo, 'LICENSE'), join(dir, 'LICENSE'));
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name: '@platform/release-probe', version: '1.0.0', license: 'Apache-2.0' }),
  );
}

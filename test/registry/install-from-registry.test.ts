/**
 * @module Install as a partner would: a Verdaccio registry on loopback (storage in a temp dir, no
 * uplink) gets the packed `@platform/api-client` 2.x (the workspace build) and 1.x (built into a
 * temp dir with `PLATFORM_SDK_VERSION`), plus its runtime dependencies packed from this
 * checkout's `node_modules`. A blank project then runs `npm install @platform/api-client@2` (and
 * `@1`) against that registry only, type-checks a partner program with `tsc` under
 * `moduleResolution: node16` and `bundler`, and runs it against a real sandbox.
 */
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '@platform/sandbox';
import type { RunningSandbox } from '@platform/sandbox';

const run = promisify(execFile);
const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sdkDir = join(repo, 'packages', 'api-client');
const bin = (name: string): string => join(repo, 'node_modules', '.bin', name);
/** The SDK's runtime dependencies, published to the registry from this checkout's node_modules. */
const DEPENDENCIES = ['tslib', '@smithy/types'];
const STEP_TIMEOUT_MS = 120_000;

let work: string;
let registryUrl: string;
let registry: ChildProcess | undefined;
/** Verdaccio's output, shown when a registry step fails. */
const registryLog: string[] = [];
let sandbox: RunningSandbox;
let partnerEnv: Record<string, string>;

/** A free loopback port (Verdaccio 5 cannot report the port it bound to). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** npm with this test's own cache and config, so nothing comes from the public registry. */
async function npm(args: readonly string[], cwd: string): Promise<string> {
  const { stdout } = await run('npm', [...args, '--registry', registryUrl], {
    cwd,
    timeout: STEP_TIMEOUT_MS,
    env: {
      PATH: process.env.PATH,
      HOME: work,
      npm_config_userconfig: join(work, '.npmrc'),
      npm_config_cache: join(work, 'npm-cache'),
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    },
  });
  return stdout;
}

/** Copies an installed package, drops its scripts and publish settings, and publishes it. */
async function publishInstalled(name: string): Promise<void> {
  const source = join(repo, 'node_modules', name);
  const target = join(work, 'republish', name);
  await cp(source, target, { recursive: true });
  const manifest = JSON.parse(await readFile(join(target, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  delete manifest.scripts;
  delete manifest.publishConfig;
  delete manifest.devDependencies;
  await writeFile(join(target, 'package.json'), JSON.stringify(manifest, null, 2));
  await npm(['publish', '--ignore-scripts', '--tag', 'latest'], target);
}

/** Builds the SDK line of `version` into a temp package directory and publishes it. */
async function publishSdk(version: string): Promise<void> {
  const target = join(work, `sdk-${version}`);
  await mkdir(target, { recursive: true });
  const manifest = JSON.parse(await readFile(join(sdkDir, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const workspaceBuild = JSON.stringify(manifest.version) === JSON.stringify(version);
  if (workspaceBuild && existsSync(join(sdkDir, 'dist', 'index.d.ts'))) {
    await cp(join(sdkDir, 'dist'), join(target, 'dist'), { recursive: true });
  } else {
    // Both lines come from the same source; only the version (and so the root entry) differs.
    await run(bin('tsup'), ['--out-dir', join(target, 'dist')], {
      cwd: sdkDir,
      timeout: STEP_TIMEOUT_MS,
      env: { ...process.env, PLATFORM_SDK_VERSION: version },
    });
  }
  delete manifest.scripts;
  delete manifest.devDependencies;
  await writeFile(join(target, 'package.json'), JSON.stringify({ ...manifest, version }, null, 2));
  await npm(
    ['publish', '--ignore-scripts', '--tag', version.startsWith('2.') ? 'latest' : 'legacy-v1'],
    target,
  );
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'registry-install-'));
  const port = await freePort();
  registryUrl = `http://127.0.0.1:${port}/`;
  await writeFile(
    join(work, 'verdaccio.yaml'),
    [
      `storage: ${JSON.stringify(join(work, 'storage'))}`,
      'auth:',
      '  htpasswd:',
      `    file: ${JSON.stringify(join(work, 'htpasswd'))}`,
      'uplinks: {}',
      'packages:',
      "  '**':",
      '    access: $all',
      '    publish: $authenticated',
      'log: { type: stdout, format: pretty, level: warn }',
      '',
    ].join('\n'),
  );
  registry = spawn(
    bin('verdaccio'),
    ['--config', join(work, 'verdaccio.yaml'), '--listen', `127.0.0.1:${port}`],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  registry.stdout?.on('data', (chunk: Buffer) => registryLog.push(chunk.toString()));
  registry.stderr?.on('data', (chunk: Buffer) => registryLog.push(chunk.toString()));
  const started = Date.now();
  for (;;) {
    const up = await fetch(`${registryUrl}-/ping`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() - started > 30_000)
      throw new Error('verdaccio did not answer /-/ping within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // A registry user, so `npm publish` has a token; the password exists only in this temp dir.
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  const addUser = (): Promise<Response> =>
    fetch(`${registryUrl}-/user/org.couchdb.user:partner-ci`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'partner-ci', password }),
    });
  // Verdaccio may close the kept-alive connection of the last ping just as it is reused.
  const login = await addUser()
    .catch(addUser)
    .catch((error: unknown) => {
      throw new Error(`verdaccio failed:\n${registryLog.join('')}`, { cause: error });
    });
  const { token } = (await login.json()) as { token?: string };
  if (!login.ok || token === undefined)
    throw new Error(`verdaccio refused to add a user (${login.status})`);
  await writeFile(join(work, '.npmrc'), `//127.0.0.1:${port}/:_authToken=${token}\n`);

  for (const name of DEPENDENCIES) await publishInstalled(name);
  await publishSdk('2.0.0');
  await publishSdk('1.0.0');

  sandbox = await startSandbox({ port: 0, rateLimit: null, logError: () => undefined });
  const app = sandbox.clients.find((client) => client.scopes.includes('commercial:read'));
  if (app === undefined) throw new Error('the sandbox has no demo client with commercial:read');
  partnerEnv = {
    PATH: process.env.PATH ?? '',
    PLATFORM_BASE_URL: sandbox.baseUrl,
    PLATFORM_TOKEN_URL: sandbox.tokenUrl,
    PLATFORM_CLIENT_ID: app.clientId,
    PLATFORM_CLIENT_SECRET: app.clientSecret,
  };
}, 300_000);

afterAll(async () => {
  registry?.kill();
  await sandbox?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** The partner's program: only public entry points, typed options, one call and one webhook. */
const PARTNER_PROGRAM = `import { Commercial, PlatformError } from '@platform/api-client';
import { signWebhook, verifyWebhook } from '@platform/api-client/webhooks';

declare const process: { env: Record<string, string | undefined> };

const client = new Commercial({
  clientId: process.env.PLATFORM_CLIENT_ID,
  clientSecret: process.env.PLATFORM_CLIENT_SECRET,
  baseUrl: process.env.PLATFORM_BASE_URL,
  tokenUrl: process.env.PLATFORM_TOKEN_URL,
});
const page = await client.listOrders({ pageSize: 2 });
const count: number = page.orders.length;
const body = JSON.stringify({ id: 'evt_partner', type: 'test', createdAt: '2026-11-20T16:00:00Z', data: { webhookEndpointId: 'whe_partner', message: 'Test.' } });
const headers = await signWebhook({ id: 'evt_partner', timestamp: new Date(), body, secrets: 'whsec_partner' });
const { event } = await verifyWebhook({ body, headers, secrets: 'whsec_partner' });
const failure: unknown = new Error('x');
console.log(JSON.stringify({ count, status: page.$metadata.httpStatusCode, event: event.type, platformError: failure instanceof PlatformError }));
`;

function tsconfig(moduleResolution: 'node16' | 'bundler'): object {
  return {
    compilerOptions: {
      target: 'es2022',
      module: moduleResolution === 'node16' ? 'node16' : 'es2022',
      moduleResolution,
      lib: ['es2022', 'dom'],
      strict: true,
      // tsc --init's default; without it @smithy/types' declarations need @types/node (see report).
      skipLibCheck: true,
      outDir: 'build',
      types: [],
    },
    files: ['partner.ts'],
  };
}

describe('install @platform/api-client from a local registry', () => {
  for (const major of [2, 1]) {
    it(
      `npm install @platform/api-client@${major}, tsc (node16 and bundler), run against the sandbox`,
      async () => {
        const project = join(work, `partner-v${major}`);
        await mkdir(project, { recursive: true });
        await writeFile(
          join(project, 'package.json'),
          JSON.stringify({ name: `partner-v${major}`, private: true, type: 'module' }),
        );
        await npm(['install', '--ignore-scripts', `@platform/api-client@${major}`], project);
        const installed = JSON.parse(
          await readFile(
            join(project, 'node_modules', '@platform', 'api-client', 'package.json'),
            'utf8',
          ),
        ) as { version: string };
        expect(installed.version).toBe(`${major}.0.0`);

        await writeFile(join(project, 'partner.ts'), PARTNER_PROGRAM);
        for (const resolution of ['bundler', 'node16'] as const) {
          // node16 goes last: its emitted ESM is what runs below.
          await writeFile(join(project, 'tsconfig.json'), JSON.stringify(tsconfig(resolution)));
          const check = await run(bin('tsc'), ['-p', 'tsconfig.json'], { cwd: project }).then(
            () => '',
            (error: { stdout?: string }) => error.stdout ?? String(error),
          );
          expect(check, `tsc with moduleResolution ${resolution}`).toBe('');
        }

        const { stdout } = await run(process.execPath, ['build/partner.js'], {
          cwd: project,
          env: partnerEnv,
          timeout: STEP_TIMEOUT_MS,
        });
        expect(JSON.parse(stdout.trim())).toEqual({
          count: 2,
          status: 200,
          event: 'test',
          platformError: false,
        });
      },
      STEP_TIMEOUT_MS * 2,
    );
  }
});

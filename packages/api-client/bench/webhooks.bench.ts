/**
 * @module
 * Webhook verification throughput (ARCHITECTURE.md §5): verifications per second at 1 KiB and
 * 64 KiB bodies, as ratios of the `node:crypto` floor — the minimal correct verification as
 * `node:crypto`'s documentation would write it: createHmac over `{id}.{timestamp}.{body}`, hex
 * decode of the received signature, timingSafeEqual — and of the floor plus JSON.parse. Targets:
 * `verifyWebhookSignature` ≥ 0.95× the floor, `verifyWebhook` (the payload checked against the
 * model, as partners' `verifyWebhook` does, and returned) ≥ 0.9× floor + parse, at both sizes. The
 * body is a valid `order.created` event of API v2 padded to size in its order's metadata.
 *
 * For reference: the same without the model check, a `Buffer` body (what `express.raw()` gives;
 * it must also be checked and decoded as UTF-8, which the string floor does not do),
 * `@octokit/webhooks-methods` (GitHub's scheme: body only, no timestamp or id) and our Web Crypto
 * path. Our code is bundled by esbuild as tsup builds the package, not transformed on the fly.
 *
 * Each ratio is the median over many pairs of short batches, a case and its base back to back (see
 * `measure`), so that it holds on a shared machine; rates are medians too, each measured while its
 * row ran, so on a busy machine they move with the load while the ratios hold. Writes `.tmp/bench/webhooks.json` for
 * `npm run bench`. Run alone with `npm run bench webhooks`.
 */

import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { verify as octokitVerify } from '@octokit/webhooks-methods';
import { TESTING_DATA } from '../src/generated/v2/testing-data.js';

import type * as Webhooks from '../src/webhooks/index.js';
import type * as ModelWebhooks from '../src/generated/v2/webhooks.js';
import type * as Verify from '../src/webhooks/verify.js';
import type * as WebCrypto from '../src/webhooks/crypto/web.js';
import { median } from './client/run.js';

const root = new URL('../../..', import.meta.url).pathname;
/** Milliseconds of paired batches per row and body size. */
const PAIRS_MS = 1500;
const BATCH_MS = 0.2;
const WARM_UP_MS = 200;
const SECRET = 'whsec_bench_3a1f9c0e5b7d';
const ID = 'evt_01HZX3Q6W8J5K2M4N7P9R1T3V5';
const TIMESTAMP = Math.floor(Date.now() / 1000);
const SIZES = [
  ['1 KiB', 1024],
  ['64 KiB', 64 * 1024],
] as const;
type SizeLabel = (typeof SIZES)[number][0];

interface Sdk {
  signWebhook: typeof Webhooks.signWebhook;
  verifyWebhook: typeof Webhooks.verifyWebhook;
  verifyWebhookSignature: typeof Webhooks.verifyWebhookSignature;
  verifyModelWebhook: typeof ModelWebhooks.verifyWebhook;
  verifyWebhookUsing: typeof Verify.verifyWebhookUsing;
  createWebWebhookCrypto: typeof WebCrypto.createWebWebhookCrypto;
}

/** Our webhook code as one ES module, built as tsup builds the package (esbuild, ES2022). */
async function loadSdk(): Promise<Sdk> {
  const workDir = join(root, '.tmp', 'bench-webhooks');
  mkdirSync(workDir, { recursive: true });
  const outfile = join(workDir, 'webhooks.mjs');
  await build({
    stdin: {
      contents: [
        "export { signWebhook, verifyWebhook, verifyWebhookSignature } from './src/webhooks/index.ts';",
        "export { verifyWebhook as verifyModelWebhook } from './src/generated/v2/webhooks.ts';",
        "export { verifyWebhookUsing } from './src/webhooks/verify.ts';",
        "export { createWebWebhookCrypto } from './src/webhooks/crypto/web.ts';",
      ].join('\n'),
      resolveDir: join(import.meta.dirname, '..'),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outfile,
    logLevel: 'error',
  });
  return (await import(outfile)) as Sdk;
}

type Case = () => unknown;

function bodyOf(size: number): string {
  const event = (note: string) => ({
    id: ID,
    type: 'order.created',
    createdAt: '2026-11-20T16:00:00Z',
    data: { order: { ...TESTING_DATA.GetOrder.output.order, metadata: { note } } },
  });
  const skeleton = JSON.stringify(event(''));
  return JSON.stringify(event('x'.repeat(Math.max(0, size - skeleton.length))));
}

/** Milliseconds per operation of `run` over `count` sequential operations, awaiting each when async. */
async function batch(run: Case, count: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const result = run();
    if (result instanceof Promise) await result;
  }
  return (performance.now() - start) / count;
}

interface Row {
  name: string;
  /** The case this one is a ratio of. */
  base: string;
  /** The target ratio, checked at every size. */
  target?: number;
}

interface Measured {
  perSecond: number;
  ratio: number;
}

/**
 * For each row, `PAIRS_MS` of pairs of short batches — the case and its base back to back, in
 * alternating order — each pair one sample of the ratio. A batch lasts about `BATCH_MS`, well
 * under a scheduler time slice, so on a shared machine most batches run undisturbed and the
 * median ignores the rest; load that changes during the run moves both sides of a pair alike.
 */
async function measure(cases: Record<string, Case>, rows: Row[]): Promise<Map<string, Measured>> {
  const counts = new Map<string, number>();
  for (const [name, run] of Object.entries(cases)) {
    const warm = performance.now();
    while (performance.now() - warm < WARM_UP_MS) await batch(run, 16);
    counts.set(
      name,
      Math.max(
        1,
        Math.round(
          BATCH_MS / median([await batch(run, 16), await batch(run, 16), await batch(run, 16)]),
        ),
      ),
    );
  }
  const time = (name: string) => batch(cases[name]!, counts.get(name)!);
  const measured = new Map<string, Measured>();
  for (const { name, base } of rows) {
    const times: number[] = [];
    const ratios: number[] = [];
    const start = performance.now();
    for (let pair = 0; performance.now() - start < PAIRS_MS; pair++) {
      let baseline: number;
      let ms: number;
      if (pair % 2 === 0) {
        baseline = await time(base);
        ms = name === base ? baseline : await time(name);
      } else {
        ms = await time(name);
        baseline = name === base ? ms : await time(base);
      }
      times.push(ms);
      ratios.push(baseline / ms);
    }
    measured.set(name, { perSecond: 1000 / median(times), ratio: median(ratios) });
  }
  return measured;
}

async function casesFor(sdk: Sdk, body: string): Promise<Record<string, Case>> {
  const headers: Webhooks.WebhookHeaders = await sdk.signWebhook({
    id: ID,
    timestamp: TIMESTAMP,
    body,
    secrets: SECRET,
  });
  const hex = headers['X-Signature'].slice('sha256='.length);
  const github = `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;
  const bytes = Buffer.from(body);
  const webCrypto = sdk.createWebWebhookCrypto(globalThis.crypto.subtle);

  const floor = () => {
    const expected = createHmac('sha256', SECRET)
      .update(`${ID}.${headers['X-Webhook-Timestamp']}.`)
      .update(body)
      .digest();
    const received = Buffer.from(hex, 'hex');
    if (!timingSafeEqual(expected, received)) throw new Error('floor: no match');
  };
  const check = <T>(promise: Promise<T>) =>
    promise.then((result) => {
      if (result === undefined || result === false) throw new Error('verification failed');
      return result;
    });

  return {
    floor,
    'floor + JSON.parse': () => {
      floor();
      return JSON.parse(body) as unknown;
    },
    verifyWebhookSignature: () =>
      check(sdk.verifyWebhookSignature({ body, headers, secrets: SECRET })),
    verifyWebhook: () => check(sdk.verifyModelWebhook({ body, headers, secrets: SECRET })),
    'verifyWebhook, no model check': () =>
      check(sdk.verifyWebhook({ body, headers, secrets: SECRET })),
    'verifyWebhook (Buffer body)': () =>
      check(sdk.verifyModelWebhook({ body: bytes, headers, secrets: SECRET })),
    'verifyWebhook on Web Crypto': () =>
      check(sdk.verifyWebhookUsing(webCrypto, { body, headers, secrets: SECRET })),
    '@octokit/webhooks-methods verify': () => check(octokitVerify(SECRET, body, github)),
  };
}

const rows: Row[] = [
  { name: 'floor', base: 'floor' },
  { name: 'floor + JSON.parse', base: 'floor' },
  { name: 'verifyWebhookSignature', base: 'floor', target: 0.95 },
  { name: '@octokit/webhooks-methods verify', base: 'floor' },
  { name: 'verifyWebhook', base: 'floor + JSON.parse', target: 0.9 },
  { name: 'verifyWebhook, no model check', base: 'floor + JSON.parse' },
  { name: 'verifyWebhook (Buffer body)', base: 'floor + JSON.parse' },
  { name: 'verifyWebhook on Web Crypto', base: 'floor + JSON.parse' },
];

const loadBefore = loadavg();
const sdk = await loadSdk();
const results = new Map<SizeLabel, Map<string, Measured>>();
for (const [label, size] of SIZES) {
  results.set(label, await measure(await casesFor(sdk, bodyOf(size)), rows));
}

const pad = (text: string, width: number) => text.padEnd(width);
const of = (name: string, size: SizeLabel) => results.get(size)!.get(name)!;
console.log(
  `webhook verifications per second (median of ${PAIRS_MS} ms of paired ${BATCH_MS} ms batches per row), Node ${process.version}, load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`,
);
console.log(
  [
    pad('case', 34),
    pad('ratio of', 20),
    ...SIZES.map(([size]) => pad(`${size} verif/s`, 16) + pad('ratio', 7)),
    'target',
  ].join(' '),
);
const targets = [];
for (const { name, base, target } of rows) {
  const cells = SIZES.map(([size]) => {
    const { perSecond, ratio } = of(name, size);
    return pad(Math.round(perSecond).toLocaleString('en'), 16) + pad(ratio.toFixed(2), 7);
  });
  console.log([pad(name, 34), pad(base, 20), ...cells, target ? `≥ ${target}` : ''].join(' '));
  if (target === undefined) continue;
  for (const [size] of SIZES) {
    const value = Number(of(name, size).ratio.toFixed(3));
    targets.push({
      name: `${name} ×(${base}), ${size}`,
      value,
      limit: target,
      op: '>=',
      pass: value >= target,
    });
  }
}

const outDir = join(root, '.tmp', 'bench');
mkdirSync(outDir, { recursive: true });
const record = {
  rows: rows.map(({ name, base }) => ({
    name,
    base,
    ...Object.fromEntries(
      SIZES.flatMap(([size]) => [
        [`${size} /s`, Math.round(of(name, size).perSecond)],
        [`${size} ×`, Number(of(name, size).ratio.toFixed(3))],
      ]),
    ),
  })),
  targets,
};
writeFileSync(join(outDir, 'webhooks.json'), `${JSON.stringify(record, null, 2)}\n`);

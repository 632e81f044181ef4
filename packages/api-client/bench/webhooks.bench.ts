/**
 * @module
 * Webhook verification throughput (ARCHITECTURE.md §5): verifications per second at 1 KiB and 64 KiB
 * bodies, as ratios of the node:crypto floor — createHmac over `{id}.{timestamp}.{body}`, hex
 * decode of the received signature, timingSafeEqual — and of the floor plus JSON.parse. Targets:
 * signature-only verification ≥ 0.9× the floor, verification returning the event — its payload
 * checked against the model, as partners' `verifyWebhook` does — ≥ 0.9× floor + parse. The body is
 * a valid `order.created` event of API v2 padded to size in its order's metadata. For reference:
 * the same without the model check, a `Buffer` body (what `express.raw()` gives; it must also be checked and
 * decoded as UTF-8, which the string floor does not do), `@octokit/webhooks-methods` (GitHub's
 * scheme: body only, no timestamp or id) and our Web Crypto path. Rates are operations per CPU
 * second of this process; each ratio is the median over rounds of a case measured right after its
 * base. Run with `npm run bench webhooks`.
 */

import { createHmac, timingSafeEqual } from 'node:crypto';
import { verify as octokitVerify } from '@octokit/webhooks-methods';
import {
  signWebhook,
  verifyWebhook,
  verifyWebhookSignature,
  type WebhookHeaders,
} from '../src/webhooks/index.js';
import { createWebWebhookCrypto } from '../src/webhooks/crypto/web.js';
import { verifyWebhookUsing } from '../src/webhooks/verify.js';
import { verifyWebhook as verifyModelWebhook } from '../src/generated/v2/webhooks.js';
import { TESTING_DATA } from '../src/generated/v2/testing-data.js';

const ROUNDS = 7;
const ROUND_MS = 150;
const SECRET = 'whsec_bench_3a1f9c0e5b7d';
const ID = 'evt_01HZX3Q6W8J5K2M4N7P9R1T3V5';
const TIMESTAMP = Math.floor(Date.now() / 1000);

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

/**
 * Operations per CPU second of `run` over one round, sequential, awaiting each when it is async.
 * CPU time rather than wall time, because the machine is shared: time spent descheduled while
 * others run would otherwise count against whichever case happened to be running.
 */
async function round(run: Case): Promise<number> {
  let operations = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  while (performance.now() - start < ROUND_MS) {
    for (let i = 0; i < 64; i++) {
      const result = run();
      if (result instanceof Promise) await result;
    }
    operations += 64;
  }
  const used = process.cpuUsage(cpu);
  return operations / ((used.user + used.system) / 1e6);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

interface Row {
  name: string;
  /** The case this one is a ratio of. */
  base: string;
  target?: number;
}

interface Measured {
  perSecond: number;
  ratio: number;
}

/**
 * Each round measures a case right after its base, and the ratio of that pair is one sample: a
 * change in the machine's load between rounds then moves both sides of the ratio alike.
 */
async function measure(cases: Record<string, Case>, rows: Row[]): Promise<Map<string, Measured>> {
  const perSecond = new Map<string, number[]>(rows.map((row) => [row.name, []]));
  const ratios = new Map<string, number[]>(rows.map((row) => [row.name, []]));
  for (const run of Object.values(cases)) await round(run); // warm-up
  for (let r = 0; r < ROUNDS; r++) {
    for (const { name, base } of rows) {
      (globalThis as { gc?: () => void }).gc?.();
      const baseline = await round(cases[base]!);
      const measured = name === base ? baseline : await round(cases[name]!);
      perSecond.get(name)!.push(measured);
      ratios.get(name)!.push(measured / baseline);
    }
  }
  return new Map(
    rows.map(({ name }) => [
      name,
      { perSecond: median(perSecond.get(name)!), ratio: median(ratios.get(name)!) },
    ]),
  );
}

async function casesFor(body: string): Promise<Record<string, Case>> {
  const headers: WebhookHeaders = await signWebhook({
    id: ID,
    timestamp: TIMESTAMP,
    body,
    secrets: SECRET,
  });
  const hex = headers['X-Signature'].slice('sha256='.length);
  const github = `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;
  const bytes = Buffer.from(body);
  const webCrypto = createWebWebhookCrypto(globalThis.crypto.subtle);

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
    'verifyWebhookSignature (string)': () =>
      check(verifyWebhookSignature({ body, headers, secrets: SECRET })),
    'verifyWebhook, model-checked (string)': () =>
      check(verifyModelWebhook({ body, headers, secrets: SECRET })),
    'verifyWebhook, no model check (string)': () =>
      check(verifyWebhook({ body, headers, secrets: SECRET })),
    'verifyWebhook (Buffer)': () => check(verifyWebhook({ body: bytes, headers, secrets: SECRET })),
    'verifyWebhook (Web Crypto path)': () =>
      check(verifyWebhookUsing(webCrypto, { body, headers, secrets: SECRET })),
    '@octokit/webhooks-methods verify': () => check(octokitVerify(SECRET, body, github)),
  };
}

const rows: Row[] = [
  { name: 'floor', base: 'floor' },
  { name: 'floor + JSON.parse', base: 'floor' },
  { name: 'verifyWebhookSignature (string)', base: 'floor', target: 0.9 },
  { name: '@octokit/webhooks-methods verify', base: 'floor' },
  { name: 'verifyWebhook, model-checked (string)', base: 'floor + JSON.parse', target: 0.9 },
  { name: 'verifyWebhook, no model check (string)', base: 'floor + JSON.parse' },
  { name: 'verifyWebhook (Buffer)', base: 'floor + JSON.parse' },
  { name: 'verifyWebhook (Web Crypto path)', base: 'floor + JSON.parse' },
];

const results = new Map<string, Map<string, Measured>>();
for (const [label, size] of [
  ['1 KiB', 1024],
  ['64 KiB', 64 * 1024],
] as const) {
  results.set(label, await measure(await casesFor(bodyOf(size)), rows));
}

const pad = (text: string, width: number) => text.padEnd(width);
const header = [
  pad('case', 40),
  pad('ratio vs', 20),
  ...[...results.keys()].map((size) => pad(`${size} verif/s`, 16) + pad('ratio', 7)),
  'target',
];
console.log(
  `webhook verification per CPU second (median of ${ROUNDS} rounds of ${ROUND_MS} ms; ratio = median of paired rounds), Node ${process.version}`,
);
console.log(header.join(' '));
let missed = 0;
for (const { name, base, target } of rows) {
  const cells = [...results.values()].map((measured) => {
    const { perSecond, ratio } = measured.get(name)!;
    if (target !== undefined && ratio < target) missed++;
    return pad(Math.round(perSecond).toLocaleString('en'), 16) + pad(ratio.toFixed(2), 7);
  });
  const goal = target === undefined ? '' : `≥ ${target.toFixed(2)}`;
  console.log([pad(name, 40), pad(base, 20), ...cells, goal].join(' '));
}
console.log(
  missed === 0 ? 'All targets met.' : `${missed} ratio(s) below target on this run (shared CPU?).`,
);

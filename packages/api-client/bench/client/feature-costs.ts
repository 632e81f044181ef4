/**
 * @module bench/client/feature-costs
 *
 * What each behaviour our client must have costs on raw fetch alone, in a process of its own:
 * the per-attempt timeout (an AbortController, a timer and the signal handed to fetch), the
 * SDK's request headers, and `redirect: 'manual'` with the response headers copied out. All
 * variants are warmed together, then measured in short interleaved rounds; each prints the
 * median over rounds of its CPU per call as a ratio to raw fetch in the same round, as JSON
 * `[[name, ratio], …]`. Sequential calls (1 in flight).
 *
 * Usage: `feature-costs.ts`, with `BENCH_BASE_URL` and `BENCH_OURS` in the environment.
 */
import { OURS_FETCH, createContestant, type OurModule } from './contestants.js';
import { median, run, warmUp, type Call } from './run.js';

const baseUrl = process.env.BENCH_BASE_URL as string;
const ours = (await import(process.env.BENCH_OURS as string)) as OurModule;
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
const oursFetch = await createContestant(OURS_FETCH, baseUrl, ours);
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
  [`${OURS_FETCH}`, oursFetch.calls.GET],
];
await warmUp(
  variants.map(([, call]) => call),
  6,
);
const ratios = new Map<string, number[]>(variants.map(([name]) => [name, []]));
for (let round = 0; round < 15; round++) {
  const cpu = new Map<string, number>();
  // Rotated, so that no variant always follows the same one.
  for (let i = 0; i < variants.length; i++) {
    const [name, call] = variants[(i + round) % variants.length] as [string, Call];
    cpu.set(name, (await run(call, 500, 1)).cpuUs);
  }
  for (const [name] of variants) {
    ratios.get(name)?.push((cpu.get(name) ?? NaN) / (cpu.get('raw fetch') ?? NaN));
  }
}
oursFetch.close();
console.log(JSON.stringify(variants.map(([name]) => [name, median(ratios.get(name) ?? [])])));

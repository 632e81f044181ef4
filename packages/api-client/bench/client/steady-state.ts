/**
 * @module bench/client/steady-state
 *
 * Measures one contestant of the client bench in a process of its own, so no other client's
 * code shares its JIT feedback (one client alone in a process is what partners run, and in a
 * shared process whichever client ran last slows the next one down while V8 re-optimises Node's
 * shared stream and socket code). The contestant is warmed to steady state, then measured in
 * interleaved blocks; the best block (`bestSample`) of each workload and concurrency is printed
 * as one JSON line: `{ name, GET: { c1, c32 }, list: { c1, c32 }, rssMiB }`.
 *
 * Usage: `steady-state.ts <contestant>`, with `BENCH_BASE_URL` (the bench server) and
 * `BENCH_OURS` (our client, built by `client.bench.ts`) in the environment.
 */
import {
  CONTESTANTS,
  WORKLOADS,
  createContestant,
  type ContestantName,
  type OurModule,
  type Workload,
} from './contestants.js';
import { bestSample, run, warmUp, type Sample } from './run.js';

/** Blocks of 1,000 calls per workload before measuring (alternately 1 and 32 in flight). */
const WARM_BLOCKS = Number(process.env.BENCH_WARM_BLOCKS ?? 6);
/** Measured blocks per workload and concurrency, and calls per measured block. */
const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 6);
const BLOCK_CALLS = 500;

const name = process.argv[2] as ContestantName;
if (!CONTESTANTS.includes(name)) throw new Error(`unknown contestant ${JSON.stringify(name)}`);
const baseUrl = process.env.BENCH_BASE_URL as string;
const ours = (await import(process.env.BENCH_OURS as string)) as OurModule;

const contestant = await createContestant(name, baseUrl, ours);
await warmUp(Object.values(contestant.calls), WARM_BLOCKS);
const blocks = new Map<string, Sample[]>();
for (let block = 0; block < BLOCKS; block++) {
  for (const w of WORKLOADS) {
    for (const inFlight of [1, 32]) {
      const key = `${w} ${inFlight}`;
      blocks.set(key, [
        ...(blocks.get(key) ?? []),
        await run(contestant.calls[w], BLOCK_CALLS, inFlight),
      ]);
    }
  }
}
contestant.close();
const result = (w: Workload): { c1: Sample; c32: Sample } => ({
  c1: bestSample(blocks.get(`${w} 1`) ?? []),
  c32: bestSample(blocks.get(`${w} 32`) ?? []),
});
process.stdout.write(
  `${JSON.stringify({
    name,
    GET: result('GET'),
    list: result('list'),
    rssMiB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);

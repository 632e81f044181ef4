/**
 * @module bench/client/run
 *
 * The measuring loop shared by the client bench's processes: `calls` calls with `inFlight` at a
 * time, timed, with the CPU this process spent on them.
 */

/** One call of a contestant. */
export type Call = () => Promise<unknown>;

/** What one run measured. */
export interface Sample {
  readonly rps: number;
  /** CPU (user + system) of this process per call, in microseconds. */
  readonly cpuUs: number;
}

/** Runs `calls` calls of `call`, `inFlight` at a time. */
export async function run(call: Call, calls: number, inFlight: number): Promise<Sample> {
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

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * The best of a series of runs: the highest requests/s and the lowest CPU per call. On this
 * kind of machine (a VM on loopback) noise only ever slows a run down — a sleeping vCPU takes
 * hundreds of microseconds to wake, so a block of sequential calls runs at either about
 * 2,000 or about 5,000 requests/s by chance — and the best run is the one it disturbed least.
 */
export function bestSample(samples: readonly Sample[]): Sample {
  return {
    rps: Math.max(...samples.map((s) => s.rps)),
    cpuUs: Math.min(...samples.map((s) => s.cpuUs)),
  };
}

/**
 * Warms `calls` up to steady state. V8 needs thousands of calls before undici's fetch or
 * `node:http` reach their optimised code (a cold process runs raw fetch at a third of its warm
 * rate), so every contestant gets the same long warm-up, alternating 1 and 32 in flight.
 */
export async function warmUp(
  calls: readonly Call[],
  blocks: number,
  blockCalls = 1000,
): Promise<void> {
  for (let block = 0; block < blocks; block++) {
    for (const call of calls) await run(call, blockCalls, block % 2 === 0 ? 1 : 32);
  }
}

/**
 * @module bench/client/profile
 *
 * Where our client's CPU goes at 32 calls in flight, in a process of its own after the same
 * warm-up as the measured contestants: self time by origin, the costliest functions overall and
 * those of the runtime, as shares of all samples. Prints the report's lines.
 *
 * Usage: `profile.ts [calls]`, with `BENCH_BASE_URL` and `BENCH_OURS` in the environment.
 */
import { Session } from 'node:inspector/promises';

import { OURS_NODE, createContestant, type OurModule } from './contestants.js';
import { run, warmUp } from './run.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

const calls = Number(process.argv[2] ?? 6000);
const ours = (await import(process.env.BENCH_OURS as string)) as OurModule;
const contestant = await createContestant(OURS_NODE, process.env.BENCH_BASE_URL as string, ours);
const call = contestant.calls.GET;
await warmUp([call], 10);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 50 });
await session.post('Profiler.start');
await run(call, calls, 32);
const { profile } = (await session.post('Profiler.stop')) as {
  profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
};
session.disconnect();
contestant.close();

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const byOrigin = new Map<string, number>();
const byFunction = new Map<string, number>();
const byRuntimeFunction = new Map<string, number>();
const runtimeFile = (process.env.BENCH_OURS as string).slice(
  (process.env.BENCH_OURS as string).lastIndexOf('/'),
);
let total = 0;
profile.samples.forEach((id, index) => {
  const delta = profile.timeDeltas[index] ?? 0;
  const frame = nodes.get(id)?.callFrame;
  if (frame === undefined) return;
  total += delta;
  const url = frame.url;
  const origin = url.endsWith(runtimeFile)
    ? '@platform/api-client runtime'
    : url.startsWith('node:') || url === ''
      ? frame.functionName.startsWith('(')
        ? frame.functionName
        : 'node core + undici'
      : url.includes('/bench/')
        ? 'bench harness'
        : 'other';
  byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + delta);
  const file =
    url === '' ? '' : ` (${url.slice(url.lastIndexOf('/') + 1)}:${frame.lineNumber + 1})`;
  const name = `${frame.functionName || '(anonymous)'}${file}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + delta);
  if (origin === '@platform/api-client runtime') {
    byRuntimeFunction.set(name, (byRuntimeFunction.get(name) ?? 0) + delta);
  }
});
const share = (us: number): string =>
  `${((us / total) * 100).toFixed(1).padStart(5)} %  ${(us / calls).toFixed(1)} µs/call`;
const top = (map: Map<string, number>): string[] =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([name, us]) => `    ${share(us)}  ${name}`);
console.log(
  [
    ...[...byOrigin].sort((a, b) => b[1] - a[1]).map(([origin, us]) => `  ${share(us)}  ${origin}`),
    '  costliest functions (self time):',
    ...top(byFunction),
    '  costliest runtime functions (self time):',
    ...top(byRuntimeFunction),
  ].join('\n'),
);

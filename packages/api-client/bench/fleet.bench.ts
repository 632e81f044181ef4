/**
 * @module bench/fleet
 *
 * Fleet mode (ARCHITECTURE.md §4.7), against a real `redis-server` and the loopback server of
 * `client.bench.ts` in its own process:
 *
 * - token requests of a fleet of 8 processes making back-to-back bursts of concurrent calls for
 *   three lifetimes of 4 s tokens, with the shared Redis cache and with each process on its own;
 * - the added p50 per call of the shared cache against the in-memory cache, in one process,
 *   with sequential calls on a fresh token, and how many Redis commands those calls sent (the
 *   target: none on the hot path while the local copy is fresh).
 */
import { createClient } from 'redis';
import { createRedisTokenCache } from '../src/redis/index.js';
import { InMemoryTokenCache, type TokenCache } from '../src/runtime/index.js';
import {
  bundleFleetMember,
  removeFleetBundle,
  startFleet,
  stopFleet,
} from '../test/redis/support/fleet.js';
import type { FleetMemberConfig } from '../test/redis/support/fleet-protocol.js';
import { startRedisServer } from '../test/redis/support/redis-server.js';
import { CommercialClient, GetOrderCommand } from '../test/runtime/support/orders.js';
import { startBenchServer } from './client/processes.js';
import { median } from './client/run.js';

const MEMBERS = 8;
const CALLS = Number(process.env.BENCH_FLEET_CALLS ?? 100);
const LIFETIME_S = 4;
const LIFETIMES = 3;
const LATENCY_CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const tokenRequests = async (baseUrl: string): Promise<number> =>
  ((await (await fetch(`${baseUrl}/stats`)).json()) as { tokenRequests: number }).tokenRequests;

/** Token requests of 8 processes over {@link LIFETIMES} lifetimes of back-to-back bursts. */
async function fleetTokenRequests(
  bundle: string,
  redisUrl: string,
  baseUrl: string,
  tokenCache: FleetMemberConfig['tokenCache'],
): Promise<{ requests: number; lifetimes: number; calls: number }> {
  const short = `${baseUrl}/short`;
  const { members } = await startFleet(
    bundle,
    Array.from({ length: MEMBERS }, () => ({
      role: 'client' as const,
      redisUrl,
      baseUrl: short,
      tokenUrl: `${short}/oauth/token`,
      clientId: 'bench',
      clientSecret: 'bench-secret',
      webhookSecret: 'unused',
      tokenCache,
      commandTimeoutMs: 500,
      failing: false,
    })),
  );
  try {
    const before = await tokenRequests(baseUrl);
    const start = performance.now();
    let calls = 0;
    while (performance.now() - start < LIFETIMES * LIFETIME_S * 1000) {
      const results = await Promise.all(members.map((m) => m.burst(CALLS)));
      calls += results.reduce((n, r) => n + r.ok, 0);
    }
    const seconds = (performance.now() - start) / 1000;
    return {
      requests: (await tokenRequests(baseUrl)) - before,
      lifetimes: seconds / LIFETIME_S,
      calls,
    };
  } finally {
    await stopFleet(members);
  }
}

/** p50 per call (µs) of sequential calls with each cache, interleaved over rounds. */
async function latencies(
  baseUrl: string,
  caches: readonly [string, TokenCache][],
  warmedUp: () => void,
): Promise<Map<string, number>> {
  const clients = caches.map(
    ([name, tokenCache]) =>
      [
        name,
        new CommercialClient({
          clientId: 'bench',
          clientSecret: 'bench-secret',
          environment: 'local',
          baseUrl,
          tokenUrl: `${baseUrl}/oauth/token`,
          tokenCache,
        }),
      ] as const,
  );
  const command = new GetOrderCommand({ orderId: 'ord_0001' });
  for (const [, client] of clients) for (let i = 0; i < 200; i++) await client.send(command);
  warmedUp();
  const samples = new Map<string, number[]>(caches.map(([name]) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, client] of clients) {
      for (let i = 0; i < LATENCY_CALLS / ROUNDS; i++) {
        const start = performance.now();
        await client.send(command);
        samples.get(name)?.push((performance.now() - start) * 1000);
      }
    }
  }
  for (const [, client] of clients) client.destroy();
  return new Map([...samples].map(([name, values]) => [name, median(values)]));
}

async function main(): Promise<void> {
  const [redis, { child, baseUrl }, bundle] = await Promise.all([
    startRedisServer(),
    startBenchServer(),
    bundleFleetMember(),
  ]);
  const redisClient = createClient({ url: redis.url, disableOfflineQueue: true });
  redisClient.on('error', () => undefined);
  await redisClient.connect();
  try {
    const shared = await fleetTokenRequests(bundle, redis.url, baseUrl, 'redis');
    const alone = await fleetTokenRequests(bundle, redis.url, baseUrl, 'memory');

    let commands = 0;
    const counted = {
      sendCommand: (args: string[]) => {
        commands += 1;
        return redisClient.sendCommand(args);
      },
    };
    let commandsAfterWarmUp = 0;
    const p50 = await latencies(
      baseUrl,
      [
        ['InMemoryTokenCache', new InMemoryTokenCache()],
        ['createRedisTokenCache', createRedisTokenCache({ client: counted })],
      ],
      () => (commandsAfterWarmUp = commands),
    );

    const perLifetime = (r: typeof shared) => (r.requests / r.lifetimes).toFixed(2);
    const memory = p50.get('InMemoryTokenCache') ?? NaN;
    const redisP50 = p50.get('createRedisTokenCache') ?? NaN;
    console.log(
      `\nfleet of ${MEMBERS} processes, back-to-back bursts of ${CALLS} concurrent calls each, ` +
        `${LIFETIME_S} s tokens (refreshed ahead at half their lifetime), ${LIFETIMES} lifetimes`,
    );
    console.log(
      `fleet row: token requests per token lifetime ${perLifetime(shared)} for the fleet with ` +
        `createRedisTokenCache (${shared.requests} in ${shared.lifetimes.toFixed(1)} lifetimes, ` +
        `${shared.calls} calls), ${perLifetime(alone)} with one cache per process ` +
        `(${alone.requests} in ${alone.lifetimes.toFixed(1)} lifetimes)`,
    );
    console.log(
      `added p50 per call, shared cache against in-memory: ${(redisP50 - memory).toFixed(0)} µs ` +
        `(${redisP50.toFixed(0)} µs against ${memory.toFixed(0)} µs, ${LATENCY_CALLS} sequential calls each); ` +
        `Redis commands on the hot path: ${commands - commandsAfterWarmUp} in ${LATENCY_CALLS} calls ` +
        `(${commandsAfterWarmUp} to fetch the first token)`,
    );
    console.log(
      'targets: the fleet fetches like one process (≤ 2 per lifetime with refresh at half-life, 8× fewer than alone), 0 Redis commands on the hot path',
    );
  } finally {
    await redisClient.close();
    child.kill('SIGTERM');
    await redis.close();
    removeFleetBundle(bundle);
  }
}

await main();

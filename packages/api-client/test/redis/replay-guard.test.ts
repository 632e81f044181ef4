/**
 * The replay guards' contract, in memory and on a real `redis-server`: the first delivery of an
 * id is taken, repeats are not, a released id is taken again, ids expire after the time to
 * live, bad ids and options are refused, and Redis trouble rejects instead of guessing. Several
 * processes at once are in `fleet.test.ts`.
 */
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createMemoryReplayGuard,
  createRedisReplayGuard,
  DEFAULT_REPLAY_GUARD_TTL_SECONDS,
  RedisUnavailableError,
  type ReplayGuard,
} from '../../src/redis/index.js';
import { isConfigurationError } from '../../src/runtime/index.js';
import { startRedisServer, type RedisServer } from './support/redis-server.js';

type NodeRedis = ReturnType<typeof createClient>;

let redis: RedisServer;
let client: NodeRedis;

beforeAll(async () => {
  redis = await startRedisServer();
  client = createClient({ url: redis.url });
  await client.connect();
}, 30_000);
afterEach(() => {
  vi.useRealTimers();
});
afterAll(async () => {
  await client?.close();
  await redis?.close();
});

const guards: [string, () => ReplayGuard][] = [
  ['in memory', () => createMemoryReplayGuard()],
  ['on Redis', () => createRedisReplayGuard({ client, keyPrefix: `t${Math.random()}:` })],
];

describe.each(guards)('a replay guard %s', (_name, make) => {
  it('takes the first delivery of an id, and no repeat', async () => {
    const guard = make();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => guard.firstDelivery('evt_1')),
    );
    expect(answers.filter(Boolean)).toHaveLength(1);
    expect(await guard.firstDelivery('evt_2')).toBe(true);
  });

  it('takes an id again once it is released', async () => {
    const guard = make();
    expect(await guard.firstDelivery('evt_1')).toBe(true);
    await guard.release('evt_1');
    expect(await guard.firstDelivery('evt_1')).toBe(true);
    expect(await guard.firstDelivery('evt_1')).toBe(false);
  });

  it('refuses what cannot be a delivery id', async () => {
    const guard = make();
    await expect(guard.firstDelivery('')).rejects.toThrow(TypeError);
    await expect(guard.firstDelivery('x'.repeat(257))).rejects.toThrow(TypeError);
    await expect(guard.release(7 as unknown as string)).rejects.toThrow(TypeError);
  });
});

describe('the in-memory guard', () => {
  it('forgets an id once its time to live has passed', async () => {
    vi.useFakeTimers({ now: 0 });
    const guard = createMemoryReplayGuard({ ttlSeconds: 60 });
    expect(await guard.firstDelivery('evt_1')).toBe(true);
    vi.setSystemTime(59_999);
    expect(await guard.firstDelivery('evt_1')).toBe(false);
    vi.setSystemTime(60_000);
    expect(await guard.firstDelivery('evt_1')).toBe(true);
  });

  it('refuses a time to live that is not a whole number of seconds', () => {
    for (const ttlSeconds of [0, -1, 1.5, Number.NaN]) {
      expect(() => createMemoryReplayGuard({ ttlSeconds })).toThrow(/ttlSeconds/);
    }
  });
});

describe('the Redis guard', () => {
  it('writes one key per id under its prefix, expiring after the time to live', async () => {
    const guard = createRedisReplayGuard({ client, keyPrefix: 'app:' });
    await guard.firstDelivery('evt_ttl');
    expect(await client.get('app:webhook:evt_ttl')).toBe('1');
    const ttl = await client.ttl('app:webhook:evt_ttl');
    expect(ttl).toBeGreaterThan(DEFAULT_REPLAY_GUARD_TTL_SECONDS - 5);
    expect(ttl).toBeLessThanOrEqual(DEFAULT_REPLAY_GUARD_TTL_SECONDS);
    await createRedisReplayGuard({ client, ttlSeconds: 30, keyPrefix: 'short:' }).firstDelivery(
      'e',
    );
    expect(await client.ttl('short:webhook:e')).toBeLessThanOrEqual(30);
  });

  it('rejects with RedisUnavailableError when Redis does not answer, rather than guess', async () => {
    const admin = createClient({ url: redis.url });
    await admin.connect();
    const sleeping = admin.sendCommand(['DEBUG', 'SLEEP', '0.4']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const guard = createRedisReplayGuard({ client, commandTimeoutMs: 100 });
    await expect(guard.firstDelivery('evt_down')).rejects.toBeInstanceOf(RedisUnavailableError);
    await sleeping;
    await admin.close();
  });

  it('refuses bad options with a ConfigurationError naming the option', () => {
    for (const [options, option] of [
      [{ client: {} }, 'client'],
      [{ client, ttlSeconds: 0 }, 'ttlSeconds'],
      [{ client, keyPrefix: null }, 'keyPrefix'],
    ] as const) {
      try {
        createRedisReplayGuard(options as never);
        expect.unreachable();
      } catch (error) {
        expect(isConfigurationError(error)).toBe(true);
        expect((error as { option: string }).option).toBe(option);
      }
    }
  });
});

/**
 * The Redis token cache in one process, against a real `redis-server`: the per-command timeout
 * (a reply that arrived is read however busy the process; a Redis that really stalls is left
 * behind), garbage in replies and in stored values, a failed fetch releasing the lock at once,
 * its `TokenCache` methods, option checks, and the privacy net over everything it shows.
 */
import type { ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commandRunner, RedisUnavailableError } from '../../src/redis/commands.js';
import {
  createRedisTokenCache,
  type RedisCommandClient,
  type RedisTokenCacheOptions,
} from '../../src/redis/index.js';
import { isConfigurationError, tokenCacheKey } from '../../src/runtime/index.js';
import {
  ORDER,
  sendJson,
  startLoopbackServer,
  type LoopbackServer,
} from '../runtime/support/loopback-server.js';
import { Commercial } from '../runtime/support/orders.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  issueToken,
  leaks,
  observe,
  observedCount,
  recordingLogger,
} from '../runtime/support/privacy.js';
import { startRedisServer, type RedisServer } from './support/redis-server.js';

type NodeRedis = ReturnType<typeof createClient>;

let redis: RedisServer;
let server: LoopbackServer;
let client: NodeRedis;
/** A second connection, for DEBUG SLEEP and for looking at what the cache wrote. */
let admin: NodeRedis;

beforeAll(async () => {
  [redis, server] = await Promise.all([startRedisServer(), startLoopbackServer()]);
  client = createClient({ url: redis.url, disableOfflineQueue: true });
  admin = createClient({ url: redis.url });
  client.on('error', () => undefined);
  await Promise.all([client.connect(), admin.connect()]);
}, 30_000);
beforeEach(async () => {
  server.reset();
  await admin.flushAll();
});
afterEach(() => server.reset());
afterAll(async () => {
  await Promise.all([client?.close(), admin?.close()]);
  await Promise.all([server?.close(), redis?.close()]);
  expect(observedCount()).toBeGreaterThan(5);
  expect(leaks()).toEqual([]);
});

function commercial(options: Partial<RedisTokenCacheOptions> = {}) {
  const logger = recordingLogger();
  const tokenCache = observe(createRedisTokenCache({ client, ...options }));
  const made = new Commercial({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    environment: 'local',
    baseUrl: server.baseUrl,
    tokenUrl: server.tokenUrl,
    tokenCache,
    logger,
  });
  return { client: made, logger, tokenCache };
}

/** Keeps this process's event loop busy for `ms`, as a burst of work would. */
function busy(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // spinning on purpose
  }
}

describe('a Redis command', () => {
  it('reads a reply that arrived while the process was too busy to read it before its timeout', async () => {
    await admin.set('k', 'v');
    const run = commandRunner(client, 50);
    const reply = run(['GET', 'k']);
    busy(300);
    await expect(reply).resolves.toBe('v');
  });

  it('gives up with RedisUnavailableError when Redis really does not answer in time', async () => {
    const sleeping = admin.sendCommand(['DEBUG', 'SLEEP', '0.5']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const error = await commandRunner(client, 100)(['GET', 'k']).catch((e: unknown) => e);
    await sleeping;
    expect(error).toBeInstanceOf(RedisUnavailableError);
    expect((error as Error).message).toBe('Redis GET did not answer within 100 ms');
  });
});

describe('the token cache', () => {
  it('stores the token sealed, and a second client of the process reads it', async () => {
    const first = commercial();
    await first.client.getOrder({ orderId: 'x' });
    await commercial().client.getOrder({ orderId: 'x' });
    expect(server.tokenRequests).toHaveLength(1);
    const keys = await admin.keys('*');
    expect(keys).toEqual([expect.stringMatching(/^platform-api-client:token:\{[\w-]{22}\}$/)]);
    expect(await admin.get(keys[0]!)).toMatch(/^v1\.[\w-]{22}\.[\w-]{16}\.[\w-]+$/);
  });

  it('goes on with the process’s own token when Redis stalls, and warns once', async () => {
    const { client: made, logger } = commercial({ commandTimeoutMs: 100 });
    const sleeping = admin.sendCommand(['DEBUG', 'SLEEP', '0.6']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const outputs = await Promise.all([
      made.getOrder({ orderId: 'x' }),
      made.getOrder({ orderId: 'y' }),
    ]);
    await sleeping;
    expect(outputs.map((o) => o.order?.orderId)).toEqual([ORDER.orderId, ORDER.orderId]);
    expect(server.tokenRequests).toHaveLength(1);
    const warnings = logger.lines.filter((l) => l.startsWith('warn'));
    expect(warnings).toEqual([
      'warn platform-api-client: Redis token cache unavailable, this process uses its own token until it is back: Redis GET did not answer within 100 ms',
    ]);
  });

  it('goes on with its own token when the client answers garbage', async () => {
    const garbage: RedisCommandClient = { sendCommand: () => Promise.resolve(42) };
    const { client: made, logger } = commercial({ client: garbage });
    expect((await made.getOrder({ orderId: 'x' })).order?.orderId).toBe(ORDER.orderId);
    expect(logger.lines.filter((l) => l.startsWith('warn'))).toEqual([
      'warn platform-api-client: Redis token cache unavailable, this process uses its own token until it is back: Redis GET answered with number, which it never should',
    ]);
  });

  it('treats a stored value it cannot open as no token, and replaces it', async () => {
    await commercial().client.getOrder({ orderId: 'x' });
    const [key] = await admin.keys('*');
    const [version, id, iv, ciphertext = ''] = (await admin.get(key!))!.split('.');
    // One ciphertext character changed: its first, which carries six whole bits.
    const tampered = `${version}.${id}.${iv}.${ciphertext.startsWith('A') ? 'B' : 'A'}${ciphertext.slice(1)}`;
    for (const junk of ['garbage', 'v1.a.b.c', tampered]) {
      await admin.set(key!, junk);
      await commercial().client.getOrder({ orderId: 'x' });
      expect(await admin.get(key!)).not.toBe(junk);
    }
    expect(server.tokenRequests).toHaveLength(4);
  });

  it('releases the lock as soon as its fetch fails, so a waiter takes over at once', async () => {
    const held: ServerResponse[] = [];
    server.token((_request, response) => {
      if (held.length === 0) {
        held.push(response);
        return;
      }
      sendJson(response, 200, {
        access_token: issueToken('after'),
        token_type: 'Bearer',
        expires_in: 900,
      });
    });
    const failing = commercial().client.getOrder({ orderId: 'x' });
    while (held.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const waiting = commercial().client.getOrder({ orderId: 'x' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    sendJson(held[0]!, 400, { error: 'invalid_grant' });
    const failedAt = Date.now();
    expect(observe(await failing.catch((e: unknown) => e))).toMatchObject({
      error: 'invalid_grant',
    });
    expect((await waiting).order?.orderId).toBe(ORDER.orderId);
    expect(Date.now() - failedAt).toBeLessThan(1_000);
    expect(server.tokenRequests).toHaveLength(2);
  });

  it('answers get, set and delete for the keys of this process’s clients only', async () => {
    const { client: made, tokenCache } = commercial();
    await made.getOrder({ orderId: 'x' });
    const key = await tokenCacheKey({
      tokenUrl: server.tokenUrl,
      clientId: CLIENT_ID,
      scopes: made.config.scopes,
      clientSecret: CLIENT_SECRET,
    });
    const stored = await tokenCache.get(key);
    expect(stored?.accessToken).toMatch(/^at_/);
    await tokenCache.delete(key, 'another token');
    expect((await tokenCache.get(key))?.accessToken).toBe(stored?.accessToken);
    await tokenCache.delete(key, stored!.accessToken);
    expect(await tokenCache.get(key)).toBeUndefined();
    expect(await tokenCache.get('a key no client here used')).toBeUndefined();
    await expect(tokenCache.set('a key no client here used', stored!)).rejects.toThrow(TypeError);
  });

  it('refuses bad options with a ConfigurationError naming the option', () => {
    const option = (options: unknown) => {
      try {
        createRedisTokenCache(options as RedisTokenCacheOptions);
      } catch (error) {
        expect(isConfigurationError(observe(error))).toBe(true);
        return (error as { option: string }).option;
      }
      return 'accepted';
    };
    expect(option(undefined)).toBe('options');
    expect(option({})).toBe('client');
    expect(option({ client: { get: () => null } })).toBe('client');
    expect(option({ client, keyPrefix: 7 })).toBe('keyPrefix');
    expect(option({ client, commandTimeoutMs: 0 })).toBe('commandTimeoutMs');
    expect(option({ client, commandTimeoutMs: 1.5 })).toBe('commandTimeoutMs');
    expect(option({ client, keyPrefix: 'app:' })).toBe('accepted');
  });

  it('shows no secret or token in what it prints', async () => {
    const { client: made, tokenCache } = commercial();
    await made.getOrder({ orderId: 'x' });
    observe(tokenCache);
    expect(inspect(tokenCache, { showHidden: true, depth: 20 })).not.toContain(CLIENT_SECRET);
  });
});

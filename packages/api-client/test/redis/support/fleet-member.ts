/**
 * @module test/redis/support/fleet-member
 *
 * One process of the fleet, as a partner runs it: a node-redis client, the SDK's Redis token
 * cache and replay guard, and either an API client (`role: 'client'`) or a webhook endpoint
 * (`role: 'webhooks'`). The test process starts several of them (`fleet.ts`) and drives them
 * over IPC; this file is bundled by esbuild and run with plain Node, so each one is a real,
 * separate process with its own event loop.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from 'redis';
import { Commercial, FetchTransport } from '../../../src/generated/v2/index.js';
import { createRedisReplayGuard, createRedisTokenCache } from '../../../src/redis/index.js';
import { verifyWebhook } from '../../../src/webhooks/index.js';
import type { FleetMemberConfig, MemberMessage, ParentMessage } from './fleet-protocol.js';

const config = JSON.parse(process.env['FLEET_MEMBER'] ?? '{}') as FleetMemberConfig;
const send = (message: MemberMessage): void => {
  process.send?.(message);
};

const redis = createClient({ url: config.redisUrl, disableOfflineQueue: true });
// node-redis reports a lost connection as an 'error' event, and reconnects by itself.
redis.on('error', () => undefined);
await redis.connect();

process.on('message', (message: ParentMessage) => {
  if (message.type !== 'redis-ready') return;
  const check = (): void => {
    if (redis.isReady) send({ type: 'redis-ready' });
    else setTimeout(check, 20);
  };
  check();
});

const warnings: string[] = [];
const notices: string[] = [];
const logger = {
  trace: () => undefined,
  debug: () => undefined,
  info: (message: string) => notices.push(message),
  warn: (message: string) => warnings.push(message),
  error: (message: string) => warnings.push(message),
};

if (config.role === 'client') {
  const sent = new Set<string>();
  const inner = new FetchTransport();
  const client = new Commercial({
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    environment: 'local',
    baseUrl: config.baseUrl,
    tokenUrl: config.tokenUrl,
    tokenCache:
      config.tokenCache === 'redis'
        ? createRedisTokenCache({ client: redis, commandTimeoutMs: config.commandTimeoutMs })
        : undefined,
    logger,
    requestHandler: {
      handle(request, options) {
        const authorization = request.headers['authorization'];
        if (authorization?.startsWith('Bearer ')) sent.add(authorization.slice(7));
        return inner.handle(request, options);
      },
    },
  });
  process.on('message', (message: ParentMessage) => {
    if (message.type !== 'burst') return;
    const failures: Record<string, number> = {};
    void Promise.allSettled(
      Array.from({ length: message.calls }, () => client.getOrder({ orderId: 'ord_1' })),
    ).then((results) => {
      for (const result of results) {
        if (result.status === 'fulfilled') continue;
        const code = (result.reason as { code?: string }).code ?? String(result.reason);
        failures[code] = (failures[code] ?? 0) + 1;
      }
      send({
        type: 'burst-done',
        ok: results.filter((r) => r.status === 'fulfilled').length,
        failures,
        tokensSent: [...sent],
        warnings: [...warnings],
        notices: [...notices],
      });
    });
  });
  send({ type: 'ready' });
} else {
  const guard = createRedisReplayGuard({
    client: redis,
    commandTimeoutMs: config.commandTimeoutMs,
  });
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void (async () => {
        const { event, id } = await verifyWebhook({
          body: Buffer.concat(chunks),
          headers: request.headers,
          secrets: [config.webhookSecret],
        });
        if (!(await guard.firstDelivery(id))) {
          response.writeHead(200).end('duplicate');
          return;
        }
        try {
          send({ type: 'handled', id, eventType: String(event.type), failed: config.failing });
          // A member whose handler fails stands for one whose database is down.
          if (config.failing) throw new Error('handler failed');
          response.writeHead(204).end();
        } catch {
          await guard.release(id);
          response.writeHead(500).end('handler failed');
        }
      })().catch(() => response.writeHead(400).end('rejected'));
    });
  });
  server.listen(0, '127.0.0.1', () => {
    send({ type: 'ready', port: (server.address() as AddressInfo).port });
  });
}

/**
 * @module `startSandbox`: builds one sandbox (its own keys, applications, data, faults, limits)
 * and serves it over HTTP on loopback with `@hono/node-server`, returning its URLs, its demo
 * credentials and handles for tests.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { HttpBindings } from '@hono/node-server';
import { createApp } from './app.js';
import { AuditLog } from './audit/audit-log.js';
import { SandboxClock } from './clock.js';
import type { SandboxContext } from './context.js';
import { FaultRegistry } from './faults/fault-registry.js';
import { RateLimiter } from './limits/rate-limiter.js';
import type { RateLimitBudget } from './limits/rate-limiter.js';
import { AccessTokenAuthority } from './oauth/access-tokens.js';
import { TOKEN_PATH } from './oauth/token-endpoint.js';
import { resolveOptions } from './options.js';
import type { StartSandboxOptions } from './options.js';
import { ApplicationRegistry } from './state/applications.js';
import { DEMO_PARTNER_ID, defaultClients } from './state/demo-clients.js';
import type { SandboxClient } from './state/demo-clients.js';

/** Scopes known until the API is bound from the model. */
const DEFAULT_SCOPES = [
  'commercial:read',
  'commercial:write',
  'applications:read',
  'applications:write',
  'users:read',
];

/** Credentials of one application, as `--json` prints them. */
export interface SandboxClientCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scopes: readonly string[];
}

export interface RunningSandbox {
  /** `http://127.0.0.1:<port>`: API operations live under it (`/v2/orders`, ...). */
  readonly baseUrl: string;
  readonly tokenUrl: string;
  readonly port: number;
  readonly clients: readonly SandboxClientCredentials[];
  /** Fault rules, the same ones `/_sandbox/faults` manages. */
  readonly faults: FaultRegistry;
  readonly clock: SandboxClock;
  /** Sets one application's rate-limit budget (`null`: unlimited; `undefined`: the default). */
  setRateLimit(clientId: string, budget: RateLimitBudget | null | undefined): void;
  /** Stops listening, cuts open connections and cancels pending work. */
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

export async function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const resolved = resolveOptions(options);
  let handle: (request: Request, env: HttpBindings) => Response | Promise<Response> = () =>
    new Response('starting', { status: 503 });
  const server = createAdaptorServer({
    fetch: (request, env) => handle(request, env as HttpBindings),
    // The sandbox shares its process with tests and clients: leave the global Request alone.
    overrideGlobalObjects: false,
  }) as Server;
  const address = await listen(server, resolved.port, resolved.host);
  const baseUrl = `http://${urlHost(resolved.host)}:${address.port}`;

  const clock = new SandboxClock(resolved.now);
  const knownScopes = DEFAULT_SCOPES;
  const clients: readonly SandboxClient[] =
    resolved.clients ?? defaultClients(resolved.seed, knownScopes);
  const applications = new ApplicationRegistry(() => clock.now());
  for (const client of clients) {
    applications.add({
      ...client,
      partnerId: client.partnerId ?? DEMO_PARTNER_ID,
      name: client.name ?? client.clientId,
    });
  }
  const rateLimiter = new RateLimiter(() => clock.now(), resolved.rateLimit);
  for (const [clientId, budget] of Object.entries(resolved.rateLimits)) {
    rateLimiter.setBudget(clientId, budget);
  }
  const ctx: SandboxContext = {
    clock,
    settings: {
      maxBodyBytes: resolved.maxBodyBytes,
      retiredVersions: new Set(resolved.retiredVersions),
    },
    applications,
    tokens: await AccessTokenAuthority.create({
      clock,
      issuer: baseUrl,
      ttlSeconds: resolved.tokenTtlSeconds,
    }),
    knownScopes,
    faults: new FaultRegistry(),
    rateLimiter,
    audit: new AuditLog(),
  };
  const app = createApp(ctx, { baseUrl, logError: resolved.logError });
  handle = (request, env) => app.fetch(request, env);

  return {
    baseUrl,
    tokenUrl: `${baseUrl}${TOKEN_PATH}`,
    port: address.port,
    clients: clients.map(({ clientId, clientSecret, scopes }) => ({
      clientId,
      clientSecret,
      scopes,
    })),
    faults: ctx.faults,
    clock,
    setRateLimit: (clientId, budget) => rateLimiter.setBudget(clientId, budget),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

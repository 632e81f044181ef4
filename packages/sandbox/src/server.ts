/**
 * @module `startSandbox`: builds one sandbox from the model (its own keys, applications, seeded
 * data, faults, limits, webhooks) and serves it over HTTP on loopback with `@hono/node-server`,
 * returning its URLs, its demo credentials and handles for tests.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { HttpBindings } from '@hono/node-server';
import { loadApiModel } from './api/api-model.js';
import type { ApiModel } from './api/api-model.js';
import { clientSecretView } from './api/handlers/applications.js';
import { OPERATION_HANDLERS } from './api/handlers/index.js';
import type { Domain } from './api/handlers/types.js';
import { mountApi } from './api/mount-api.js';
import { createApp } from './app.js';
import { AuditLog } from './audit/audit-log.js';
import { corsOriginPolicy } from './http/cors.js';
import { unroutableRequestResponse } from './http/request-target.js';
import { SandboxClock } from './clock.js';
import type { SandboxContext } from './context.js';
import { FaultRegistry } from './faults/fault-registry.js';
import { RateLimiter } from './limits/rate-limiter.js';
import type { RateLimitBudget } from './limits/rate-limiter.js';
import { AccessTokenAuthority } from './oauth/access-tokens.js';
import { ClientAuthThrottle } from './oauth/client-auth-throttle.js';
import { TOKEN_PATH } from './oauth/token-endpoint.js';
import { resolveOptions } from './options.js';
import type { StartSandboxOptions } from './options.js';
import { ApplicationRegistry } from './state/applications.js';
import { DEMO_PARTNER_ID, OTHER_PARTNER_ID, defaultClients } from './state/demo-clients.js';
import type { SandboxClient } from './state/demo-clients.js';
import { OrderStore } from './state/orders.js';
import { seedData } from './state/seed.js';
import { UserStore } from './state/users.js';
import { WebhookDispatcher } from './webhooks/deliveries.js';
import type { DeliveryRecord } from './webhooks/deliveries.js';
import { WebhookEndpointStore } from './webhooks/endpoints.js';
import { WebhookEvents } from './webhooks/events.js';
import { SecretExpiryNotifier } from './webhooks/secret-expiry.js';

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
  /** Makes an API major answer 410 `ApiVersionRetiredError` (or serve again). */
  setVersionRetired(major: number, retired: boolean): void;
  /** Every webhook delivery so far with its attempts, oldest first. */
  webhookDeliveries(): readonly DeliveryRecord[];
  /** Stops listening, cuts open connections and cancels pending webhook retries. */
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

/**
 * Scopes applications are never granted: those only human-only operations require (a person's
 * portal session has them; the demo applications do not).
 */
function humanOnlyScopes(api: ApiModel): Set<string> {
  const applicationScopes = new Set<string>();
  const humanScopes = new Set<string>();
  for (const op of api.operations) {
    const behaviour = OPERATION_HANDLERS[op.name];
    const target = behaviour && 'humanOnly' in behaviour ? humanScopes : applicationScopes;
    for (const scope of op.requiredScopes) target.add(scope);
  }
  return new Set([...humanScopes].filter((scope) => !applicationScopes.has(scope)));
}

export async function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const resolved = resolveOptions(options);
  const api = loadApiModel(resolved.modelDir);
  let handle: (request: Request, env: HttpBindings) => Response | Promise<Response> = () =>
    new Response('starting', { status: 503 });
  const server = createServer(
    getRequestListener((request, env) => handle(request, env as HttpBindings), {
      // The sandbox shares its process with tests and clients: leave the global Request alone.
      overrideGlobalObjects: false,
      errorHandler: (error) => unroutableRequestResponse(error, resolved.logError),
    }),
  );
  const address = await listen(server, resolved.port, resolved.host);
  const baseUrl = `http://${urlHost(resolved.host)}:${address.port}`;

  const clock = new SandboxClock(resolved.now);
  const neverGranted = humanOnlyScopes(api);
  const grantable = api.scopes.filter((scope) => !neverGranted.has(scope));
  const clients: readonly SandboxClient[] =
    resolved.clients ?? defaultClients(resolved.seed, grantable);
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
  const dispatcher = new WebhookDispatcher(clock, resolved.webhookRetry, resolved.logError);
  const ctx: SandboxContext = {
    clock,
    settings: {
      maxBodyBytes: resolved.maxBodyBytes,
      retiredVersions: new Set(resolved.retiredVersions),
      idempotencyKeysPerApplication: resolved.idempotencyKeysPerApplication,
    },
    applications,
    clientAuthThrottle: new ClientAuthThrottle(() => clock.now(), resolved.clientAuthThrottle),
    tokens: await AccessTokenAuthority.create({
      clock,
      issuer: baseUrl,
      ttlSeconds: resolved.tokenTtlSeconds,
    }),
    knownScopes: api.scopes,
    faults: new FaultRegistry(),
    rateLimiter,
    audit: new AuditLog(),
    webhookDeliveries: dispatcher,
  };

  const orders = new OrderStore(() => clock.now());
  const users = new UserStore();
  const partners = [
    ...new Set([
      DEMO_PARTNER_ID,
      OTHER_PARTNER_ID,
      ...clients.map((c) => c.partnerId ?? DEMO_PARTNER_ID),
    ]),
  ];
  seedData(
    { orders, users },
    resolved.seed,
    partners.map((partnerId) => ({
      partnerId,
      orders: partnerId === DEMO_PARTNER_ID ? 45 : 12,
      users: partnerId === DEMO_PARTNER_ID ? 12 : 5,
    })),
  );
  const webhookEndpoints = new WebhookEndpointStore(() => clock.now());
  const events = new WebhookEvents(api, webhookEndpoints, dispatcher, clock);
  const domain: Domain = {
    clock,
    applications,
    orders,
    users,
    webhookEndpoints,
    events,
    audit: ctx.audit,
  };
  const expiry = new SecretExpiryNotifier(events, () => clock.now(), clientSecretView);
  const app = createApp(
    ctx,
    {
      baseUrl,
      corsAllowed: corsOriginPolicy(resolved.corsOrigins),
      logError: resolved.logError,
    },
    mountApi(ctx, {
      api,
      domain,
      beforeHandler: (call) => expiry.check(call.app),
      warn: resolved.logError,
    }),
  );
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
    setVersionRetired: (major, retired) => {
      if (retired) ctx.settings.retiredVersions.add(major);
      else ctx.settings.retiredVersions.delete(major);
    },
    webhookDeliveries: () => dispatcher.deliveries(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        dispatcher.close();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

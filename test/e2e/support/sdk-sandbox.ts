/**
 * @module Starts a sandbox for the SDK end-to-end tests and builds SDK clients against it, so
 * every test file talks to a real server over loopback with the same small set of helpers.
 */
import { startSandbox } from '@platform/sandbox';
import * as v1 from '@platform/api-client/v1';
import * as v2 from '@platform/api-client/v2';

export type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

/** Which demo application a client signs in as (the sandbox's seeded applications). */
export type DemoApp = 'demo-app' | 'demo-readonly-app' | 'other-partner-app';

/** Options the tests vary; short timeouts keep the suite fast. */
export interface ClientTuning {
  maxRetries?: number;
  timeoutMs?: number;
  /** Scopes to ask for; by default the token carries every scope the application holds. */
  scopes?: string[];
  logger?: v2.PlatformClientOptions['logger'];
  /** The transport to send through; by default the runtime's own (node:http on Node). */
  transport?: TransportName;
}

/** The SDK's two transports; every e2e file runs once over each. */
export const TRANSPORTS = ['node:http', 'fetch'] as const;
export type TransportName = (typeof TRANSPORTS)[number];

function clientOptions(sandbox: Sandbox, app: DemoApp, tuning: ClientTuning) {
  const { transport, ...rest } = tuning;
  const requestHandler =
    transport === undefined
      ? undefined
      : transport === 'fetch'
        ? new v2.FetchTransport()
        : new v2.NodeHttpTransport();
  return { ...credentials(sandbox, app), ...rest, requestHandler };
}

/** Starts a sandbox on a free loopback port with rate limits off (tests add their own). */
export function startTestSandbox(): Promise<Sandbox> {
  return startSandbox({ port: 0, rateLimit: null });
}

function credentials(sandbox: Sandbox, app: DemoApp) {
  const found = sandbox.clients.find((c) => c.clientId === app);
  if (found === undefined) throw new Error(`the sandbox has no demo application ${app}`);
  return {
    clientId: found.clientId,
    clientSecret: found.clientSecret,
    baseUrl: sandbox.baseUrl,
    tokenUrl: sandbox.tokenUrl,
  };
}

/** The three aggregated v2 clients for one application. */
export function v2Clients(sandbox: Sandbox, app: DemoApp = 'demo-app', tuning: ClientTuning = {}) {
  const options = clientOptions(sandbox, app, tuning);
  return {
    commercial: new v2.Commercial(options),
    applications: new v2.Applications(options),
    users: new v2.Users(options),
  };
}

/** The three aggregated v1 clients for one application. */
export function v1Clients(sandbox: Sandbox, app: DemoApp = 'demo-app', tuning: ClientTuning = {}) {
  const options = clientOptions(sandbox, app, tuning);
  return {
    commercial: new v1.Commercial(options),
    applications: new v1.Applications(options),
    users: new v1.Users(options),
  };
}

/** Runs `promise`, expecting it to reject; returns the rejection for assertions. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/**
 * @module One running sandbox per contract test file, with openapi-fetch clients typed by the
 * openapi-typescript types of each service's document. Every answer those clients receive is
 * checked against the document before the test sees it, and counted, so the last test of a
 * file can prove that every operation of the version was exercised.
 */
import createClient from 'openapi-fetch';
import type { Client, Middleware } from 'openapi-fetch';
import { afterAll, beforeAll, vi } from 'vitest';
import { startSandbox } from '@platform/sandbox';
import type { RunningSandbox } from '@platform/sandbox';
import { SERVICES, loadDocument, operationsOf } from './documents.js';
import type { ServiceName } from './documents.js';
import { ResponseValidator } from './response-validator.js';

/** The demo applications the sandbox starts with. */
export const APP = { full: 0, readOnly: 1, otherPartner: 2 } as const;
export type AppName = keyof typeof APP;

export interface ContractSandbox {
  readonly sandbox: RunningSandbox;
  /** A fresh access token of a demo application, optionally narrowed to `scope`. */
  token(app: AppName, scope?: string): Promise<string>;
  /** An openapi-fetch client of one service, as `app`, checking every answer. */
  client<Paths extends object>(service: ServiceName, token: string): Client<Paths>;
  /** Operation id → statuses seen, over the whole file. */
  readonly coverage: ReadonlyMap<string, ReadonlySet<number>>;
  /** Every operation id the version's documents define. */
  readonly operationIds: readonly string[];
}

export function useContractSandbox(major: number): ContractSandbox {
  // Real sockets on a shared two-core machine: allow for a slow start and slow calls.
  vi.setConfig({ testTimeout: 20_000, hookTimeout: 60_000 });
  const validators = new Map(
    SERVICES.map((service) => [
      service,
      new ResponseValidator(`urn:platform:v${major}:${service}`, loadDocument(major, service)),
    ]),
  );
  const operationIds = SERVICES.flatMap((service) =>
    operationsOf(loadDocument(major, service)).map((op) => op.operationId),
  );
  const coverage = new Map<string, Set<number>>();
  let sandbox: RunningSandbox | undefined;

  beforeAll(async () => {
    sandbox = await startSandbox({
      port: 0,
      rateLimit: null,
      logError: () => undefined,
      // Webhook test events go to a closed port; keep their retries short.
      webhookRetry: { maxAttempts: 2, initialDelayMs: 10, timeoutMs: 500 },
    });
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  const running = (): RunningSandbox => {
    if (!sandbox) throw new Error('The contract sandbox has not started');
    return sandbox;
  };

  function checking(service: ServiceName): Middleware {
    const validator = validators.get(service)!;
    return {
      async onResponse({ request, response, schemaPath }) {
        const text = await response.clone().text();
        const checked = validator.check(request.method, schemaPath, response, text);
        const seen = coverage.get(checked.operationId) ?? new Set<number>();
        seen.add(checked.status);
        coverage.set(checked.operationId, seen);
        return undefined;
      },
    };
  }

  return {
    get sandbox() {
      return running();
    },
    async token(app, scope) {
      const client = running().clients[APP[app]];
      if (!client) throw new Error(`No demo application ${app}`);
      const form = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: client.clientId,
        client_secret: client.clientSecret,
      });
      if (scope) form.set('scope', scope);
      const response = await fetch(running().tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form,
      });
      if (!response.ok)
        throw new Error(`token for ${app}: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { access_token: string }).access_token;
    },
    client<Paths extends object>(service: ServiceName, token: string): Client<Paths> {
      const client = createClient<Paths>({
        baseUrl: running().baseUrl,
        headers: { authorization: `Bearer ${token}` },
      });
      client.use(checking(service));
      return client;
    },
    coverage,
    operationIds,
  };
}

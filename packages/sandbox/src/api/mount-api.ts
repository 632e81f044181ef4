/**
 * @module Mounts every operation of every version from the model as a Hono route, each with
 * the same chain: audit naming, version lifecycle (deprecation headers, retirement), bearer
 * authentication, fault injection, the application's rate limit, scopes from
 * `@requiredScopes`, then input checks, the handler and the modeled output.
 */
import type { MiddlewareHandler } from 'hono';
import type { SandboxContext } from '../context.js';
import { injectFaults } from '../faults/inject-faults.js';
import type { RouteMounter, SandboxEnv } from '../http/env.js';
import { forbidden } from '../api-error.js';
import { enforceRateLimit } from '../limits/enforce-rate-limit.js';
import { bearerAuth, requireScopes } from '../oauth/bearer-auth.js';
import type { ApiModel, BoundOperation } from './api-model.js';
import { exampleHandler } from './example-handler.js';
import { OPERATION_HANDLERS } from './handlers/index.js';
import type { Domain, OperationBehaviour, OperationCall } from './handlers/types.js';
import { IdempotencyStore } from './idempotency.js';
import { versionLifecycle } from './lifecycle.js';
import { operationRoute } from './operation-route.js';
import { inputReader } from './read-input.js';
import { outputWriter } from './write-output.js';

export interface MountApiOptions {
  readonly api: ApiModel;
  readonly domain: Domain;
  readonly beforeHandler: (call: OperationCall) => void;
  /** Told about operations that have no hand-written handler and answer their example. */
  readonly warn: (message: string) => void;
}

/** Operations of the model without a hand-written handler. */
export function operationsWithoutHandler(api: ApiModel): BoundOperation[] {
  return api.operations.filter((op) => !(op.name in OPERATION_HANDLERS));
}

function auditRoute(operation: BoundOperation): MiddlewareHandler<SandboxEnv> {
  const route = {
    operation: operation.name,
    route: operation.uri,
    scopes: operation.requiredScopes,
  };
  return async (c, next) => {
    c.set('auditRoute', route);
    await next();
  };
}

function humanOnly(message: string): MiddlewareHandler<SandboxEnv> {
  return async () => {
    throw forbidden('human_only', message);
  };
}

export function mountApi(ctx: SandboxContext, options: MountApiOptions): RouteMounter {
  const idempotency = new IdempotencyStore(
    () => ctx.clock.now(),
    ctx.settings.idempotencyKeysPerApplication,
  );
  const missing = operationsWithoutHandler(options.api);
  if (missing.length > 0) {
    options.warn(
      `platform-sandbox: no handler for ${missing.map((op) => op.id).join(', ')}; they answer their first modeled example.`,
    );
  }
  return (app) => {
    for (const operation of options.api.operations) {
      const behaviour: OperationBehaviour =
        OPERATION_HANDLERS[operation.name] ?? exampleHandler(operation);
      const chain: MiddlewareHandler<SandboxEnv>[] = [
        auditRoute(operation),
        versionLifecycle(ctx, operation.version),
        bearerAuth(ctx),
        injectFaults(ctx, (c) => ({
          target: 'api',
          operation: operation.name,
          version: operation.version.major,
          method: c.req.method,
          path: c.req.path,
        })),
        enforceRateLimit(ctx.rateLimiter),
      ];
      const route = (...handlers: MiddlewareHandler<SandboxEnv>[]) =>
        app.on([operation.method], [operation.honoPath], ...handlers);
      if ('humanOnly' in behaviour) {
        route(...chain, humanOnly(behaviour.humanOnly));
        continue;
      }
      route(
        ...chain,
        requireScopes(operation.requiredScopes),
        operationRoute({
          operation,
          handler: behaviour,
          reader: inputReader(options.api.model, operation, ctx.settings.maxBodyBytes),
          writer: outputWriter(options.api.model, operation),
          domain: options.domain,
          idempotency,
          beforeHandler: options.beforeHandler,
        }),
      );
    }
  };
}

/**
 * @module Everything one running sandbox owns, shared by its routes: clock, settings,
 * applications, token authority, fault rules, rate limits, audit log. One per `startSandbox`,
 * so sandboxes in the same process never share state.
 */
import type { AuditLog } from './audit/audit-log.js';
import type { SandboxClock } from './clock.js';
import type { FaultRegistry } from './faults/fault-registry.js';
import type { RateLimiter } from './limits/rate-limiter.js';
import type { AccessTokenAuthority } from './oauth/access-tokens.js';
import type { ClientAuthThrottle } from './oauth/client-auth-throttle.js';
import type { ApplicationRegistry } from './state/applications.js';
import type { WebhookDispatcher } from './webhooks/deliveries.js';

export interface SandboxSettings {
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes: number;
  /** API majors that answer 410 `ApiVersionRetiredError`. */
  readonly retiredVersions: Set<number>;
  /** Live `Idempotency-Key`s one application may hold (24 hours each). */
  readonly idempotencyKeysPerApplication: number;
}

export interface SandboxContext {
  readonly clock: SandboxClock;
  readonly settings: SandboxSettings;
  readonly applications: ApplicationRegistry;
  readonly tokens: AccessTokenAuthority;
  /** Locks a client id out of the token endpoint, per address, after repeated failures. */
  readonly clientAuthThrottle: ClientAuthThrottle;
  /** Every scope the API knows (from the model's auth definitions). */
  readonly knownScopes: readonly string[];
  readonly faults: FaultRegistry;
  readonly rateLimiter: RateLimiter;
  readonly audit: AuditLog;
  readonly webhookDeliveries: WebhookDispatcher;
}

/**
 * @module `@platform/sandbox`: a local reference server for the Platform partner API, driven by
 * the model. Tests call `startSandbox({ port: 0 })`; people run the `platform-sandbox` CLI.
 */
export { startSandbox } from './server.js';
export type { RunningSandbox, SandboxClientCredentials } from './server.js';
export type { StartSandboxOptions } from './options.js';
// Documented defaults: the portal's guides state them, and its tests check the guides against these.
export { DEFAULT_RATE_LIMIT } from './options.js';
export { DEFAULT_WEBHOOK_RETRY } from './webhooks/deliveries.js';
export type { WebhookRetryPolicy } from './webhooks/deliveries.js';
export { DEFAULT_CLIENT_AUTH_THROTTLE } from './oauth/client-auth-throttle.js';
export type { ClientAuthThrottlePolicy } from './oauth/client-auth-throttle.js';
export { DEFAULT_IDEMPOTENCY_KEYS_PER_APPLICATION } from './api/idempotency.js';
export type { SandboxClient } from './state/demo-clients.js';
export type { RateLimitBudget } from './limits/rate-limiter.js';
export { FAULT_HEADER, FAULT_KINDS } from './faults/fault-rules.js';
export type {
  FaultKind,
  FaultRule,
  FaultRuleInput,
  FaultMatch,
  FaultSpec,
} from './faults/fault-rules.js';
export { ADMIN_PREFIX } from './admin/admin-routes.js';
export { seededUserId } from './state/seed.js';

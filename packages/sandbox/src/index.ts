/**
 * @module `@platform/sandbox`: a local reference server for the Platform partner API, driven by
 * the model. Tests call `startSandbox({ port: 0 })`; people run the `platform-sandbox` CLI.
 */
export { startSandbox } from './server.js';
export type { RunningSandbox, SandboxClientCredentials } from './server.js';
export type { StartSandboxOptions } from './options.js';
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

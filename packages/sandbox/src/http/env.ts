/**
 * @module The Hono environment of the sandbox app: Node's request/response as bindings, and
 * the per-request values middleware hands on (request id, verified caller).
 */
import type { HttpBindings } from '@hono/node-server';
import type { AuditedRoute } from '../audit/record-requests.js';
import type { AccessTokenClaims } from '../oauth/access-tokens.js';
import type { Application } from '../state/applications.js';

export interface SandboxVariables {
  /** The `x-request-id` of this request's response. */
  requestId: string;
  /** The verified caller, once the bearer middleware accepted the token. */
  caller: AccessTokenClaims;
  /** The calling application, once known (token endpoint: after client authentication). */
  application?: Application;
  /** The matched route as the audit log records it; unset for unmatched routes. */
  auditRoute?: AuditedRoute;
}

export interface SandboxEnv {
  Bindings: HttpBindings;
  Variables: SandboxVariables;
}

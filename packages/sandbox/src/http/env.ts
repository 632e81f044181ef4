/**
 * @module The Hono environment of the sandbox app: Node's request/response as bindings, the
 * per-request values middleware hands on (request id, verified caller), and the shape of a
 * function that adds routes to the app, so route modules need not depend on the app itself.
 */
import type { HttpBindings } from '@hono/node-server';
import type { Hono } from 'hono';
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

/** Mounts more routes on the app (the API bound from the model). */
export type RouteMounter = (app: Hono<SandboxEnv>) => void;

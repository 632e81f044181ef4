/**
 * @module Middleware that carries out the fault plan for a request: waits the added latency,
 * then answers with the chosen failure in the style of the endpoint (modeled error body on the
 * API, RFC 6749 error body on the token endpoint), drops the connection, or sends a 200 whose
 * JSON is cut short. A failure marked `when: "after"` lets the request run first and replaces
 * its answer, as when a response is lost after the server acted.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { SandboxContext } from '../context.js';
import type { SandboxEnv } from '../http/env.js';
import { ApiError, validationError } from '../api-error.js';
import { renderApiError } from '../http/render-api-error.js';
import { tooManyRequests, tooManyTokenRequests } from '../limits/too-many-requests.js';
import { invalidToken } from '../oauth/access-tokens.js';
import { OAuthError, renderOAuthError } from '../oauth/oauth-error.js';
import { FAULT_HEADER, FaultRuleError, parseFaultHeader } from './fault-rules.js';
import type { FaultSpec, FaultTarget, FaultRuleInput } from './fault-rules.js';

/** The body of a `malformed-json` fault: declared JSON, cut off mid-value. */
export const MALFORMED_JSON_BODY = '{"injected": "malformed-json", "data": [{"id": "ord_';

function headerFaults(c: Context<SandboxEnv>, target: FaultTarget): FaultRuleInput[] {
  const value = c.req.header(FAULT_HEADER);
  if (value === undefined) return [];
  try {
    return parseFaultHeader(value);
  } catch (error) {
    if (error instanceof FaultRuleError) {
      const message = `The ${FAULT_HEADER} header is not valid: ${error.message}`;
      throw target.target === 'token'
        ? new OAuthError('invalid_request', message)
        : validationError(message);
    }
    throw error;
  }
}

function apiFailure(spec: FaultSpec): ApiError {
  switch (spec.kind) {
    case 'error': {
      const status = (spec.status ?? 503) as ContentfulStatusCode;
      const kind = status === 503 ? 'unavailable' : 'internal';
      return new ApiError(kind, `Injected fault: HTTP ${status}.`, {}, {}, status);
    }
    case 'unauthorized':
      return invalidToken('Injected fault: the access token was refused; request a new one.');
    case 'rate-limit':
      return tooManyRequests((spec.retryAfterSeconds ?? 1) * 1000, 'Injected fault: rate limited.');
    default:
      throw new TypeError(`The fault "${spec.kind}" does not apply to API operations.`);
  }
}

function tokenFailure(spec: FaultSpec): OAuthError {
  switch (spec.kind) {
    case 'error': {
      const status = (spec.status ?? 503) as ContentfulStatusCode;
      const error = status === 503 ? 'temporarily_unavailable' : 'server_error';
      return new OAuthError(error, `Injected fault: HTTP ${status}.`, { status });
    }
    case 'unauthorized':
      return new OAuthError('invalid_client', 'Injected fault: client authentication failed.');
    case 'oauth-error':
      return new OAuthError(spec.error ?? 'invalid_request', `Injected fault: ${spec.error}.`);
    case 'rate-limit':
      return tooManyTokenRequests(
        (spec.retryAfterSeconds ?? 1) * 1000,
        'Injected fault: rate limited.',
      );
    default:
      throw new TypeError(`The fault "${spec.kind}" does not apply to the token endpoint.`);
  }
}

function failureResponse(c: Context<SandboxEnv>, target: FaultTarget, spec: FaultSpec): Response {
  if (spec.kind === 'drop') {
    c.env.incoming.socket.destroy();
    // Nothing reaches the client; the adapter finds the socket closed and discards this.
    return new Response(null, { status: 500 });
  }
  if (spec.kind === 'malformed-json') {
    return c.body(MALFORMED_JSON_BODY, 200, { 'content-type': 'application/json' });
  }
  return target.target === 'token'
    ? renderOAuthError(c, tokenFailure(spec))
    : renderApiError(c, apiFailure(spec), c.get('requestId'));
}

export function injectFaults(
  ctx: SandboxContext,
  describe: (c: Context<SandboxEnv>) => FaultTarget,
): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const target = describe(c);
    const plan = ctx.faults.plan(target, headerFaults(c, target));
    if (plan.delayMs > 0) {
      await sleep(plan.delayMs, undefined, { signal: c.req.raw.signal }).catch(() => undefined);
    }
    const failure = plan.failure;
    if (!failure) return next();
    if (failure.when !== 'after') return failureResponse(c, target, failure);
    await next();
    c.res = failureResponse(c, target, failure);
  };
}

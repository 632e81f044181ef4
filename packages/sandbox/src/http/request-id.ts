/**
 * @module Gives every request an id and puts it in the `x-request-id` response header, errors
 * and crashes included. The id is always the server's own: a caller cannot choose what ends
 * up in the audit log.
 */
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from './env.js';

export const REQUEST_ID_HEADER = 'x-request-id';

export function newRequestId(): string {
  return `req_${randomUUID().replaceAll('-', '')}`;
}

export const requestId: MiddlewareHandler<SandboxEnv> = async (c, next) => {
  c.set('requestId', newRequestId());
  await next();
  c.res.headers.set(REQUEST_ID_HEADER, c.get('requestId'));
};

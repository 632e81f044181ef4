/**
 * @module Keeps the admin surface (`/_sandbox`: every tenant's audit log, fault rules, the clock)
 * to callers on the same machine. It has no token, so a sandbox started with `--host 0.0.0.0`
 * must not hand it to the network. The socket's own remote address decides, never a header a
 * caller could write; anyone else is told it does not exist here.
 */
import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from '../http/env.js';
import { notFound } from '../api-error.js';
import { isLoopbackAddress } from '../net/address-kinds.js';

export const loopbackOnly: MiddlewareHandler<SandboxEnv> = async (c, next) => {
  if (!isLoopbackAddress(c.env.incoming.socket.remoteAddress)) {
    throw notFound(
      "The sandbox's admin surface answers only callers on loopback (127.0.0.0/8, ::1); call it from the machine the sandbox runs on.",
    );
  }
  await next();
};

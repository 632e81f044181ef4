/**
 * @module Middleware that spends one call of the calling application's budget, or answers 429.
 */
import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from '../http/env.js';
import type { RateLimiter } from './rate-limiter.js';
import { tooManyRequests } from './too-many-requests.js';

export const enforceRateLimit =
  (limiter: RateLimiter): MiddlewareHandler<SandboxEnv> =>
  async (c, next) => {
    const app = c.get('application');
    const decision = app ? limiter.take(app.clientId) : undefined;
    if (decision && !decision.allowed) {
      throw tooManyRequests(
        decision.retryAfterMs,
        `Rate limit of ${decision.limit} calls exceeded for this application; retry after the Retry-After delay.`,
      );
    }
    await next();
  };

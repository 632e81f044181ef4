/**
 * @module The sandbox's own control surface under `/_sandbox`, for tests and demos: fault rules,
 * rate-limit budgets, the clock, retired versions, the audit log and the webhook delivery log.
 * Not part of the API and never behind a token, so it answers loopback callers only, whatever
 * interface the sandbox listens on.
 */
import { Hono } from 'hono';
import type { SandboxContext } from '../context.js';
import type { SandboxEnv } from '../http/env.js';
import { notFound, validationError } from '../api-error.js';
import { readJsonBody } from '../http/json-body.js';
import { FaultRuleError, parseFaultRule } from '../faults/fault-rules.js';
import { checkBudget } from '../limits/rate-limiter.js';
import { loopbackOnly } from './loopback-only.js';
import type { RateLimitBudget } from '../limits/rate-limiter.js';

export const ADMIN_PREFIX = '/_sandbox';

function badAdminInput(message: string) {
  return validationError(message);
}

function parseBudget(body: unknown, what: string): RateLimitBudget | null {
  if (body === null) return null;
  if (typeof body !== 'object' || body === undefined) {
    throw badAdminInput(`${what}: send {"requests": n, "perSeconds": s}, or null for no limit.`);
  }
  try {
    return checkBudget(body as RateLimitBudget, what);
  } catch (error) {
    throw badAdminInput((error as Error).message);
  }
}

export function adminRoutes(ctx: SandboxContext): Hono<SandboxEnv> {
  const admin = new Hono<SandboxEnv>();
  admin.use(loopbackOnly);

  admin.get('/faults', (c) => c.json({ faults: ctx.faults.list() }));
  admin.post('/faults', async (c) => {
    const body = await readJsonBody(c, ctx.settings.maxBodyBytes);
    const inputs = Array.isArray(body) ? body : [body];
    try {
      const rules = inputs.map((input) => parseFaultRule(input));
      return c.json({ faults: rules.map((rule) => ctx.faults.add(rule)) }, 201);
    } catch (error) {
      if (error instanceof FaultRuleError) throw badAdminInput(error.message);
      throw error;
    }
  });
  admin.delete('/faults', (c) => {
    ctx.faults.clear();
    return c.body(null, 204);
  });
  admin.delete('/faults/:id', (c) => {
    if (!ctx.faults.remove(c.req.param('id'))) {
      throw notFound(`No fault rule "${c.req.param('id')}".`);
    }
    return c.body(null, 204);
  });

  admin.put('/rate-limits', async (c) => {
    const budget = parseBudget(
      await readJsonBody(c, ctx.settings.maxBodyBytes),
      'The default rate limit',
    );
    ctx.rateLimiter.setDefaultBudget(budget);
    return c.json({ budget });
  });
  admin.put('/rate-limits/:clientId', async (c) => {
    const clientId = c.req.param('clientId');
    if (!ctx.applications.byClientId(clientId)) {
      throw notFound(`No application with client id "${clientId}".`);
    }
    const budget = parseBudget(
      await readJsonBody(c, ctx.settings.maxBodyBytes),
      `The rate limit of ${clientId}`,
    );
    ctx.rateLimiter.setBudget(clientId, budget);
    return c.json({ clientId, budget });
  });
  admin.delete('/rate-limits/:clientId', (c) => {
    ctx.rateLimiter.setBudget(c.req.param('clientId'), undefined);
    return c.body(null, 204);
  });

  admin.get('/clock', (c) =>
    c.json({ now: new Date(ctx.clock.now()).toISOString(), offsetMs: ctx.clock.offsetMs }),
  );
  admin.post('/clock', async (c) => {
    const body = (await readJsonBody(c, ctx.settings.maxBodyBytes)) as
      { advanceSeconds?: unknown } | undefined;
    const seconds = body?.advanceSeconds;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds)) {
      throw badAdminInput('Send {"advanceSeconds": n} to move the sandbox clock by n seconds.');
    }
    ctx.clock.advance(seconds * 1000);
    return c.json({ now: new Date(ctx.clock.now()).toISOString(), offsetMs: ctx.clock.offsetMs });
  });

  admin.put('/versions/:major', async (c) => {
    const major = Number(c.req.param('major'));
    const body = (await readJsonBody(c, ctx.settings.maxBodyBytes)) as
      { retired?: unknown } | undefined;
    if (!Number.isInteger(major) || typeof body?.retired !== 'boolean') {
      throw badAdminInput('PUT /_sandbox/versions/{major} with {"retired": true|false}.');
    }
    if (body.retired) ctx.settings.retiredVersions.add(major);
    else ctx.settings.retiredVersions.delete(major);
    return c.json({ major, retired: body.retired });
  });

  admin.get('/audit', (c) => {
    const clientId = c.req.query('clientId');
    const app = clientId === undefined ? undefined : ctx.applications.byClientId(clientId);
    if (clientId !== undefined && !app) {
      throw notFound(`No application with client id "${clientId}".`);
    }
    return c.json({ events: app ? ctx.audit.forApplication(app.id) : ctx.audit.all() });
  });

  admin.get('/webhook-deliveries', (c) =>
    c.json({ deliveries: ctx.webhookDeliveries.deliveries() }),
  );

  return admin;
}

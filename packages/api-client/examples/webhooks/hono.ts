/**
 * @module
 * Receiving Platform webhooks with Hono (Node via `@hono/node-server`, Bun, Deno; on Cloudflare
 * Workers take the secret from `c.env` instead of `process.env`). `c.req.raw` is the Fetch
 * `Request`; `verifyWebhookRequest` reads its raw body — do not call `c.req.json()` before it.
 */

import { Hono } from 'hono';
import { verifyWebhookRequest, WebhookVerificationError } from '@platform/api-client/webhooks';

export const app = new Hono();

app.post('/webhooks/platform', async (c) => {
  try {
    const { event, id } = await verifyWebhookRequest(c.req.raw, {
      secrets: process.env.PLATFORM_WEBHOOK_SECRET!,
    });
    // Deliveries are retried, so the same id can arrive twice: store it and skip repeats.
    console.log(`webhook ${id}`, event);
    return c.body(null, 204);
  } catch (error) {
    if (error instanceof WebhookVerificationError) {
      return c.json({ code: error.code }, 400);
    }
    throw error;
  }
});

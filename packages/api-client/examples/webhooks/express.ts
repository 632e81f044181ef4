/**
 * @module
 * Receiving Platform webhooks with Express. `express.raw()` on the webhook route keeps the body
 * as the exact bytes received (a JSON parser would make the signature unverifiable), and
 * `verifyWebhookIncomingMessage` checks it. Start it with `app.listen(3000)`.
 */

import express from 'express';
import {
  verifyWebhookIncomingMessage,
  WebhookVerificationError,
} from '@platform/api-client/webhooks';

export const app = express();

app.post('/webhooks/platform', express.raw({ type: 'application/json' }), async (req, res) => {
  try {
    const { event, id } = await verifyWebhookIncomingMessage(req, {
      // During a rotation list both secrets: [newSecret, oldSecret].
      secrets: process.env.PLATFORM_WEBHOOK_SECRET!,
    });
    // Deliveries are retried, so the same id can arrive twice: store it and skip repeats.
    console.log(`webhook ${id}`, event);
    res.sendStatus(204);
  } catch (error) {
    if (error instanceof WebhookVerificationError) {
      res.status(400).json({ code: error.code });
      return;
    }
    throw error; // a configuration mistake (TypeError): let Express answer 500
  }
});

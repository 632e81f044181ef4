/**
 * @module
 * Receiving Platform webhooks in a Next.js App Router route handler
 * (`app/webhooks/platform/route.ts`). The handler gets a standard Fetch `Request`;
 * `verifyWebhookRequest` reads its raw body itself, so nothing parses it first. Works the same in
 * the Node.js and the Edge runtime (Web Crypto there).
 */

import { verifyWebhookRequest, WebhookVerificationError } from '@platform/api-client/webhooks';

export async function POST(request: Request): Promise<Response> {
  try {
    const { event, id } = await verifyWebhookRequest(request, {
      secrets: process.env.PLATFORM_WEBHOOK_SECRET!,
    });
    // Deliveries are retried, so the same id can arrive twice: store it and skip repeats.
    console.log(`webhook ${id}`, event);
    return new Response(null, { status: 204 });
  } catch (error) {
    if (error instanceof WebhookVerificationError) {
      return Response.json({ code: error.code }, { status: 400 });
    }
    throw error;
  }
}

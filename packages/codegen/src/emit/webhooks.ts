/**
 * @module emit/webhooks
 *
 * `webhook-events.ts` of a version: the discriminated union of the `@webhookEvent` structures
 * its services deliver, narrowed by `type`, and the list of event names. Pass the union to
 * `verifyWebhook<WebhookEvent>` to get a typed event.
 */
import { TRAIT_IDS } from '@platform/smithy';
import type { ApiVersion } from '../api-version.js';
import { CodegenError } from '../codegen-error.js';
import { GENERATED_HEADER, literal, shapeName } from '../source-writer.js';

export function emitWebhookEvents(version: ApiVersion): string {
  const events = version.webhookEvents.map((shape) => {
    const type = shape.traits[TRAIT_IDS.webhookEvent];
    if (typeof type !== 'string') {
      throw new CodegenError(
        'is listed in @webhooks but has no @webhookEvent("name") trait.',
        shape.id,
        shape.location,
      );
    }
    if (shape.type !== 'structure' || !shape.members.has('type')) {
      throw new CodegenError(
        'a webhook event must be a structure with a `type` member (use the WebhookEventEnvelope mixin).',
        shape.id,
        shape.location,
      );
    }
    return { name: shapeName(shape.id), type };
  });
  if (events.length === 0) {
    return `${GENERATED_HEADER}\n/** API v${version.major} delivers no webhook events. */\nexport type WebhookEvent = never;\n\nexport const WEBHOOK_EVENT_TYPES = [] as const;\n`;
  }
  const names = events.map((e) => e.name).sort();
  return (
    `${GENERATED_HEADER}import type { ${names.join(', ')} } from './models.js';\n\n` +
    `/** Every webhook event of API v${version.major}, told apart by \`type\`. */\n` +
    `export type WebhookEvent =\n${events
      .map((e) => `  | (${e.name} & { type: ${literal(e.type)} })`)
      .join('\n')};\n\n` +
    `/** The \`type\` of every webhook event of API v${version.major}. */\n` +
    `export const WEBHOOK_EVENT_TYPES = [${events.map((e) => literal(e.type)).join(', ')}] as const;\n`
  );
}

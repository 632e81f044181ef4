/**
 * @module emit/webhooks
 *
 * The webhook side of a version. `webhook-events.ts`: the discriminated union of the
 * `@webhookEvent` structures its services deliver, narrowed by `type`, the list of event names,
 * and `verifyWebhook` / `verifyWebhookRequest` / `verifyWebhookIncomingMessage`, which check the
 * payload against the model (`webhook-payloads.ts`) and return that union when no type is asked
 * for — exported by the version's entry point. `webhooks.ts`: the `@platform/api-client/webhooks`
 * entry of the SDK line whose major is this version: the hand-written webhook names with those
 * three replaced by the version's.
 */
import type { ApiVersion } from '../api-version.js';
import { GENERATED_HEADER, literal, shapeName } from '../source-writer.js';
import { exportBlock, type ModuleExports } from './version-index.js';
import { webhookEventsOf } from './webhook-event-list.js';

/** The hand-written webhooks entry relative to the output folder, for reading its export list. */
export const WEBHOOKS_INDEX_FROM_OUTPUT = '../webhooks/index.ts';

function eventsOf(version: ApiVersion): { name: string; type: string }[] {
  return webhookEventsOf(version).map(({ type, shape }) => ({ name: shapeName(shape.id), type }));
}

function verifiers(major: number, firstType: string | undefined): string {
  const narrowing =
    firstType === undefined
      ? ''
      : ` * if (event.type === ${literal(firstType)}) {\n *   // narrowed to that event: its \`data\` is typed\n * }\n`;
  const returns =
    `Resolves to the event as API v${major}'s \`WebhookEvent\`, which narrows by \`type\`, once its\n` +
    ' * signature, its timestamp and its payload (against the model) are verified; a type argument or\n' +
    ' * `parseEvent` changes the type returned, after the same checks. Rejects with\n' +
    ' * `WebhookVerificationError` (answer 400 and drop the delivery) or, for a configuration\n' +
    ' * mistake, `TypeError`; never throws synchronously.';
  return (
    `/**\n * Verifies a webhook delivery of API v${major}: the raw body and its headers.\n * ${returns}\n *\n` +
    ` * @example\n * const { event } = await verifyWebhook({ body: rawBody, headers, secrets: [signingSecret] });\n${narrowing} */\n` +
    `export function verifyWebhook<TEvent = WebhookEvent>(options: VerifyWebhookOptions<TEvent>): Promise<VerifiedWebhook<TEvent>> {\n` +
    `  return verifyCheckedWebhook(checkWebhookPayload, options);\n}\n\n` +
    `/**\n * Verifies a webhook delivery of API v${major} that arrived as a Fetch \`Request\` (route handlers,\n` +
    ` * workers), reading its raw body; a body already read is \`body_not_raw\`.\n * ${returns}\n */\n` +
    `export function verifyWebhookRequest<TEvent = WebhookEvent>(request: FetchRequestLike, settings: WebhookVerificationSettings<TEvent>): Promise<VerifiedWebhook<TEvent>> {\n` +
    `  return verifyCheckedWebhookRequest(checkWebhookPayload, request, settings);\n}\n\n` +
    `/**\n * Verifies a webhook delivery of API v${major} that arrived at a Node HTTP server (\`node:http\`,\n` +
    " * Express with `express.raw()`, Fastify's `request.raw`), reading its raw body.\n" +
    ` * ${returns}\n */\n` +
    `export function verifyWebhookIncomingMessage<TEvent = WebhookEvent>(req: IncomingMessageLike, settings: WebhookVerificationSettings<TEvent>): Promise<VerifiedWebhook<TEvent>> {\n` +
    `  return verifyCheckedWebhookIncomingMessage(checkWebhookPayload, req, settings);\n}\n`
  );
}

const IMPORTS =
  `import type { FetchRequestLike, IncomingMessageLike, VerifiedWebhook, VerifyWebhookOptions, WebhookVerificationSettings } from '../../webhooks/index.js';\n` +
  `import { verifyCheckedWebhookIncomingMessage } from '../../webhooks/incoming-message.js';\n` +
  `import { verifyCheckedWebhookRequest } from '../../webhooks/request.js';\n` +
  `import { verifyCheckedWebhook } from '../../webhooks/verify.js';\n`;

export function emitWebhookEvents(version: ApiVersion): string {
  const events = eventsOf(version);
  const major = version.major;
  const payloads = `import { checkWebhookPayload } from './webhook-payloads.js';\n`;
  if (events.length === 0) {
    return (
      `${GENERATED_HEADER}${IMPORTS}${payloads}\n` +
      `/** API v${major} delivers no webhook events. */\nexport type WebhookEvent = never;\n\n` +
      `export const WEBHOOK_EVENT_TYPES = [] as const;\n\n${verifiers(major, undefined)}`
    );
  }
  const names = events.map((e) => e.name).sort();
  return (
    `${GENERATED_HEADER}${IMPORTS}import type { ${names.join(', ')} } from './models.js';\n${payloads}\n` +
    `/** Every webhook event of API v${major}, told apart by \`type\`. */\n` +
    `export type WebhookEvent =\n${events
      .map((e) => `  | (${e.name} & { type: ${literal(e.type)} })`)
      .join('\n')};\n\n` +
    `/** The \`type\` of every webhook event of API v${major}. */\n` +
    `export const WEBHOOK_EVENT_TYPES = [${events.map((e) => literal(e.type)).join(', ')}] as const;\n\n` +
    verifiers(major, events[0]?.type)
  );
}

/**
 * `webhooks.ts`: `core` (the hand-written webhook module's public names) re-exported, minus the
 * names `events` (what `webhook-events.ts` declares) replaces, plus those.
 */
export function emitWebhooksEntry(
  version: ApiVersion,
  core: ModuleExports,
  events: ModuleExports,
): string {
  const own = new Set([...events.values, ...events.types]);
  const notOwn = (name: string): boolean => !own.has(name);
  const rest: ModuleExports = {
    from: core.from,
    values: core.values.filter(notOwn),
    types: core.types.filter(notOwn),
  };
  const major = version.major;
  return (
    `${GENERATED_HEADER}/**\n * @module @platform/api-client/webhooks\n *\n` +
    ` * Sign and verify webhook deliveries without the HTTP client. In \`@platform/api-client\` ${major}.x this\n` +
    ` * is \`@platform/api-client/webhooks\`: \`verifyWebhook\` and the request helpers check each payload\n` +
    ` * against the model of API v${major} and return its \`WebhookEvent\` union. The same functions for\n` +
    ' * the events of each API version are exported by its entry point, `@platform/api-client/vN`.\n */\n' +
    exportBlock(rest) +
    exportBlock(events)
  );
}

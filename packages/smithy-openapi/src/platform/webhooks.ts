/**
 * @module The OpenAPI 3.1 `webhooks` section: one entry per event shape the service lists in
 * `@example.platform#webhooks`, keyed by the shape's `@webhookEvent` name, whose `post` carries
 * the event as its JSON body. Event shapes and what they reach join the component schemas.
 */
import { TRAIT_IDS } from '@platform/smithy';
import type { ShapeId, StructureShape } from '@platform/smithy';
import { OpenApiConversionError } from '../errors.js';
import { ConversionContext } from '../openapi/context.js';
import { summaryOf } from './summaries.js';
import type { JsonObject } from '../json/json-value.js';

export interface WebhookEvent {
  readonly name: string;
  readonly shape: StructureShape;
}

export function webhookEvents(ctx: ConversionContext): WebhookEvent[] {
  const trait = ctx.service.traits[TRAIT_IDS.webhooks];
  if (trait === undefined) return [];
  if (!Array.isArray(trait) || !trait.every((id) => typeof id === 'string')) {
    throw new OpenApiConversionError(
      'InvalidTrait',
      `@webhooks of \`${ctx.service.id}\` must be a list of shape ids`,
      ConversionContext.where(ctx.service),
    );
  }
  if (ctx.settings.version !== '3.1.0') {
    throw new OpenApiConversionError(
      'InvalidSettings',
      'The `webhooks` section needs OpenAPI 3.1: set `version: "3.1.0"` with `platform.webhooks`',
    );
  }
  const seen = new Map<string, ShapeId>();
  return (trait as string[]).map((id) => {
    const shape = ctx.model.expect(id, 'structure') as StructureShape;
    const name = shape.traits[TRAIT_IDS.webhookEvent];
    if (typeof name !== 'string' || name === '') {
      throw new OpenApiConversionError(
        'InvalidTrait',
        `\`${id}\` is listed in @webhooks of \`${ctx.service.id}\` but has no @webhookEvent name`,
        {
          ...ConversionContext.where(shape),
          hint: 'Add @webhookEvent("<event.name>") to the event structure.',
        },
      );
    }
    const previous = seen.get(name);
    if (previous) {
      throw new OpenApiConversionError(
        'ConflictingName',
        `\`${previous}\` and \`${id}\` both use the webhook event name \`${name}\``,
        ConversionContext.where(shape),
      );
    }
    seen.set(name, id);
    return { name, shape };
  });
}

export function webhookPathItem(ctx: ConversionContext, event: WebhookEvent): JsonObject {
  const operation: JsonObject = {};
  const docs = event.shape.traits[TRAIT_IDS.documentation];
  if (typeof docs === 'string') operation.description = docs;
  if (ctx.settings.platform.summaries) operation.summary = summaryOf(event.shape);
  operation.operationId = `${ctx.name(event.shape.id)}Webhook`;
  operation.requestBody = {
    required: true,
    content: {
      [ctx.settings.jsonContentType]: { schema: { $ref: ctx.schemas.toPointer(event.shape.id) } },
    },
  };
  operation.responses = { '2XX': { description: 'Any 2XX status acknowledges the event.' } };
  operation['x-webhook-event'] = event.name;
  return { post: operation };
}

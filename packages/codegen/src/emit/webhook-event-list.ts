/**
 * @module emit/webhook-event-list
 *
 * The webhook events of a version with their `@webhookEvent` names, read once here for every
 * emitter that needs them (the `WebhookEvent` union and its payload checks), so they cannot
 * disagree on which events exist or what makes one malformed.
 */
import { TRAIT_IDS, type StructureShape } from '@platform/smithy';
import type { ApiVersion } from '../api-version.js';
import { CodegenError } from '../codegen-error.js';

export interface WebhookEventOf {
  /** The `@webhookEvent` name, the payload's `type`. */
  readonly type: string;
  readonly shape: StructureShape;
}

/**
 * The events of `version` in its order (by shape name). Throws when one has no event name or no
 * `type` member: the generated union and the payload dispatch both rely on `type`.
 */
export function webhookEventsOf(version: ApiVersion): WebhookEventOf[] {
  return version.webhookEvents.map((shape) => {
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
    return { type, shape };
  });
}

/**
 * @module `PlatformWebhooks`: a service's `@webhooks` lists structures marked `@webhookEvent`,
 * with distinct event names; and every `@webhookEvent` structure is delivered by some service.
 */
import type { SemanticModel, ValidationEvent } from '../../model/shapes.js';
import { eventFor } from '../event.js';
import { asString, asStringList } from '../../model/node.js';
import { TRAIT_IDS } from '../../model/trait-ids.js';

const ID = 'PlatformWebhooks';

export function validateWebhooks(model: SemanticModel): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  const delivered = new Set<string>();
  for (const service of model.shapesOfType('service')) {
    const targets = asStringList(service.traits[TRAIT_IDS.webhooks]);
    if (!targets) continue;
    const byName = new Map<string, string[]>();
    for (const id of targets) {
      delivered.add(id);
      const shape = model.getShape(id);
      const name = asString(shape?.traits[TRAIT_IDS.webhookEvent]);
      if (shape?.type !== 'structure' || name === undefined) {
        events.push(
          eventFor(
            service,
            'ERROR',
            `${ID}.NotAnEvent`,
            `\`webhooks\` lists \`${id}\`, which is not a structure marked with \`@webhookEvent\``,
            `Mark \`${id}\` with \`@webhookEvent("<type.name>")\`, or remove it from \`webhooks\`.`,
          ),
        );
        continue;
      }
      byName.set(name, [...(byName.get(name) ?? []), id]);
    }
    for (const [name, ids] of byName) {
      if (ids.length < 2) continue;
      events.push(
        eventFor(
          service,
          'ERROR',
          `${ID}.DuplicateEventName`,
          `Webhook event name \`${name}\` is used by more than one delivered structure: ${ids.map((i) => `\`${i}\``).join(', ')}`,
          'Give each event structure of a service its own `@webhookEvent` name.',
        ),
      );
    }
  }
  for (const shape of model.shapesOfType('structure')) {
    if (shape.traits[TRAIT_IDS.webhookEvent] === undefined || delivered.has(shape.id)) continue;
    events.push(
      eventFor(
        shape,
        'WARNING',
        `${ID}.Undelivered`,
        'Structure is marked `@webhookEvent` but no service lists it in `@webhooks`',
        'Add it to the `@webhooks` list of the service that sends it, or drop `@webhookEvent`.',
      ),
    );
  }
  return events;
}

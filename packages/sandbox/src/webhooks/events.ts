/**
 * @module Webhook events as the model defines them: the envelope (`id`, `type`, `createdAt`)
 * around version-specific `data`, written with the event structure of the endpoint's API
 * version and handed to the dispatcher for every subscribed endpoint of the application.
 */
import type { ApiModel } from '../api/api-model.js';
import { ShapeWriter } from '../api/shape-codec.js';
import type { SandboxClock } from '../clock.js';
import { newId } from '../state/ids.js';
import type { DeliveryRecord, WebhookDispatcher } from './deliveries.js';
import type { WebhookEndpointRecord, WebhookEndpointStore } from './endpoints.js';

/** The event's `data` as one API version writes it (e.g. the order in v1's or v2's shape). */
export type EventData = (major: number) => Readonly<Record<string, unknown>>;

export class WebhookEvents {
  readonly #writer: ShapeWriter;

  constructor(
    private readonly api: ApiModel,
    private readonly endpoints: WebhookEndpointStore,
    private readonly dispatcher: WebhookDispatcher,
    private readonly clock: SandboxClock,
  ) {
    this.#writer = new ShapeWriter(api.model);
  }

  /**
   * Sends an event to the application's endpoints subscribed to `type` (or to `only`, which
   * gets it whether subscribed or not, as test events do). Returns the event id.
   */
  emit(
    applicationId: string,
    type: string,
    data: EventData,
    only?: WebhookEndpointRecord,
  ): { eventId: string; deliveries: DeliveryRecord[] } {
    const eventId = newId('evt');
    const createdAt = new Date(this.clock.now());
    const targets = only
      ? [only]
      : this.endpoints.list(applicationId).filter((e) => e.eventTypes.includes(type));
    const deliveries = targets.flatMap((endpoint) => {
      const major = Number(endpoint.apiVersion.slice(1));
      const shape = this.api.webhookEventShape(major, type);
      if (!shape) return [];
      const payload = this.#writer.writeStructure(shape, {
        id: eventId,
        type,
        createdAt,
        data: data(major),
      });
      return [
        this.dispatcher.deliver(
          {
            webhookEndpointId: endpoint.id,
            applicationId,
            url: endpoint.url,
            secrets: () => this.endpoints.signingSecrets(endpoint),
          },
          { id: eventId, type, body: JSON.stringify(payload) },
        ),
      ];
    });
    return { eventId, deliveries };
  }
}

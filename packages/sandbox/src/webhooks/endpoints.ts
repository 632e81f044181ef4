/**
 * @module Webhook endpoints of each application, with their signing secrets. Registration
 * refuses URLs that could never, or must never, be delivered to (`webhook-url.ts`). Rotating a
 * secret keeps the previous one signing for a grace period, so deliveries carry two signatures
 * until it ends; a grace period of 0 drops the previous secret at once.
 */
import { randomBytes } from 'node:crypto';
import { notFound, validationError } from '../api-error.js';
import { newId } from '../state/ids.js';
import { webhookUrlProblem } from './webhook-url.js';

export interface WebhookEndpointRecord {
  readonly id: string;
  readonly applicationId: string;
  readonly url: string;
  readonly description?: string;
  readonly eventTypes: readonly string[];
  /** The API version whose payloads the endpoint receives, e.g. `v2`. */
  readonly apiVersion: string;
  readonly createdAt: number;
  currentSecret: string;
  previousSecret?: { readonly value: string; readonly expiresAt: number };
  rotatedAt?: number;
}

const HOUR_MS = 3_600_000;

function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export class WebhookEndpointStore {
  readonly #byId = new Map<string, WebhookEndpointRecord>();

  constructor(private readonly now: () => number) {}

  create(fields: {
    applicationId: string;
    url: string;
    description?: string;
    eventTypes: readonly string[];
    apiVersion: string;
  }): { endpoint: WebhookEndpointRecord; signingSecret: string } {
    const problem = webhookUrlProblem(fields.url);
    if (problem !== undefined) {
      throw validationError(`Invalid request: /url: ${problem}`, [
        { path: '/url', message: problem },
      ]);
    }
    const endpoint: WebhookEndpointRecord = {
      id: newId('whe'),
      applicationId: fields.applicationId,
      url: fields.url,
      ...(fields.description === undefined ? {} : { description: fields.description }),
      eventTypes: [...fields.eventTypes],
      apiVersion: fields.apiVersion,
      createdAt: this.now(),
      currentSecret: newSigningSecret(),
    };
    this.#byId.set(endpoint.id, endpoint);
    return { endpoint, signingSecret: endpoint.currentSecret };
  }

  /** The application's endpoints, newest first. */
  list(applicationId: string): WebhookEndpointRecord[] {
    return [...this.#byId.values()]
      .filter((endpoint) => endpoint.applicationId === applicationId)
      .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
  }

  get(applicationId: string, id: string): WebhookEndpointRecord {
    const endpoint = this.#byId.get(id);
    if (!endpoint || endpoint.applicationId !== applicationId) {
      throw notFound(`No webhook endpoint ${id}.`, { type: 'webhook_endpoint', id });
    }
    return endpoint;
  }

  delete(applicationId: string, id: string): void {
    this.get(applicationId, id);
    this.#byId.delete(id);
  }

  rotate(
    applicationId: string,
    id: string,
    gracePeriodHours: number,
  ): { endpoint: WebhookEndpointRecord; signingSecret: string } {
    const endpoint = this.get(applicationId, id);
    const now = this.now();
    if (gracePeriodHours > 0) {
      endpoint.previousSecret = {
        value: endpoint.currentSecret,
        expiresAt: now + gracePeriodHours * HOUR_MS,
      };
    } else {
      delete endpoint.previousSecret;
    }
    endpoint.currentSecret = newSigningSecret();
    endpoint.rotatedAt = now;
    return { endpoint, signingSecret: endpoint.currentSecret };
  }

  /** The secrets that sign a delivery now: the current one, then the previous during its grace. */
  signingSecrets(endpoint: WebhookEndpointRecord): string[] {
    const previous = endpoint.previousSecret;
    return previous && previous.expiresAt > this.now()
      ? [endpoint.currentSecret, previous.value]
      : [endpoint.currentSecret];
  }

  /** When the previous secret stops signing, while it still does. */
  previousSecretExpiresAt(endpoint: WebhookEndpointRecord): number | undefined {
    const previous = endpoint.previousSecret;
    return previous && previous.expiresAt > this.now() ? previous.expiresAt : undefined;
  }
}

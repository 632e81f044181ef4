/**
 * @module
 * The settings of a verification, apart from the delivery itself, and their validation. They are
 * read before anything else, so a misconfigured receiver fails with a `TypeError` on every
 * request, whatever the delivery looks like.
 */

import { toToleranceSeconds, toUnixSeconds } from './clock.js';
import type { JsonObject, ParseWebhookEvent } from './event.js';
import { normalizeSecrets, type WebhookSecret, type WebhookSecrets } from './secrets.js';

/** How to check a delivery, apart from the delivery itself (what the request helpers take). */
export interface WebhookVerificationSettings<TEvent = JsonObject> {
  /** The endpoint's signing secret, or several during a rotation; `secretIndex` says which matched. */
  secrets: WebhookSecrets;
  /** Largest accepted distance of `X-Webhook-Timestamp` from now, both directions. Default 300. */
  toleranceSeconds?: number;
  /** The current time, as a `Date` or unix seconds. Default: the system clock. */
  now?: Date | number;
  /**
   * Turns the JSON object into `TEvent` or throws (a schema validator, say); it runs after the
   * payload passed the model's check. Default: the event as is.
   */
  parseEvent?: ParseWebhookEvent<TEvent>;
}

/** The validated settings; reading them first makes a misconfiguration fail on every request. */
export interface VerificationConfig<TEvent> {
  readonly secrets: readonly WebhookSecret[];
  readonly toleranceSeconds: number;
  readonly now: number | undefined;
  readonly parseEvent: ParseWebhookEvent<TEvent> | undefined;
}

export function readVerificationConfig<TEvent>(
  settings: WebhookVerificationSettings<TEvent>,
): VerificationConfig<TEvent> {
  if (typeof settings !== 'object' || settings === null) {
    throw new TypeError('Pass an options object: { body, headers, secrets }.');
  }
  const { parseEvent } = settings;
  if (parseEvent !== undefined && typeof parseEvent !== 'function') {
    throw new TypeError('parseEvent must be a function when given.');
  }
  return {
    secrets: normalizeSecrets(settings.secrets),
    toleranceSeconds: toToleranceSeconds(settings.toleranceSeconds),
    now: settings.now === undefined ? undefined : toUnixSeconds(settings.now, 'now'),
    parseEvent,
  };
}

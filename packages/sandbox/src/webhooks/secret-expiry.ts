/**
 * @module `client_secret.expiring`: once per secret, when an application that has an active
 * secret within 14 days of its expiry calls the API, its subscribed endpoints are told.
 */
import { secretStatus } from '../state/applications.js';
import type { Application, ClientSecretRecord } from '../state/applications.js';
import type { WebhookEvents } from './events.js';

/** How long before expiry the event is sent. */
export const EXPIRY_NOTICE_MS = 14 * 86_400_000;

export class SecretExpiryNotifier {
  readonly #notified = new Set<string>();

  constructor(
    private readonly events: WebhookEvents,
    private readonly now: () => number,
    private readonly view: (record: ClientSecretRecord, now: number) => Record<string, unknown>,
  ) {}

  check(app: Application): void {
    const now = this.now();
    for (const record of app.secrets) {
      if (
        secretStatus(record, now) !== 'active' ||
        record.expiresAt - now > EXPIRY_NOTICE_MS ||
        this.#notified.has(record.id)
      ) {
        continue;
      }
      this.#notified.add(record.id);
      this.events.emit(app.id, 'client_secret.expiring', () => ({
        applicationId: app.id,
        clientSecret: this.view(record, now),
      }));
    }
  }
}

/**
 * @module Every request an application makes (token requests included), kept per application
 * so a partner can list its own history (`ListAuditEvents`): which operation and route, with
 * which scopes, how it ended, its request id and when. Bounded per application, oldest dropped.
 */

/** How a request ended, as the model's `AuditResult` names it. */
export type AuditResult = 'success' | 'denied' | 'client_error' | 'server_error';

export interface AuditEvent {
  readonly auditEventId: string;
  readonly applicationId: string;
  /** The model's operation name; absent for the token endpoint and unmatched routes. */
  readonly operation?: string;
  readonly method: string;
  /** The route template, e.g. `/v2/orders/{orderId}`. */
  readonly route: string;
  /** The scopes the operation requires (none for the token endpoint and unmatched routes). */
  readonly scopes: readonly string[];
  readonly result: AuditResult;
  readonly statusCode: number;
  readonly requestId: string;
  /** When the request was received, in milliseconds since the epoch. */
  readonly occurredAt: number;
}

export type NewAuditEvent = Omit<AuditEvent, 'auditEventId' | 'result'>;

export function resultOf(status: number): AuditResult {
  if (status >= 500) return 'server_error';
  if (status === 401 || status === 403) return 'denied';
  return status >= 400 ? 'client_error' : 'success';
}

export class AuditLog {
  readonly #byApplication = new Map<string, AuditEvent[]>();
  #sequence = 0;

  constructor(private readonly capacityPerApplication = 10_000) {}

  record(event: NewAuditEvent): AuditEvent {
    this.#sequence += 1;
    const entry: AuditEvent = {
      ...event,
      auditEventId: `aud_${this.#sequence.toString().padStart(10, '0')}`,
      result: resultOf(event.statusCode),
    };
    const events = this.#byApplication.get(event.applicationId) ?? [];
    events.push(entry);
    if (events.length > this.capacityPerApplication) events.shift();
    this.#byApplication.set(event.applicationId, events);
    return entry;
  }

  /** The application's events, newest first (as the API lists them). */
  forApplication(applicationId: string): readonly AuditEvent[] {
    return [...(this.#byApplication.get(applicationId) ?? [])].reverse();
  }

  /** Every application's events, newest first. */
  all(): readonly AuditEvent[] {
    return [...this.#byApplication.values()]
      .flat()
      .sort((a, b) => (a.auditEventId < b.auditEventId ? 1 : -1));
  }
}

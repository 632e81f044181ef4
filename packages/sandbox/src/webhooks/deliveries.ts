/**
 * @module Delivers webhook events: a signed `POST` per endpoint (one `sha256=` signature per
 * active secret, signed afresh on each attempt), retried with exponential backoff on anything
 * but a 2xx, and a delivery log of every attempt. Closing the sandbox cancels pending retries.
 */
import { signWebhook } from '@platform/api-client/webhooks';
import type { SandboxClock } from '../clock.js';
import { toRfc3339 } from '../http/rfc3339.js';
import { newId } from '../state/ids.js';

export interface WebhookRetryPolicy {
  /** Attempts in all, the first included. @default 5 */
  readonly maxAttempts: number;
  /** Wait before the second attempt; doubles each time. @default 1000 */
  readonly initialDelayMs: number;
  /** Longest wait between attempts. @default 60000 */
  readonly maxDelayMs: number;
  /** How long one attempt may take. @default 10000 */
  readonly timeoutMs: number;
}

/** Deliveries the log keeps; the oldest are dropped first. */
const LOG_CAPACITY = 10_000;

export const DEFAULT_WEBHOOK_RETRY: WebhookRetryPolicy = {
  maxAttempts: 5,
  initialDelayMs: 1000,
  maxDelayMs: 60_000,
  timeoutMs: 10_000,
};

export interface DeliveryAttempt {
  readonly attempt: number;
  readonly startedAt: string;
  readonly durationMs: number;
  /** The receiver's status, when it answered. */
  readonly statusCode?: number;
  /** Why the attempt failed without an answer (timeout, refused connection, ...). */
  readonly error?: string;
  /** How many signatures the attempt carried (two during a rotation's grace period). */
  readonly signatures: number;
}

export interface DeliveryRecord {
  readonly deliveryId: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly webhookEndpointId: string;
  readonly applicationId: string;
  readonly url: string;
  state: 'pending' | 'delivered' | 'failed';
  readonly attempts: DeliveryAttempt[];
  /** When the next attempt is due, while one is scheduled. */
  nextAttemptAt?: string;
}

export interface DeliveryTarget {
  readonly webhookEndpointId: string;
  readonly applicationId: string;
  readonly url: string;
  /** The secrets that sign now (asked on every attempt, as a rotation may happen in between). */
  readonly secrets: () => readonly string[];
}

export class WebhookDispatcher {
  readonly #log: DeliveryRecord[] = [];
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #inFlight = new Set<AbortController>();
  #closed = false;

  constructor(
    private readonly clock: SandboxClock,
    private readonly policy: WebhookRetryPolicy,
    private readonly logError: (message: string) => void,
  ) {}

  /** Queues an event for one endpoint; the first attempt starts at once. */
  deliver(
    target: DeliveryTarget,
    event: { id: string; type: string; body: string },
  ): DeliveryRecord {
    const record: DeliveryRecord = {
      deliveryId: newId('dlv'),
      eventId: event.id,
      eventType: event.type,
      webhookEndpointId: target.webhookEndpointId,
      applicationId: target.applicationId,
      url: target.url,
      state: 'pending',
      attempts: [],
    };
    this.#log.push(record);
    if (this.#log.length > LOG_CAPACITY) this.#log.shift();
    this.#schedule(0, () => this.#attempt(record, target, event.body));
    return record;
  }

  /** Every delivery so far, oldest first. */
  deliveries(): readonly DeliveryRecord[] {
    return this.#log;
  }

  close(): void {
    this.#closed = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    for (const controller of this.#inFlight) controller.abort();
  }

  #schedule(delayMs: number, run: () => Promise<void>): void {
    if (this.#closed) return;
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      run().catch((error: unknown) =>
        this.logError(`platform-sandbox: webhook delivery crashed: ${String(error)}`),
      );
    }, delayMs);
    this.#timers.add(timer);
  }

  async #attempt(record: DeliveryRecord, target: DeliveryTarget, body: string): Promise<void> {
    delete record.nextAttemptAt;
    const secrets = target.secrets();
    const headers = await signWebhook({
      id: record.eventId,
      timestamp: this.clock.nowSeconds(),
      body,
      secrets,
    });
    const controller = new AbortController();
    this.#inFlight.add(controller);
    const timeout = setTimeout(() => controller.abort(), this.policy.timeoutMs);
    const startedAt = Date.now();
    let statusCode: number | undefined;
    let error: string | undefined;
    try {
      const response = await fetch(target.url, {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'user-agent': 'platform-sandbox-webhooks',
        },
        body,
        redirect: 'manual',
        signal: controller.signal,
      });
      statusCode = response.status;
      await response.body?.cancel();
    } catch (cause) {
      error = controller.signal.aborted
        ? `no answer within ${this.policy.timeoutMs} ms`
        : cause instanceof Error && cause.cause instanceof Error
          ? cause.cause.message
          : String(cause);
    } finally {
      clearTimeout(timeout);
      this.#inFlight.delete(controller);
    }
    record.attempts.push({
      attempt: record.attempts.length + 1,
      startedAt: toRfc3339(startedAt),
      durationMs: Date.now() - startedAt,
      ...(statusCode === undefined ? {} : { statusCode }),
      ...(error === undefined ? {} : { error }),
      signatures: secrets.length,
    });
    if (statusCode !== undefined && statusCode >= 200 && statusCode < 300) {
      record.state = 'delivered';
      return;
    }
    if (record.attempts.length >= this.policy.maxAttempts || this.#closed) {
      record.state = 'failed';
      return;
    }
    const delay = Math.min(
      this.policy.initialDelayMs * 2 ** (record.attempts.length - 1),
      this.policy.maxDelayMs,
    );
    record.nextAttemptAt = toRfc3339(Date.now() + delay);
    this.#schedule(delay, () => this.#attempt(record, target, body));
  }
}

/**
 * @module `Idempotency-Key` on create operations: the first request with a key is performed and
 * its successful answer kept for 24 hours; a later request with the same key from the same
 * application gets that answer again. The same key with a different request is a 409
 * `idempotency_key_reused`; while the first is still running, `idempotency_key_in_progress`.
 * Failures are not kept, so a retry after one runs the request again.
 */
import { createHash } from 'node:crypto';
import { conflict } from '../api-error.js';

export const IDEMPOTENCY_WINDOW_MS = 24 * 3600 * 1000;
/** Keys kept at most; past it, expired keys go first, then the oldest. */
const MAX_KEYS = 10_000;
/** Response header on an answer replayed from an earlier request with the same key. */
export const IDEMPOTENT_REPLAY_HEADER = 'idempotent-replayed';

export interface WireResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | null;
}

interface Entry {
  readonly fingerprint: string;
  readonly expiresAt: number;
  response?: WireResponse;
}

/** A stable digest of an input without its idempotency key (`Date`s as ISO strings). */
export function fingerprintOf(input: Readonly<Record<string, unknown>>, keyMember: string): string {
  const canonical = (value: unknown): unknown => {
    if (value instanceof Date) return value.toISOString();
    if (Array.isArray(value)) return value.map(canonical);
    if (typeof value === 'object' && value !== null) {
      return Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]);
    }
    return value;
  };
  const { [keyMember]: _key, ...rest } = input;
  return createHash('sha256')
    .update(JSON.stringify(canonical(rest)))
    .digest('base64url');
}

export class IdempotencyStore {
  readonly #entries = new Map<string, Entry>();

  constructor(private readonly now: () => number) {}

  /** Starts a keyed request: the stored answer to replay, or nothing (go ahead). */
  begin(scope: string, key: string, fingerprint: string): WireResponse | undefined {
    const id = `${scope}\u0000${key}`;
    const now = this.now();
    const entry = this.#entries.get(id);
    if (entry && entry.expiresAt > now) {
      if (entry.fingerprint !== fingerprint) {
        throw conflict(
          'idempotency_key_reused',
          'This Idempotency-Key was used with a different request; use a new key for a new request.',
        );
      }
      if (!entry.response) {
        throw conflict(
          'idempotency_key_in_progress',
          'A request with this Idempotency-Key is still being processed; retry shortly.',
        );
      }
      return entry.response;
    }
    this.#entries.set(id, { fingerprint, expiresAt: now + IDEMPOTENCY_WINDOW_MS });
    if (this.#entries.size > MAX_KEYS) this.#prune(now);
    return undefined;
  }

  #prune(now: number): void {
    for (const [id, entry] of this.#entries) {
      if (entry.expiresAt <= now) this.#entries.delete(id);
    }
    for (const id of this.#entries.keys()) {
      if (this.#entries.size <= MAX_KEYS) break;
      this.#entries.delete(id);
    }
  }

  /** Keeps a successful answer; anything else frees the key for another try. */
  finish(scope: string, key: string, response: WireResponse | undefined): void {
    const id = `${scope}\u0000${key}`;
    const entry = this.#entries.get(id);
    if (!entry) return;
    if (response && response.status >= 200 && response.status < 300) entry.response = response;
    else this.#entries.delete(id);
  }
}

/**
 * @module `Idempotency-Key` on create operations, as the model's `IdempotencyKey` promises: the
 * first request with a key is performed and its successful answer kept for 24 hours (by the
 * sandbox clock); a later request with the same key from the same application gets that answer
 * again. Keys live in one namespace per application, each bound to the operation it was first
 * used with, so the same key on another operation or with a different request is a 409
 * `idempotency_key_reused`, and one still running is `idempotency_key_in_progress`. Failures are
 * not kept, so a retry after one runs the request again.
 *
 * Each application holds at most `keysPerApplication` live keys. A full store refuses new keys
 * with a 429 until its oldest key expires, rather than forgetting a key early: forgetting would
 * break the 24-hour promise and let a retry create a duplicate, and one namespace per
 * application means no tenant's keys can push out another's.
 */
import { createHash } from 'node:crypto';
import { shapeName } from '@platform/smithy';
import { conflict } from '../api-error.js';
import { tooManyRequests } from '../limits/too-many-requests.js';

export const IDEMPOTENCY_WINDOW_MS = 24 * 3600 * 1000;
/** Live keys an application may hold at once. */
export const DEFAULT_IDEMPOTENCY_KEYS_PER_APPLICATION = 10_000;
/** Response header on an answer replayed from an earlier request with the same key. */
export const IDEMPOTENT_REPLAY_HEADER = 'idempotent-replayed';

export interface WireResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | null;
}

/** Who uses a key and for what: the key's namespace and the operation it is bound to. */
export interface KeyedRequest {
  readonly applicationId: string;
  /** The operation's shape id (each API version's operation is its own). */
  readonly operationId: string;
  readonly key: string;
  /** `fingerprintOf` the input, so a different request under the same key is told apart. */
  readonly fingerprint: string;
}

interface Entry {
  readonly operationId: string;
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
  /** Per application, its keys in the order they were first used (so also in expiry order). */
  readonly #byApplication = new Map<string, Map<string, Entry>>();

  constructor(
    private readonly now: () => number,
    private readonly keysPerApplication: number = DEFAULT_IDEMPOTENCY_KEYS_PER_APPLICATION,
  ) {}

  /** Starts a keyed request: the stored answer to replay, or nothing (go ahead, then `finish`). */
  begin(request: KeyedRequest): WireResponse | undefined {
    const now = this.now();
    const keys = this.#keysOf(request.applicationId, now);
    let entry = keys.get(request.key);
    // A sandbox clock moved back can leave an expired key behind a live one.
    if (entry && entry.expiresAt <= now) {
      keys.delete(request.key);
      entry = undefined;
    }
    if (entry) {
      if (entry.operationId !== request.operationId) {
        throw conflict(
          'idempotency_key_reused',
          `This Idempotency-Key was used with ${shapeName(entry.operationId)}; use a new key for a new request.`,
        );
      }
      if (entry.fingerprint !== request.fingerprint) {
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
    const oldest = keys.values().next().value;
    if (oldest && keys.size >= this.keysPerApplication) {
      throw tooManyRequests(
        oldest.expiresAt - now,
        `This application holds ${keys.size} Idempotency-Keys used in the last 24 hours, the most the sandbox keeps; a new key is accepted once the oldest expires (Retry-After).`,
      );
    }
    keys.set(request.key, {
      operationId: request.operationId,
      fingerprint: request.fingerprint,
      expiresAt: now + IDEMPOTENCY_WINDOW_MS,
    });
    return undefined;
  }

  /** Keeps a successful answer; anything else frees the key for another try. */
  finish(request: KeyedRequest, response: WireResponse | undefined): void {
    const keys = this.#byApplication.get(request.applicationId);
    const entry = keys?.get(request.key);
    if (!keys || !entry) return;
    if (response && response.status >= 200 && response.status < 300) entry.response = response;
    else keys.delete(request.key);
  }

  /** The application's keys with the expired ones dropped. */
  #keysOf(applicationId: string, now: number): Map<string, Entry> {
    let keys = this.#byApplication.get(applicationId);
    if (!keys) {
      keys = new Map();
      this.#byApplication.set(applicationId, keys);
    }
    for (const [key, entry] of keys) {
      if (entry.expiresAt > now) break;
      keys.delete(key);
    }
    return keys;
  }
}

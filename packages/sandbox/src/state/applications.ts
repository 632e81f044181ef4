/**
 * @module Partners' applications and their client secrets: who may ask for a token, with which
 * scopes, on behalf of which partner. Secrets are kept only as SHA-256 digests and compared in
 * constant time; a secret's value exists only when it is created and handed out once.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { conflict, notFound } from '../api-error.js';
import { derivedId, newId } from './ids.js';

export type ClientSecretStatus = 'active' | 'revoked' | 'expired';

export interface ClientSecretRecord {
  readonly id: string;
  readonly digest: Buffer;
  readonly label?: string;
  /** The last four characters, so a partner can tell secrets apart in a list. */
  readonly suffix: string;
  readonly createdAt: number;
  readonly expiresAt: number;
  revokedAt?: number;
  lastUsedAt?: number;
}

export interface Application {
  readonly id: string;
  readonly clientId: string;
  readonly partnerId: string;
  readonly name: string;
  /** The scopes the application was granted; a token may carry any subset of them. */
  readonly scopes: readonly string[];
  /** A suspended application gets no tokens and its calls are refused. */
  readonly status: 'active' | 'suspended';
  readonly createdAt: number;
  readonly secrets: ClientSecretRecord[];
}

export interface NewApplication {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly partnerId: string;
  readonly name: string;
  readonly scopes: readonly string[];
  readonly status?: 'active' | 'suspended';
}

/** At most this many secrets are active at once: the current one and the one being rotated out. */
export const MAX_ACTIVE_SECRETS = 2;
/** Lifetime of a client secret when none is asked for. */
export const DEFAULT_SECRET_LIFETIME_DAYS = 365;
const DAY_MS = 86_400_000;

function digestOf(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

export function secretStatus(record: ClientSecretRecord, now: number): ClientSecretStatus {
  if (record.revokedAt !== undefined) return 'revoked';
  return record.expiresAt > now ? 'active' : 'expired';
}

export class ApplicationRegistry {
  readonly #byClientId = new Map<string, Application>();
  readonly #byId = new Map<string, Application>();

  constructor(private readonly now: () => number) {}

  add(spec: NewApplication): Application {
    if (this.#byClientId.has(spec.clientId)) {
      throw new TypeError(
        `Two applications use the client id "${spec.clientId}"; each needs its own.`,
      );
    }
    const createdAt = this.now();
    const app: Application = {
      id: derivedId('app', spec.clientId),
      clientId: spec.clientId,
      partnerId: spec.partnerId,
      name: spec.name,
      scopes: [...spec.scopes],
      status: spec.status ?? 'active',
      createdAt,
      secrets: [],
    };
    app.secrets.push(this.#secretRecord(spec.clientSecret, createdAt, undefined));
    this.#byClientId.set(app.clientId, app);
    this.#byId.set(app.id, app);
    return app;
  }

  list(): readonly Application[] {
    return [...this.#byId.values()];
  }

  byClientId(clientId: string): Application | undefined {
    return this.#byClientId.get(clientId);
  }

  /**
   * True when `secret` matches an active secret of the application (each compared in constant
   * time); marks that secret as used.
   */
  verifySecret(app: Application, secret: string): boolean {
    const presented = digestOf(secret);
    const now = this.now();
    let matched: ClientSecretRecord | undefined;
    for (const record of app.secrets) {
      // Compare against every secret so that timing does not reveal which one matched.
      if (timingSafeEqual(record.digest, presented) && secretStatus(record, now) === 'active') {
        matched = record;
      }
    }
    if (matched) matched.lastUsedAt = now;
    return matched !== undefined;
  }

  activeSecrets(app: Application): readonly ClientSecretRecord[] {
    const now = this.now();
    return app.secrets.filter((record) => secretStatus(record, now) === 'active');
  }

  /**
   * Creates a secret; at most `MAX_ACTIVE_SECRETS` may be active, so a third is a conflict
   * (revoke the old one first). Returns the record and the value, shown only this once.
   */
  createSecret(
    app: Application,
    options: { label?: string; expiresInDays?: number } = {},
  ): { record: ClientSecretRecord; secret: string } {
    const active = this.activeSecrets(app);
    if (active.length >= MAX_ACTIVE_SECRETS) {
      throw conflict(
        'client_secret_limit',
        `The application already has ${active.length} active client secrets, the most allowed; revoke one (${active.map((r) => r.id).join(', ')}) before creating another.`,
      );
    }
    const secret = `sk_${randomBytes(32).toString('base64url')}`;
    const record = this.#secretRecord(secret, this.now(), options.label, options.expiresInDays);
    app.secrets.push(record);
    return { record, secret };
  }

  /** Revokes one secret; revoking the last active one would lock the application out (409). */
  revokeSecret(app: Application, secretId: string): ClientSecretRecord {
    const record = app.secrets.find((r) => r.id === secretId);
    if (!record) {
      throw notFound(`The application has no client secret "${secretId}".`, {
        type: 'client_secret',
        id: secretId,
      });
    }
    if (record.revokedAt !== undefined) return record;
    const active = this.activeSecrets(app);
    if (active.length === 1 && active[0] === record) {
      throw conflict(
        'last_active_client_secret',
        "This is the application's only active client secret; create a new one before revoking it.",
      );
    }
    record.revokedAt = this.now();
    return record;
  }

  #secretRecord(
    secret: string,
    createdAt: number,
    label: string | undefined,
    expiresInDays = DEFAULT_SECRET_LIFETIME_DAYS,
  ): ClientSecretRecord {
    return {
      id: newId('cs'),
      digest: digestOf(secret),
      ...(label === undefined ? {} : { label }),
      suffix: secret.slice(-4),
      createdAt,
      expiresAt: createdAt + expiresInDays * DAY_MS,
    };
  }
}

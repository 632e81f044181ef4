/**
 * @module The options of `startSandbox`, their documented defaults, and their checks: a bad
 * option is a `TypeError` naming the option and what it accepts, thrown before anything starts.
 */
import { DEFAULT_IDEMPOTENCY_KEYS_PER_APPLICATION } from './api/idempotency.js';
import { checkCorsOrigin } from './http/cors.js';
import type { RateLimitBudget } from './limits/rate-limiter.js';
import { DEFAULT_CLIENT_AUTH_THROTTLE } from './oauth/client-auth-throttle.js';
import type { ClientAuthThrottlePolicy } from './oauth/client-auth-throttle.js';
import { checkBudget } from './limits/rate-limiter.js';
import type { SandboxClient } from './state/demo-clients.js';
import { DEFAULT_WEBHOOK_RETRY } from './webhooks/deliveries.js';
import type { WebhookRetryPolicy } from './webhooks/deliveries.js';

export interface StartSandboxOptions {
  /** TCP port; `0` (the default) picks any free port. */
  readonly port?: number;
  /** Interface to listen on. @default '127.0.0.1' */
  readonly host?: string;
  /** Seed of the synthetic data and the demo secrets. @default 'platform-sandbox' */
  readonly seed?: string;
  /** Applications to create instead of the three demo ones. */
  readonly clients?: readonly SandboxClient[];
  /** Access token lifetime. @default 900 (15 minutes) */
  readonly tokenTtlSeconds?: number;
  /** Default per-application budget; `null` turns rate limiting off. @default 100 per second */
  readonly rateLimit?: RateLimitBudget | null;
  /** Per-application budgets by client id (`null`: unlimited). */
  readonly rateLimits?: Readonly<Record<string, RateLimitBudget | null>>;
  /** Largest request body accepted. @default 1 MiB */
  readonly maxBodyBytes?: number;
  /** API majors that answer 410 `ApiVersionRetiredError` from the start. @default [] */
  readonly retiredVersions?: readonly number[];
  /** Where unexpected failures are reported. @default console.error */
  readonly logError?: (message: string) => void;
  /** The clock the sandbox starts from (tests). @default Date.now */
  readonly now?: () => number;
  /** Directory of the Smithy model to serve. @default the repository's `model/` */
  readonly modelDir?: string;
  /** Webhook delivery retries. @default 5 attempts, 1 s doubling up to 60 s, 10 s per attempt */
  readonly webhookRetry?: Partial<WebhookRetryPolicy>;
  /**
   * Live `Idempotency-Key`s (kept 24 hours each) one application may hold; a new key beyond it
   * is a 429 until the oldest expires. @default 10000
   */
  readonly idempotencyKeysPerApplication?: number;
  /**
   * Brute-force protection of the token endpoint: after `maxFailures` failed client
   * authentications of one client id from one address within `windowSeconds`, 429 for
   * `lockoutSeconds`; `null` turns it off. @default 10 failures in 60 s lock for 60 s
   */
  readonly clientAuthThrottle?: Partial<ClientAuthThrottlePolicy> | null;
  /**
   * Origins whose pages may call the API and the token endpoint from a browser (CORS), besides
   * loopback ones (`http://localhost:3000`, `http://127.0.0.1:8080`, `http://[::1]`), which
   * always may; `'*'` allows any origin. Never with credentials (cookies). The admin surface
   * answers no browser. @default []
   */
  readonly corsOrigins?: readonly string[];
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_SEED = 'platform-sandbox';
export const DEFAULT_TOKEN_TTL_SECONDS = 15 * 60;
export const DEFAULT_RATE_LIMIT: RateLimitBudget = { requests: 100, perSeconds: 1 };
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export interface ResolvedOptions {
  readonly port: number;
  readonly host: string;
  readonly seed: string;
  readonly clients: readonly SandboxClient[] | undefined;
  readonly tokenTtlSeconds: number;
  readonly rateLimit: RateLimitBudget | null;
  readonly rateLimits: Readonly<Record<string, RateLimitBudget | null>>;
  readonly maxBodyBytes: number;
  readonly retiredVersions: readonly number[];
  readonly logError: (message: string) => void;
  readonly now: () => number;
  readonly modelDir: string | undefined;
  readonly webhookRetry: WebhookRetryPolicy;
  readonly idempotencyKeysPerApplication: number;
  readonly clientAuthThrottle: ClientAuthThrottlePolicy | null;
  readonly corsOrigins: readonly string[];
}

function integer(
  name: string,
  value: number | undefined,
  fallback: number,
  min: number,
  max: number,
) {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new TypeError(
      `startSandbox: "${name}" must be an integer from ${min} to ${max} (got ${String(value)}).`,
    );
  }
  return value;
}

function resolveThrottle(
  throttle: Partial<ClientAuthThrottlePolicy> | null = {},
): ClientAuthThrottlePolicy | null {
  if (throttle === null) return null;
  const field = (name: keyof ClientAuthThrottlePolicy, max: number) =>
    integer(
      `clientAuthThrottle.${name}`,
      throttle[name],
      DEFAULT_CLIENT_AUTH_THROTTLE[name],
      1,
      max,
    );
  return {
    maxFailures: field('maxFailures', 1000),
    windowSeconds: field('windowSeconds', 86_400),
    lockoutSeconds: field('lockoutSeconds', 3600),
  };
}

function resolveRetry(retry: Partial<WebhookRetryPolicy> = {}): WebhookRetryPolicy {
  const field = (name: keyof WebhookRetryPolicy, min: number, max: number) =>
    integer(`webhookRetry.${name}`, retry[name], DEFAULT_WEBHOOK_RETRY[name], min, max);
  return {
    maxAttempts: field('maxAttempts', 1, 20),
    initialDelayMs: field('initialDelayMs', 0, 3_600_000),
    maxDelayMs: field('maxDelayMs', 0, 3_600_000),
    timeoutMs: field('timeoutMs', 1, 600_000),
  };
}

export function resolveOptions(options: StartSandboxOptions = {}): ResolvedOptions {
  const budget = (name: string, value: RateLimitBudget | null) =>
    value === null ? null : checkBudget(value, `startSandbox: "${name}"`);
  return {
    port: integer('port', options.port, 0, 0, 65535),
    host: options.host ?? DEFAULT_HOST,
    seed: options.seed ?? DEFAULT_SEED,
    clients: options.clients,
    tokenTtlSeconds: integer(
      'tokenTtlSeconds',
      options.tokenTtlSeconds,
      DEFAULT_TOKEN_TTL_SECONDS,
      1,
      86_400,
    ),
    rateLimit:
      options.rateLimit === undefined ? DEFAULT_RATE_LIMIT : budget('rateLimit', options.rateLimit),
    rateLimits: Object.fromEntries(
      Object.entries(options.rateLimits ?? {}).map(([id, value]) => [
        id,
        budget(`rateLimits.${id}`, value),
      ]),
    ),
    maxBodyBytes: integer(
      'maxBodyBytes',
      options.maxBodyBytes,
      DEFAULT_MAX_BODY_BYTES,
      1,
      64 * 1024 * 1024,
    ),
    retiredVersions: options.retiredVersions ?? [],
    logError: options.logError ?? ((message) => console.error(message)),
    now: options.now ?? Date.now,
    modelDir: options.modelDir,
    webhookRetry: resolveRetry(options.webhookRetry),
    idempotencyKeysPerApplication: integer(
      'idempotencyKeysPerApplication',
      options.idempotencyKeysPerApplication,
      DEFAULT_IDEMPOTENCY_KEYS_PER_APPLICATION,
      1,
      1_000_000,
    ),
    clientAuthThrottle: resolveThrottle(options.clientAuthThrottle),
    corsOrigins: (options.corsOrigins ?? []).map((origin, i) =>
      checkCorsOrigin(origin, `startSandbox: "corsOrigins[${i}]"`),
    ),
  };
}

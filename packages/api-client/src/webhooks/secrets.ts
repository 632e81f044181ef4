/**
 * @module
 * Signing secrets as the caller gives them. A string secret is used as its UTF-8 bytes, exactly
 * as given — nothing is trimmed, because a secret that silently means something other than what
 * was configured is worse than one that fails loudly. When nothing matches, the verifier asks
 * {@link trimmedSecret} whether surrounding whitespace is the reason, and says so.
 */

/** One HMAC key: a string (used as UTF-8) or raw bytes. */
export type WebhookSecret = string | Uint8Array;

/** One secret, or several during a rotation (each signs, or is tried, in order). */
export type WebhookSecrets = WebhookSecret | readonly WebhookSecret[];

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a nested list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function checkSecret(secret: unknown, label: string): WebhookSecret {
  if ((typeof secret === 'string' || secret instanceof Uint8Array) && secret.length > 0) {
    return secret;
  }
  throw notASecret(secret, label);
}

function notASecret(secret: unknown, label: string): TypeError {
  return typeof secret === 'string' || secret instanceof Uint8Array
    ? new TypeError(`${label} is empty. Pass the webhook signing secret of the endpoint.`)
    : new TypeError(`${label} must be a string or a Uint8Array, got ${describe(secret)}.`);
}

/**
 * The secrets as a non-empty list, or a `TypeError` naming the problem (never the secret). Missing
 * secrets are a configuration mistake, not a property of the delivery.
 */
export function normalizeSecrets(secrets: unknown): readonly WebhookSecret[] {
  if (Array.isArray(secrets)) {
    if (secrets.length === 0) {
      throw new TypeError('secrets is an empty list. Pass at least one webhook signing secret.');
    }
    return secrets.map((secret: unknown, index) => checkSecret(secret, `secrets[${index}]`));
  }
  if (secrets === undefined) {
    throw new TypeError('secrets is missing. Pass the webhook signing secret (or a list of them).');
  }
  return [checkSecret(secrets, 'secrets')];
}

/** The secret without leading and trailing whitespace, if it has any; otherwise `undefined`. */
export function trimmedSecret(secret: WebhookSecret): string | undefined {
  if (typeof secret !== 'string') return undefined;
  const trimmed = secret.trim();
  return trimmed !== secret && trimmed.length > 0 ? trimmed : undefined;
}

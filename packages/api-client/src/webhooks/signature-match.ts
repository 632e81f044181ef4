/**
 * @module
 * Which secret signed the delivery: each secret's HMAC of `{id}.{timestamp}.{body}` compared in
 * constant time with every `sha256` signature of the header. When none matches, say whether a
 * secret with surrounding whitespace is the reason — without ever accepting the trimmed secret.
 */

import { WebhookVerificationError } from './errors.js';
import { WEBHOOK_SIGNATURE_HEADER } from './headers.js';
import { equalHexDigits } from './hex.js';
import { trimmedSecret, type WebhookSecret } from './secrets.js';
import type { Signatures } from './signature-header.js';
import type { WebhookCrypto } from './crypto/webhook-crypto.js';

function anyEqual({ header, starts }: Signatures, expected: string): boolean {
  for (const start of starts) {
    if (equalHexDigits(expected, header, start)) return true;
  }
  return false;
}

/**
 * Whether `secret` made one of the signatures. node:crypto answers synchronously, and only Web
 * Crypto's answer is awaited, so the Node path costs no extra promise ticks.
 */
function matches(
  crypto: WebhookCrypto,
  secret: WebhookSecret,
  prefix: string,
  body: string | Uint8Array,
  signatures: Signatures,
): boolean | Promise<boolean> {
  const expected = crypto.hmacSha256(secret, prefix, body);
  return typeof expected === 'string'
    ? anyEqual(signatures, expected)
    : expected.then((digest) => anyEqual(signatures, digest));
}

async function noMatch(
  crypto: WebhookCrypto,
  secrets: readonly WebhookSecret[],
  prefix: string,
  body: string | Uint8Array,
  signatures: Signatures,
): Promise<WebhookVerificationError> {
  for (let index = 0; index < secrets.length; index++) {
    const trimmed = trimmedSecret(secrets[index]!);
    if (trimmed !== undefined && (await matches(crypto, trimmed, prefix, body, signatures))) {
      return new WebhookVerificationError({
        code: 'no_matching_signature',
        reason: 'secret_has_whitespace',
        message: `No signature in ${WEBHOOK_SIGNATURE_HEADER} matches: the secret at index ${index} has leading or trailing whitespace (a newline from a file or an environment variable?) and matches only without it. Secrets are used exactly as given; remove the whitespace where the secret is loaded.`,
      });
    }
  }
  const count = secrets.length === 1 ? 'the secret' : `any of the ${secrets.length} secrets`;
  return new WebhookVerificationError({
    code: 'no_matching_signature',
    reason: 'no_matching_signature',
    message: `No signature in ${WEBHOOK_SIGNATURE_HEADER} matches ${count} given. Check that it is this endpoint's signing secret (during a rotation pass both the new and the old one), and that the body is passed exactly as received.`,
  });
}

/** The rest of {@link findSigningSecret} once a Web Crypto answer has to be awaited. */
async function findAsync(
  pending: Promise<boolean>,
  from: number,
  crypto: WebhookCrypto,
  secrets: readonly WebhookSecret[],
  prefix: string,
  body: string | Uint8Array,
  signatures: Signatures,
): Promise<number> {
  if (await pending) return from;
  for (let index = from + 1; index < secrets.length; index++) {
    if (await matches(crypto, secrets[index]!, prefix, body, signatures)) return index;
  }
  throw await noMatch(crypto, secrets, prefix, body, signatures);
}

/**
 * Index of the first secret that signed the delivery, or `no_matching_signature`. A plain number
 * on node:crypto, so the common path allocates no promise; a promise on Web Crypto or on failure.
 */
export function findSigningSecret(
  crypto: WebhookCrypto,
  secrets: readonly WebhookSecret[],
  prefix: string,
  body: string | Uint8Array,
  signatures: Signatures,
): number | Promise<number> {
  for (let index = 0; index < secrets.length; index++) {
    const matched = matches(crypto, secrets[index]!, prefix, body, signatures);
    if (typeof matched !== 'boolean') {
      return findAsync(matched, index, crypto, secrets, prefix, body, signatures);
    }
    if (matched) return index;
  }
  return noMatch(crypto, secrets, prefix, body, signatures).then((error) => Promise.reject(error));
}

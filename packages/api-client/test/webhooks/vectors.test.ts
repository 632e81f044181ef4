/**
 * Known-answer vectors from `../shared/webhook-vectors/` (read its README): the ones whose signed
 * content or HMAC core is ours.
 *
 * - Standard Webhooks (`standard-webhooks.json`): signed content `{id}.{timestamp}.{body}` with
 *   HMAC-SHA256, like ours. Adapted encodings: the key is the base64 text after `whsec_`, passed to
 *   us decoded as a `Uint8Array` secret; a `v1,<base64>` signature is compared / sent as
 *   `sha256=<hex of the same bytes>`, other versions `vN,<base64>` as an unknown `vN=<hex>` entry;
 *   `webhook-id` / `webhook-timestamp` / `webhook-signature` become our three headers.
 * - GitHub (`github-hub-signature-256.json`) and Stripe (`stripe-hmac.json`): HMAC-SHA256 of the raw
 *   body with the UTF-8 secret, lowercase hex — our HMAC core with an empty `{id}.{timestamp}.`
 *   prefix, and (GitHub verdicts) our `sha256=` parser and secret matching.
 */

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WebhookVerificationError } from '../../src/webhooks/errors.js';
import { encodeHex } from '../../src/webhooks/hex.js';
import { findSigningSecret } from '../../src/webhooks/signature-match.js';
import { parseSignatureHeader } from '../../src/webhooks/signature-header.js';
import { cryptoPaths, expectVerificationError, rejectionOf, webhooksUsing } from './support.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const vectorsDir = fileURLToPath(new URL('../shared/webhook-vectors/', `file://${repoRoot}`));
const present = existsSync(vectorsDir);
if (!present) {
  console.warn(
    `Webhook vector tests SKIPPED: ${vectorsDir} (../shared/webhook-vectors) is absent.`,
  );
}

function load<T>(file: string): T {
  return JSON.parse(readFileSync(`${vectorsDir}${file}`, 'utf8')) as T;
}

interface Payload {
  payload?: string;
  payload_repeat?: { char: string; count: number };
}
const payloadOf = (v: Payload): string =>
  v.payload ?? v.payload_repeat!.char.repeat(v.payload_repeat!.count);

interface StandardSignVector extends Payload {
  id: string;
  secret: string;
  msg_id: string;
  timestamp: number;
  expected_signature: string;
}
interface StandardVerifyVector extends Payload {
  id: string;
  secret: string;
  headers: Record<string, string>;
  now: number;
  expected: { valid: boolean; reason?: string; parsed_json?: unknown };
}
interface HmacVector extends Payload {
  id: string;
  secret: string;
  expected_hex?: string;
  expected_header?: string;
  payload_utf8_hex?: string;
}
interface GithubVerifyVector extends Payload {
  id: string;
  secret?: string;
  secrets?: string[];
  signature: string;
  expected: { valid: boolean };
}

const standardKey = (secret: string) =>
  new Uint8Array(Buffer.from(secret.replace(/^whsec_/, ''), 'base64'));

/** `v1,<base64>` → `sha256=<hex>`; another version `vN,<base64>` → an unknown `vN=<hex>` entry. */
function ourSignatureHeader(standard: string): string {
  return standard
    .split(' ')
    .map((entry) => {
      const [version, base64] = entry.split(',') as [string, string];
      const hex = Buffer.from(base64, 'base64').toString('hex');
      return version === 'v1' ? `sha256=${hex}` : `${version}=${hex}`;
    })
    .join(' ');
}

/**
 * Our (code, reason) for a Standard Webhooks failure label. Our header grammar fixes a signature
 * at 64 hex digits, so a truncated one is a malformed header here where Standard Webhooks lets the
 * comparison fail.
 */
function expectedFailure(
  vector: StandardVerifyVector,
  signatureHeader: string | undefined,
): [string, string] {
  const reason = vector.expected.reason;
  if (reason === 'no matching signature') {
    const entries = signatureHeader!.split(' ').filter((entry) => entry.startsWith('sha256='));
    const truncated = entries.some((entry) => !/^sha256=[0-9a-f]{64}$/.test(entry));
    return truncated
      ? ['malformed_header', 'malformed_header']
      : ['no_matching_signature', 'no_matching_signature'];
  }
  const table: Record<string, [string, string]> = {
    'missing required headers': ['missing_header', 'missing_header'],
    'invalid timestamp header': ['malformed_header', 'malformed_header'],
    'timestamp too old': ['timestamp_out_of_range', 'timestamp_too_old'],
    'timestamp too new': ['timestamp_out_of_range', 'timestamp_too_new'],
  };
  const mapped = table[reason ?? ''];
  if (mapped === undefined)
    throw new Error(`vector ${vector.id}: no mapping for reason "${reason}"`);
  return mapped;
}

describe.each(cryptoPaths)(
  'webhook vectors (../shared/webhook-vectors) under %s',
  { skip: !present, meta: { skipReason: `${vectorsDir} (../shared/webhook-vectors) is absent` } },
  (_path, crypto) => {
    const { sign, verify } = webhooksUsing(crypto);
    const standard = present
      ? load<{ sign_vectors: StandardSignVector[]; verify_vectors: StandardVerifyVector[] }>(
          'standard-webhooks.json',
        )
      : { sign_vectors: [], verify_vectors: [] };
    const github = present
      ? load<{ vectors: HmacVector[]; verify_vectors: GithubVerifyVector[] }>(
          'github-hub-signature-256.json',
        )
      : { vectors: [], verify_vectors: [] };
    const stripe = present ? load<{ vectors: HmacVector[] }>('stripe-hmac.json') : { vectors: [] };

    it('has the vectors the README lists', () => {
      expect(standard.sign_vectors).toHaveLength(6);
      expect(standard.verify_vectors).toHaveLength(17);
      expect(github.vectors).toHaveLength(5);
      expect(github.verify_vectors).toHaveLength(5);
      expect(stripe.vectors).toHaveLength(3);
    });

    it.each(standard.sign_vectors.map((v) => [v.id, v] as const))(
      'Standard Webhooks sign %s',
      async (_id, v) => {
        const headers = await sign({
          id: v.msg_id,
          timestamp: v.timestamp,
          body: payloadOf(v),
          secrets: standardKey(v.secret),
        });
        expect(headers['X-Signature']).toBe(ourSignatureHeader(v.expected_signature));
        expect(headers['X-Webhook-Timestamp']).toBe(String(v.timestamp));
      },
    );

    it.each(standard.verify_vectors.map((v) => [v.id, v] as const))(
      'Standard Webhooks verify %s',
      async (_id, v) => {
        const signature = v.headers['webhook-signature'];
        const headers: Record<string, string | undefined> = {
          'X-Webhook-Id': v.headers['webhook-id'],
          'X-Webhook-Timestamp': v.headers['webhook-timestamp'],
          'X-Signature': signature === undefined ? undefined : ourSignatureHeader(signature),
        };
        const options = { body: payloadOf(v), headers, secrets: standardKey(v.secret), now: v.now };
        if (v.expected.valid) {
          const result = await verify(options);
          expect(result.secretIndex).toBe(0);
          if (v.expected.parsed_json !== undefined)
            expect(result.event).toEqual(v.expected.parsed_json);
        } else {
          const [code, reason] = expectedFailure(v, headers['X-Signature']);
          await expectVerificationError(verify(options), code as never, reason as never);
        }
      },
    );

    it.each([...github.vectors, ...stripe.vectors].map((v) => [v.id, v] as const))(
      'HMAC core %s',
      async (_id, v) => {
        const body = payloadOf(v);
        if (v.payload_utf8_hex !== undefined)
          expect(encodeHex(new TextEncoder().encode(body))).toBe(v.payload_utf8_hex);
        const digest = await crypto.hmacSha256(v.secret, '', body);
        const expected = v.expected_hex ?? v.expected_header!.replace(/^sha256=/, '');
        expect(digest).toBe(expected);
        if (v.expected_header !== undefined) expect(`sha256=${digest}`).toBe(v.expected_header);
      },
    );

    it.each(github.verify_vectors.map((v) => [v.id, v] as const))(
      'GitHub verdict %s',
      async (_id, v) => {
        const secrets = v.secrets ?? [v.secret!];
        const body = payloadOf(v);
        const verdict = (async () =>
          findSigningSecret(crypto, secrets, '', body, parseSignatureHeader(v.signature)))();
        if (v.expected.valid) {
          await expect(verdict).resolves.toBe(secrets.indexOf('mysecret'));
        } else {
          expect(await rejectionOf(verdict)).toBeInstanceOf(WebhookVerificationError);
        }
      },
    );
  },
);

/**
 * Property fuzz: deliveries signed by us, mutated (body bytes, header names and values, the
 * signature list, the receiver's secrets, the clock) and verified. Properties, under each crypto
 * path:
 * - no false accept: whatever is accepted has exactly the signed id, timestamp and body bytes, was
 *   matched by a secret that signed it, lies inside the window, and yields the signed event;
 * - mutations that keep the meaning (header letter case, `Headers`, hex case, an extra entry of
 *   another scheme, extra receiver secrets, body as text or bytes) are still accepted;
 * - every failure is a `WebhookVerificationError` with a documented code and a reason of that code;
 * - arbitrary junk (any body, any header values) is refused the same way, never a crash.
 */

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WebhookCrypto } from '../../src/webhooks/crypto/webhook-crypto.js';
import {
  WebhookVerificationError,
  type WebhookVerificationErrorCode,
  type WebhookVerificationErrorReason,
} from '../../src/webhooks/errors.js';
import type { WebhookSecret } from '../../src/webhooks/secrets.js';
import { cryptoPaths, webhooksUsing } from './support.js';

const MUTATION_RUNS = 100_000;
const JUNK_RUNS = 10_000;
const NOW = 1_700_000_000;
const TOLERANCE = 300;

const reasonsOf: Record<WebhookVerificationErrorCode, readonly WebhookVerificationErrorReason[]> = {
  body_not_raw: ['body_not_raw', 'body_already_read'],
  missing_header: ['missing_header'],
  malformed_header: ['malformed_header'],
  timestamp_out_of_range: ['timestamp_too_old', 'timestamp_too_new'],
  no_matching_signature: ['no_matching_signature', 'secret_has_whitespace'],
  invalid_payload: ['invalid_utf8', 'invalid_json', 'not_an_object', 'event_rejected'],
};

const encoder = new TextEncoder();
const bytesOf = (value: string | Uint8Array) =>
  typeof value === 'string' ? encoder.encode(value) : value;
const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

interface Base {
  id: string;
  timestamp: number;
  body: Uint8Array;
  /** The signed event, or the reason its signed payload is refused. */
  event: unknown;
  refused?: WebhookVerificationErrorReason;
  signers: WebhookSecret[];
  headers: Record<string, string>;
}

const NAMES = ['X-Webhook-Id', 'X-Webhook-Timestamp', 'X-Signature'] as const;

/**
 * One mutation, as data so fast-check can shrink and print it: a kind and three numbers whose
 * meaning depends on the kind; the last picks a text (see {@link textOf}). Numbers rather than
 * `fc.string()` keep generation cheap enough for 100,000 runs per crypto path.
 */
type Mutation = readonly [kind: Kind, n: number, delta: number, text: number];

/** Texts that matter to the grammar, plus any single UTF-16 unit (lone surrogates included). */
const TEXTS = [
  ' ',
  '\n',
  '\t',
  '.',
  ',',
  '=',
  ' sha256=',
  '0',
  'f',
  'G',
  '{}',
  '[]',
  '"',
  '\u0000',
  'é',
  '😀',
  '\uFEFF',
  'v1,',
  'x'.repeat(300),
];
const textOf = (t: number) =>
  t % 2 === 0 ? TEXTS[(t >> 1) % TEXTS.length]! : String.fromCharCode((t >> 1) % 0x10000);

const CHANGING = [
  'flipBit', // body bit n flipped
  'insert', // text inserted into the body at n
  'remove', // 1-4 body bytes removed at n
  'truncate', // body cut at n
  'replaceBody', // body replaced by text
  'parsedBody', // body replaced by the parsed event
  'deleteHeader', // header n % 3 removed
  'setHeader', // header n % 3 set to text
  'editHeader', // text inserted into header n % 3
  'duplicateHeader', // header n % 3 sent twice
  'shiftTimestamp', // timestamp moved by delta
  'flipHex', // signature character n changed
  'dropEntry', // signature entry n removed
  'wrongSecrets', // receiver's secrets replaced by text
  'secretWhitespace', // whitespace appended to the receiver's secret
  'shiftClock', // now moved by delta
] as const;
const PRESERVING = [
  'headerCase', // header n % 3 renamed in upper or lower case
  'upperHex', // signature hex digits in upper case
  'otherScheme', // an entry of another scheme added before the signatures
  'extraSecret', // another receiver secret added before or after
  'clockInside', // now moved inside the tolerance
] as const;
type Kind = (typeof CHANGING)[number] | (typeof PRESERVING)[number];
const preserving = new Set<Kind>(PRESERVING);

const mutation: fc.Arbitrary<Mutation> = fc.tuple(
  fc.constantFrom<Kind>(...CHANGING, ...PRESERVING),
  fc.nat(),
  fc.integer({ min: -100_000, max: 100_000 }),
  fc.nat(),
);

interface Draft {
  body: unknown;
  headers: Map<string, string | string[]>;
  secrets: WebhookSecret[];
  now: number;
}

const at = (n: number, length: number) => (length === 0 ? 0 : n % (length + 1));
const splice = (s: string, i: number, remove: number, insert = '') =>
  s.slice(0, i) + insert + s.slice(i + remove);

function applyBodyBytes(body: Uint8Array, [kind, n, , t]: Mutation): Uint8Array {
  const i = at(n, body.length);
  switch (kind) {
    case 'flipBit': {
      const copy = Uint8Array.from(body);
      if (copy.length > 0) copy[n % copy.length]! ^= 1 << (n % 8);
      return copy;
    }
    case 'insert':
      return Uint8Array.from([
        ...body.subarray(0, i),
        ...encoder.encode(textOf(t)),
        ...body.subarray(i),
      ]);
    case 'remove':
      return Uint8Array.from([...body.subarray(0, i), ...body.subarray(i + 1 + (n % 4))]);
    case 'truncate':
      return body.subarray(0, body.length === 0 ? 0 : n % body.length);
    default:
      return body;
  }
}

const WHITESPACE = [' ', '\n', '\r\n', '\t', '\u00a0'];

function apply(base: Base, draft: Draft, m: Mutation): void {
  const [kind, n, delta, t] = m;
  const text = textOf(t);
  const name = (index: number) =>
    [...draft.headers.keys()].find((k) => k.toLowerCase() === NAMES[index]!.toLowerCase());
  const header = name(n % 3);
  const value = header === undefined ? undefined : draft.headers.get(header);
  const signatureName = name(2);
  const signature = signatureName === undefined ? undefined : draft.headers.get(signatureName);
  const setSignature = (next: string) => draft.headers.set(signatureName!, next);
  switch (kind) {
    case 'flipBit':
    case 'insert':
    case 'remove':
    case 'truncate':
      if (draft.body instanceof Uint8Array) draft.body = applyBodyBytes(draft.body, m);
      return;
    case 'replaceBody':
      draft.body = text;
      return;
    case 'parsedBody':
      draft.body = base.event;
      return;
    case 'deleteHeader':
      if (header !== undefined) draft.headers.delete(header);
      return;
    case 'setHeader':
      draft.headers.set(header ?? NAMES[n % 3]!, text);
      return;
    case 'editHeader':
      if (typeof value === 'string')
        draft.headers.set(header!, splice(value, at(n, value.length), 0, text));
      return;
    case 'duplicateHeader':
      if (typeof value === 'string') draft.headers.set(header!, [value, value]);
      return;
    case 'shiftTimestamp':
      if (name(1) !== undefined && delta !== 0)
        draft.headers.set(name(1)!, String(base.timestamp + delta));
      return;
    case 'flipHex': {
      if (typeof signature !== 'string' || signature.length === 0) return;
      const i = n % signature.length;
      const digit = parseInt(signature[i]!, 16);
      if (!Number.isNaN(digit))
        setSignature(splice(signature, i, 1, ((digit + 1 + (n % 15)) % 16).toString(16)));
      return;
    }
    case 'dropEntry': {
      if (typeof signature !== 'string') return;
      const entries = signature.split(' ');
      entries.splice(n % entries.length, 1);
      setSignature(entries.join(' '));
      return;
    }
    case 'wrongSecrets':
      draft.secrets = [text];
      return;
    case 'secretWhitespace':
      draft.secrets = draft.secrets.map((s) =>
        typeof s === 'string' ? s + WHITESPACE[n % WHITESPACE.length]! : s,
      );
      return;
    case 'shiftClock':
      draft.now = NOW + delta;
      return;
    case 'clockInside':
      draft.now = NOW + (delta % (TOLERANCE + 1));
      return;
    case 'headerCase':
      if (header === undefined) return;
      draft.headers.delete(header);
      draft.headers.set(n % 2 === 0 ? header.toUpperCase() : header.toLowerCase(), value!);
      return;
    case 'upperHex':
      if (typeof signature === 'string') {
        setSignature(
          signature.replace(
            /sha256=([0-9a-f]+)/g,
            (_, hex: string) => `sha256=${hex.toUpperCase()}`,
          ),
        );
      }
      return;
    case 'otherScheme':
      if (typeof signature === 'string')
        setSignature(`v${n % 100}=${text.charCodeAt(0).toString(16)} ${signature}`);
      return;
    case 'extraSecret':
      draft.secrets = n % 2 === 0 ? [text, ...draft.secrets] : [...draft.secrets, text];
      return;
  }
}

async function bases(crypto: WebhookCrypto): Promise<Base[]> {
  const { sign } = webhooksUsing(crypto);
  const json = (event: unknown) => encoder.encode(JSON.stringify(event));
  const specs: [string, Uint8Array, WebhookSecret[], WebhookVerificationErrorReason?][] = [
    ['evt_1', json({ type: 'order.created', data: { orderId: 'ord_1', total: 12.5 } }), ['s3cret']],
    ['msg_2', json({ type: 'test', note: 'Zoë 😀 \u2028' }), ['new-secret', 'old-secret']],
    ['e', json({}), [new Uint8Array([0, 255, 7, 13])]],
    [
      'evt-long-' + 'x'.repeat(200),
      json({ type: 'order.cancelled', items: [1, { a: null }] }),
      ['k'],
    ],
    // Signed, but not an event: the payload check must still refuse them.
    ['bad_1', new Uint8Array([0x7b, 0xff, 0x7d]), ['k'], 'invalid_utf8'],
    ['bad_2', encoder.encode('{"type":'), ['k'], 'invalid_json'],
    ['bad_3', json([{ type: 'test' }]), ['k'], 'not_an_object'],
  ];
  return Promise.all(
    specs.map(async ([id, body, signers, refused]) => {
      const headers = { ...(await sign({ id, timestamp: NOW, body, secrets: signers })) };
      const event: unknown =
        refused === undefined ? JSON.parse(new TextDecoder().decode(body)) : undefined;
      return { id, timestamp: NOW, body, event, refused, signers, headers };
    }),
  );
}

/** A `Headers` of the same entries, unless `Headers` itself refuses them (control characters). */
function toHeaders(record: Record<string, string | string[]>): Headers | typeof record {
  try {
    return new Headers(
      Object.entries(record).flatMap(([k, v]): [string, string][] =>
        Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]],
      ),
    );
  } catch {
    return record;
  }
}

/** The code of a typed failure; anything else fails the property. */
function checkFailure(error: unknown): WebhookVerificationErrorCode {
  if (!(error instanceof WebhookVerificationError)) {
    throw new Error(`untyped failure: ${String(error)}`, { cause: error });
  }
  if (!reasonsOf[error.code].includes(error.reason)) {
    throw new Error(`reason ${error.reason} does not belong to code ${error.code}`);
  }
  return error.code;
}

type Form = 'bytes' | 'string' | 'buffer' | 'arraybuffer';

/** The body as passed to the verifier, and the bytes that means (for the no-false-accept check). */
function present(body: unknown, form: Form): [unknown, Uint8Array | undefined] {
  if (typeof body === 'string') return [body, encoder.encode(body)];
  if (!(body instanceof Uint8Array)) return [body, undefined];
  if (form === 'string') {
    const text = new TextDecoder().decode(body); // invalid UTF-8 becomes U+FFFD: other bytes
    return [text, encoder.encode(text)];
  }
  if (form === 'buffer') return [Buffer.from(body), body];
  if (form === 'arraybuffer') return [body.slice().buffer, body];
  return [body, body];
}

/** Why an accepted delivery should not have been, or `undefined`. */
function falseAccept(
  base: Base,
  draft: Draft,
  bytes: Uint8Array | undefined,
  outcome: { event: unknown; id: string; timestamp: number; secretIndex: number },
): string | undefined {
  if (bytes === undefined || !sameBytes(bytes, base.body))
    return 'body differs from the signed one';
  if (outcome.id !== base.id) return 'id differs';
  if (outcome.timestamp !== base.timestamp) return 'timestamp differs';
  if (Math.abs(draft.now - outcome.timestamp) > TOLERANCE) return 'outside the window';
  const matched = bytesOf(draft.secrets[outcome.secretIndex]!);
  if (!base.signers.some((signer) => sameBytes(bytesOf(signer), matched)))
    return 'secret did not sign';
  if (JSON.stringify(outcome.event) !== JSON.stringify(base.event)) return 'event differs';
  return undefined;
}

describe.each(cryptoPaths)('fuzz under %s', (_path, crypto) => {
  const { verify } = webhooksUsing(crypto);
  let signed: Base[];
  beforeAll(async () => {
    signed = await bases(crypto);
  });

  it(`${MUTATION_RUNS} mutated deliveries: no false accept, meaning-preserving ones accepted, only typed errors`, async () => {
    const seen = new Map<string, number>();
    const count = (key: string) => seen.set(key, (seen.get(key) ?? 0) + 1);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.constantFrom<Form>('bytes', 'string', 'buffer', 'arraybuffer'),
        fc.boolean(),
        async (pick, mutations, form, asHeaders) => {
          const base = signed[pick % signed.length]!;
          const draft: Draft = {
            body: base.body,
            headers: new Map(Object.entries(base.headers)),
            secrets: [base.signers[pick % base.signers.length]!],
            now: NOW,
          };
          for (const m of mutations) apply(base, draft, m);
          const [body, bytes] = present(draft.body, form);
          const record = Object.fromEntries(draft.headers);
          const headers = asHeaders ? toHeaders(record) : record;
          let outcome: Awaited<ReturnType<typeof verify>>;
          try {
            outcome = await verify({
              body: body as never,
              headers,
              secrets: draft.secrets,
              now: draft.now,
              toleranceSeconds: TOLERANCE,
            });
          } catch (error) {
            count(checkFailure(error));
            // Text form keeps the meaning only of a body that is valid UTF-8.
            const meaningKept =
              mutations.every(([kind]) => preserving.has(kind)) &&
              bytes !== undefined &&
              sameBytes(bytes, base.body);
            if (meaningKept && (error as WebhookVerificationError).reason !== base.refused) {
              throw new Error(`meaning-preserving mutations refused: ${String(error)}`);
            }
            return;
          }
          count('accepted');
          const problem = falseAccept(base, draft, bytes, outcome);
          if (problem !== undefined) throw new Error(`false accept: ${problem}`);
        },
      ),
      { numRuns: MUTATION_RUNS },
    );
    // The mutations reach every outcome, so the properties above were exercised on each.
    const missed = ['accepted', ...Object.keys(reasonsOf)].filter((key) => !seen.has(key));
    expect(missed, JSON.stringify(Object.fromEntries(seen))).toEqual([]);
  }, 120_000);

  it(`${JUNK_RUNS} arbitrary bodies and header values are refused with typed errors`, async () => {
    const scalar = fc.oneof(fc.constantFrom(undefined, null, true, 0, -1, Number.NaN), fc.double());
    const value = fc.oneof(
      fc.string({ maxLength: 100 }),
      fc.stringMatching(/^[0-9]{1,13}$/),
      fc.array(fc.string(), { maxLength: 2 }),
      scalar,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          scalar,
          fc.string(),
          fc.uint8Array({ maxLength: 64 }),
          fc.object({ maxDepth: 1, maxKeys: 3 }),
          fc.array(fc.integer(), { maxLength: 3 }),
        ),
        fc.dictionary(
          fc.constantFrom(...NAMES, 'x-webhook-id', 'x-signature', 'content-type', 'get'),
          value,
        ),
        async (body, headers) => {
          try {
            await verify({
              body: body as never,
              headers: headers as never,
              secrets: ['k', 'other'],
              now: NOW,
            });
          } catch (error) {
            checkFailure(error);
            return;
          }
          throw new Error('junk was accepted');
        },
      ),
      { numRuns: JUNK_RUNS },
    );
  }, 60_000);
});

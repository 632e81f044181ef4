import { describe, expect, it } from 'vitest';
import { WEBHOOK_ID_HEADER, WEBHOOK_SIGNATURE_HEADER } from '../../src/webhooks/headers.js';
import {
  cryptoPaths,
  expectTypeError,
  expectVerificationError,
  rejectionOf,
  webhooksUsing,
} from './support.js';

const SECRET = 'whsec-test-secret-1';
const OTHER_SECRET = 'whsec-test-secret-2';
const NOW = 1_700_000_000;
const EVENT = { type: 'order.created', data: { orderId: 'ord_1', total: 12.5 } };
const BODY = JSON.stringify(EVENT);

describe.each(cryptoPaths)('verifyWebhook under %s', (_path, crypto) => {
  const { sign, verify, verifySignature } = webhooksUsing(crypto);

  async function delivery(body: string | Uint8Array = BODY, secrets: string | string[] = SECRET) {
    const headers: Record<string, string> = await sign({
      id: 'evt_1',
      timestamp: NOW,
      body,
      secrets,
    });
    return { body, headers, secrets: SECRET, now: NOW };
  }

  describe('accepts', () => {
    it('a signed delivery, returning the event, id, timestamp and secret index', async () => {
      await expect(verify(await delivery())).resolves.toEqual({
        event: EVENT,
        id: 'evt_1',
        timestamp: NOW,
        secretIndex: 0,
      });
    });

    it('the body as string, Uint8Array, Buffer, ArrayBuffer or another byte view', async () => {
      const bytes = new TextEncoder().encode(BODY);
      const { headers } = await delivery();
      const padded = new Uint8Array(bytes.length + 4);
      padded.set(bytes, 2);
      for (const body of [
        BODY,
        bytes,
        Buffer.from(BODY),
        bytes.slice().buffer,
        new DataView(padded.buffer, 2, bytes.length),
      ]) {
        await expect(verify({ body, headers, secrets: SECRET, now: NOW })).resolves.toMatchObject({
          event: EVENT,
        });
      }
    });

    it('headers in any letter case, or as a Headers object', async () => {
      const { headers } = await delivery();
      const lower = Object.fromEntries(
        Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]),
      );
      const upper = Object.fromEntries(
        Object.entries(headers).map(([k, v]) => [k.toUpperCase(), v]),
      );
      for (const form of [lower, upper, new Headers(headers), { ...lower, other: ['a', 'b'] }]) {
        await expect(
          verify({ body: BODY, headers: form, secrets: SECRET, now: NOW }),
        ).resolves.toMatchObject({
          id: 'evt_1',
        });
      }
    });

    it('a header value given as a one-element list, as Node does for some headers', async () => {
      const { headers } = await delivery();
      const listed = { ...headers, [WEBHOOK_ID_HEADER]: [headers[WEBHOOK_ID_HEADER]!] };
      await expect(
        verify({ body: BODY, headers: listed, secrets: SECRET, now: NOW }),
      ).resolves.toMatchObject({
        id: 'evt_1',
      });
    });

    it('during a rotation: the index of whichever secret matches, in either direction', async () => {
      const both = await delivery(BODY, [OTHER_SECRET, SECRET]);
      await expect(verify({ ...both, secrets: [SECRET] })).resolves.toMatchObject({
        secretIndex: 0,
      });
      await expect(verify({ ...both, secrets: ['nope', OTHER_SECRET] })).resolves.toMatchObject({
        secretIndex: 1,
      });
      const one = await delivery(BODY, SECRET);
      await expect(verify({ ...one, secrets: [OTHER_SECRET, SECRET] })).resolves.toMatchObject({
        secretIndex: 1,
      });
    });

    it('a Uint8Array secret, as raw key bytes', async () => {
      const key = new Uint8Array([0, 1, 2, 254, 255]);
      const headers = await sign({ id: 'evt_1', timestamp: NOW, body: BODY, secrets: key });
      await expect(verify({ body: BODY, headers, secrets: key, now: NOW })).resolves.toMatchObject({
        secretIndex: 0,
      });
    });

    it('uppercase hex digits, and entries of other schemes beside sha256', async () => {
      const { headers } = await delivery();
      const signature = headers[WEBHOOK_SIGNATURE_HEADER]!;
      for (const variant of [
        signature.toUpperCase().replace('SHA256=', 'sha256='),
        `v2=abc ${signature}`,
      ]) {
        await expect(
          verify({
            body: BODY,
            headers: { ...headers, [WEBHOOK_SIGNATURE_HEADER]: variant },
            secrets: SECRET,
            now: NOW,
          }),
        ).resolves.toMatchObject({ secretIndex: 0 });
      }
    });

    it('timestamps exactly at the tolerance in both directions, with now as seconds or a Date', async () => {
      const d = await delivery();
      for (const now of [NOW - 300, NOW + 300, new Date((NOW + 300) * 1000)]) {
        await expect(verify({ ...d, now })).resolves.toMatchObject({ id: 'evt_1' });
      }
      await expect(verify({ ...d, now: NOW + 60, toleranceSeconds: 60 })).resolves.toMatchObject({
        id: 'evt_1',
      });
      await expect(verify({ ...d, now: NOW, toleranceSeconds: 0 })).resolves.toMatchObject({
        id: 'evt_1',
      });
    });

    it('against the system clock when now is not given', async () => {
      const body = BODY;
      const headers = await sign({ id: 'evt_2', timestamp: new Date(), body, secrets: SECRET });
      await expect(verify({ body, headers, secrets: SECRET })).resolves.toMatchObject({
        id: 'evt_2',
      });
    });

    it('a secret with surrounding whitespace when that is the secret that signed (nothing is trimmed)', async () => {
      const spaced = ' spaced secret\n';
      const d = await delivery(BODY, spaced);
      await expect(verify({ ...d, secrets: spaced })).resolves.toMatchObject({ secretIndex: 0 });
      await expectVerificationError(
        verify({ ...d, secrets: spaced.trim() }),
        'no_matching_signature',
      );
    });

    it('the event through parseEvent, typed by it', async () => {
      const parseEvent = (payload: Record<string, unknown>) => ({ kind: String(payload.type) });
      const result = await verify({ ...(await delivery()), parseEvent });
      expect(result.event).toEqual({ kind: 'order.created' });
    });
  });

  describe('rejects configuration mistakes with a TypeError, before looking at the delivery', () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['no secrets', { secrets: undefined }, /secrets is missing/],
      ['an empty list', { secrets: [] }, /empty list/],
      ['an empty string', { secrets: '' }, /secrets is empty/],
      ['empty bytes', { secrets: new Uint8Array() }, /secrets is empty/],
      ['an empty secret in a list', { secrets: [SECRET, ''] }, /secrets\[1\] is empty/],
      ['a number', { secrets: 42 }, /must be a string or a Uint8Array, got a number/],
      ['a nested list', { secrets: [[SECRET]] }, /got a nested list/],
      ['null in a list', { secrets: [null] }, /got null/],
      ['an object', { secrets: { secret: SECRET } }, /got an object/],
      ['a negative tolerance', { toleranceSeconds: -1 }, /toleranceSeconds/],
      ['a NaN tolerance', { toleranceSeconds: Number.NaN }, /toleranceSeconds/],
      ['an infinite tolerance', { toleranceSeconds: Infinity }, /toleranceSeconds/],
      ['now in milliseconds', { now: NOW * 1000 }, /milliseconds, not seconds/],
      ['a negative now', { now: -1 }, /unix time in seconds/],
      ['now as a string', { now: String(NOW) }, /unix time in seconds/],
      ['an invalid Date', { now: new Date('nope') }, /valid Date/],
      ['parseEvent not a function', { parseEvent: 'json' }, /parseEvent must be a function/],
    ];
    it.each(cases)('%s', async (_name, change, message) => {
      // The body is a parsed object too: the configuration is still what is reported.
      const options = { ...(await delivery()), body: EVENT, ...change };
      await expectTypeError(verify(options as never), message);
    });

    it('headers that are not an object', async () => {
      const d = await delivery();
      await expectTypeError(verify({ ...d, headers: 'X-Signature: x' as never }), /got string/);
      await expectTypeError(verify({ ...d, headers: null as never }), /got null/);
    });

    it('a missing options object', async () => {
      await expectTypeError(verify(undefined as never), /options object/);
    });

    it('never mentioning the secret', async () => {
      const error = await rejectionOf(verify({ ...(await delivery()), secrets: [SECRET, ''] }));
      expect(String(error)).not.toContain(SECRET);
    });
  });

  describe('rejects, in the order raw body, headers present, well-formed, window, signature, payload', () => {
    it('a parsed body with body_not_raw, naming the fix', async () => {
      const d = await delivery();
      for (const [body, said] of [
        [EVENT, 'an already parsed object'],
        [[1, 2], 'an already parsed object'],
        [undefined, 'no body (undefined)'],
        [null, 'no body (null)'],
        [42, 'a number'],
      ] as const) {
        // Headers missing as well: the body is checked first.
        const error = await expectVerificationError(
          verify({ ...d, headers: {}, body: body as never }),
          'body_not_raw',
        );
        expect(error.message).toContain(said);
        expect(error.message).toMatch(/express\.raw/);
      }
    });

    it('missing headers with missing_header, naming all of them and the first in `headerName`', async () => {
      const { headers } = await delivery();
      const noId = { ...headers, [WEBHOOK_ID_HEADER]: undefined };
      const error = await expectVerificationError(
        verify({ body: BODY, headers: noId, secrets: SECRET, now: NOW }),
        'missing_header',
      );
      expect(error.headerName).toBe('X-Webhook-Id');
      const none = await expectVerificationError(
        verify({ body: BODY, headers: new Headers(), secrets: SECRET, now: NOW }),
        'missing_header',
      );
      expect(none.message).toContain('X-Webhook-Id, X-Webhook-Timestamp, X-Signature headers');
      const listEmpty = await expectVerificationError(
        verify({
          body: BODY,
          headers: { ...headers, [WEBHOOK_SIGNATURE_HEADER]: undefined, 'x-signature': [] },
          secrets: SECRET,
          now: NOW,
        }),
        'missing_header',
      );
      expect(listEmpty.headerName).toBe('X-Signature');
    });

    it('a header that is missing before one that is malformed', async () => {
      const { headers } = await delivery();
      const error = await expectVerificationError(
        verify({
          body: BODY,
          headers: {
            [WEBHOOK_ID_HEADER]: 'a.b',
            [WEBHOOK_SIGNATURE_HEADER]: headers[WEBHOOK_SIGNATURE_HEADER]!,
          },
          secrets: SECRET,
          now: NOW,
        }),
        'missing_header',
      );
      expect(error.headerName).toBe('X-Webhook-Timestamp');
    });

    const malformedCases: [string, Record<string, unknown>, string, RegExp][] = [
      ['an id with a dot', { 'X-Webhook-Id': 'evt.1' }, 'X-Webhook-Id', /other than "\."/],
      ['an empty id', { 'X-Webhook-Id': '' }, 'X-Webhook-Id', /1 to 256/],
      ['an id with a space', { 'X-Webhook-Id': 'evt 1' }, 'X-Webhook-Id', /visible ASCII/],
      ['a non-ASCII id', { 'X-Webhook-Id': 'évt' }, 'X-Webhook-Id', /visible ASCII/],
      ['a 257-character id', { 'X-Webhook-Id': 'e'.repeat(257) }, 'X-Webhook-Id', /1 to 256/],
      [
        'a word as timestamp',
        { 'X-Webhook-Timestamp': 'hello' },
        'X-Webhook-Timestamp',
        /digits only/,
      ],
      [
        'a negative timestamp',
        { 'X-Webhook-Timestamp': '-1' },
        'X-Webhook-Timestamp',
        /digits only/,
      ],
      [
        'a padded timestamp',
        { 'X-Webhook-Timestamp': ` ${NOW}` },
        'X-Webhook-Timestamp',
        /digits only/,
      ],
      [
        'a fractional timestamp',
        { 'X-Webhook-Timestamp': `${NOW}.5` },
        'X-Webhook-Timestamp',
        /digits only/,
      ],
      [
        'a millisecond timestamp',
        { 'X-Webhook-Timestamp': `${NOW}000` },
        'X-Webhook-Timestamp',
        /digits only/,
      ],
      ['an empty signature', { 'X-Signature': '' }, 'X-Signature', /doubled spaces, or is empty/],
      [
        'a trailing space',
        { 'X-Signature': (sig: string) => `${sig} ` },
        'X-Signature',
        /trailing/,
      ],
      [
        'a doubled space',
        { 'X-Signature': (sig: string) => `${sig}  ${sig}` },
        'X-Signature',
        /doubled/,
      ],
      [
        'a comma-joined repeat',
        { 'X-Signature': (sig: string) => `${sig}, ${sig}` },
        'X-Signature',
        /entry 1 has 65 characters/,
      ],
      [
        'a truncated signature',
        { 'X-Signature': (sig: string) => sig.slice(0, -1) },
        'X-Signature',
        /entry 1 has 63 characters/,
      ],
      [
        'a non-hex digit',
        { 'X-Signature': `sha256=${'g'.repeat(64)}` },
        'X-Signature',
        /64 hex digits/,
      ],
      [
        'no scheme',
        { 'X-Signature': 'a'.repeat(64) },
        'X-Signature',
        /not of the form <scheme>=<value>/,
      ],
      [
        'only other schemes',
        { 'X-Signature': 'v1,abc sha512=abc' },
        'X-Signature',
        /entry 1 is not of the form/,
      ],
      ['no sha256 entry', { 'X-Signature': 'sha512=abc' }, 'X-Signature', /no "sha256=" entry/],
      [
        'an upper-case scheme',
        { 'X-Signature': (sig: string) => sig.replace('sha256', 'SHA256') },
        'X-Signature',
        /not of the form/,
      ],
      [
        'a tab separator',
        { 'X-Signature': (sig: string) => `${sig}\t${sig}` },
        'X-Signature',
        /entry 1 has 136 characters/,
      ],
      [
        'a header sent twice (list)',
        { 'X-Webhook-Id': ['evt_1', 'evt_1'] },
        'X-Webhook-Id',
        /more than once/,
      ],
      [
        'a header twice in two cases',
        { 'x-webhook-id': 'evt_1' },
        'X-Webhook-Id',
        /more than once/,
      ],
      [
        'a non-string header value',
        { 'X-Webhook-Timestamp': NOW },
        'X-Webhook-Timestamp',
        /not a string/,
      ],
    ];
    it.each(malformedCases)('%s with malformed_header', async (_name, change, header, message) => {
      const { headers } = await delivery();
      const signature = headers[WEBHOOK_SIGNATURE_HEADER]!;
      const changed = Object.fromEntries(
        Object.entries(change).map(([k, v]) => [
          k,
          typeof v === 'function' ? (v as (sig: string) => string)(signature) : v,
        ]),
      );
      // The timestamp is also far outside the window: well-formedness is checked first.
      const error = await expectVerificationError(
        verify({
          body: BODY,
          headers: { ...headers, ...changed } as never,
          secrets: SECRET,
          now: NOW + 10_000,
        }),
        'malformed_header',
      );
      expect(error.headerName).toBe(header);
      expect(error.message).toMatch(message);
    });

    it('a header repeated in a Headers object (joined with ", ") with malformed_header', async () => {
      const { headers } = await delivery();
      const repeated = new Headers(headers);
      repeated.append('X-Webhook-Timestamp', String(NOW));
      const error = await expectVerificationError(
        verify({ body: BODY, headers: repeated, secrets: SECRET, now: NOW }),
        'malformed_header',
      );
      expect(error.headerName).toBe('X-Webhook-Timestamp');
    });

    it('a timestamp too old or too new with timestamp_out_of_range, before the signature', async () => {
      const d = await delivery();
      const old = await expectVerificationError(
        verify({ ...d, secrets: 'wrong', now: NOW + 301 }),
        'timestamp_out_of_range',
        'timestamp_too_old',
      );
      expect(old.message).toContain('301 s in the past, outside the 300 s tolerance');
      const young = await expectVerificationError(
        verify({ ...d, secrets: 'wrong', now: new Date((NOW - 301) * 1000) }),
        'timestamp_out_of_range',
        'timestamp_too_new',
      );
      expect(young.message).toMatch(/301 s in the future.*clock/);
      await expectVerificationError(
        verify({ ...d, now: NOW + 61, toleranceSeconds: 60 }),
        'timestamp_out_of_range',
        'timestamp_too_old',
      );
      await expectVerificationError(
        verify({ ...d, now: NOW + 0.5, toleranceSeconds: 0 }),
        'timestamp_out_of_range',
        'timestamp_too_old',
      );
    });

    it('a wrong secret, or a changed body, id or timestamp, with no_matching_signature', async () => {
      const d = await delivery();
      await expectVerificationError(
        verify({ ...d, secrets: OTHER_SECRET }),
        'no_matching_signature',
      );
      await expectVerificationError(verify({ ...d, body: `${BODY} ` }), 'no_matching_signature');
      await expectVerificationError(
        verify({ ...d, body: JSON.stringify(JSON.parse(BODY), null, 1) }),
        'no_matching_signature',
      );
      await expectVerificationError(
        verify({ ...d, headers: { ...d.headers, 'X-Webhook-Id': 'evt_2' } }),
        'no_matching_signature',
      );
      await expectVerificationError(
        verify({ ...d, headers: { ...d.headers, 'X-Webhook-Timestamp': String(NOW + 1) } }),
        'no_matching_signature',
      );
      const error = await expectVerificationError(
        verify({ ...d, secrets: [OTHER_SECRET, 'third'] }),
        'no_matching_signature',
      );
      expect(error.message).toContain('any of the 2 secrets');
    });

    it('a signature of another secret appended to ours does not let a wrong secret pass', async () => {
      const d = await delivery(BODY, [SECRET, OTHER_SECRET]);
      await expectVerificationError(verify({ ...d, secrets: 'third' }), 'no_matching_signature');
    });

    it('names whitespace in a secret when it is why nothing matched, without accepting', async () => {
      const d = await delivery();
      for (const loaded of [`${SECRET}\n`, ` ${SECRET}`, `\t${SECRET}\r\n`]) {
        const error = await expectVerificationError(
          verify({ ...d, secrets: [OTHER_SECRET, loaded] }),
          'no_matching_signature',
          'secret_has_whitespace',
        );
        expect(error.message).toContain('secret at index 1 has leading or trailing whitespace');
        expect(error.message).not.toContain(SECRET);
      }
      // Whitespace that is not the reason is not blamed.
      await expectVerificationError(
        verify({ ...d, secrets: `${OTHER_SECRET}\n` }),
        'no_matching_signature',
        'no_matching_signature',
      );
      await expectVerificationError(verify({ ...d, secrets: ' \n' }), 'no_matching_signature');
    });

    it('a signed body that is not UTF-8 with invalid_payload / invalid_utf8', async () => {
      const body = new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]);
      await expectVerificationError(
        verify(await delivery(body)),
        'invalid_payload',
        'invalid_utf8',
      );
    });

    it('a signed body that is not JSON with invalid_payload / invalid_json, keeping the cause', async () => {
      for (const body of ['{"type":', '', '\uFEFF{}', new TextEncoder().encode('\uFEFF{}')]) {
        const error = await expectVerificationError(
          verify(await delivery(body)),
          'invalid_payload',
          'invalid_json',
        );
        expect(error.cause).toBeInstanceOf(SyntaxError);
      }
    });

    it('a signed JSON value that is not an object with invalid_payload / not_an_object', async () => {
      for (const body of ['[]', '42', 'null', '"text"', 'true']) {
        await expectVerificationError(
          verify(await delivery(body)),
          'invalid_payload',
          'not_an_object',
        );
      }
    });

    it('an event parseEvent refuses with invalid_payload / event_rejected, keeping the cause', async () => {
      const refusal = new Error('unknown event type');
      const error = await expectVerificationError(
        verify({
          ...(await delivery()),
          parseEvent: () => {
            throw refusal;
          },
        }),
        'invalid_payload',
        'event_rejected',
      );
      expect(error.cause).toBe(refusal);
    });
  });

  describe('verifyWebhookSignature', () => {
    it('checks everything but the payload', async () => {
      const d = await delivery('not json');
      await expect(verifySignature(d)).resolves.toEqual({
        id: 'evt_1',
        timestamp: NOW,
        secretIndex: 0,
      });
      await expectVerificationError(
        verifySignature({ ...d, secrets: OTHER_SECRET }),
        'no_matching_signature',
      );
      await expectVerificationError(verifySignature({ ...d, body: {} as never }), 'body_not_raw');
      await expectTypeError(verifySignature({ ...d, secrets: [] }), /empty list/);
    });
  });
});

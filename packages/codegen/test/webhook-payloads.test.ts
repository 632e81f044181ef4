/**
 * @module webhook-payloads.test
 *
 * The payload checks generated for the golden fixture model, run: its `widget.made` event reaches
 * every construct a check handles (structures, unions, lists, sparse lists, maps, enums, intEnums,
 * integers with defaults, doubles, booleans, RFC 3339 and epoch-seconds timestamps, documents).
 * Given a payload, want the problem the check reports, or none.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel } from '@platform/smithy';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSdk } from '../src/index.js';
import { REPO_ROOT, SDK_PATHS } from './support/paths.js';

const FIXTURE = join(import.meta.dirname, 'fixtures/golden/widgets.smithy');
const COMMON = ['traits.smithy', 'types.smithy'].map((f) => join(REPO_ROOT, 'model/common', f));
const WEBHOOKS_SOURCE = join(REPO_ROOT, 'packages/api-client/src/webhooks/');
const WORK = join(REPO_ROOT, '.tmp/codegen-webhook-payloads');

type Check = (payload: object) => { reason: string; path: unknown[]; expected: string } | undefined;

/** The generated `v1/webhook-payloads.ts`, importing the real runtime, loaded as a module. */
async function generatedCheck(): Promise<Check> {
  const loaded = loadModel({ files: [...COMMON, FIXTURE] });
  const file = generateSdk(loaded.model, SDK_PATHS).find(
    (f) => f.path === 'v1/webhook-payloads.ts',
  );
  if (file === undefined) throw new Error('no v1/webhook-payloads.ts was generated');
  mkdirSync(WORK, { recursive: true });
  const path = join(WORK, 'webhook-payloads.ts');
  writeFileSync(path, file.content.replaceAll("'../../webhooks/", `'${WEBHOOKS_SOURCE}`));
  const loadedModule = (await import(path)) as { checkWebhookPayload: Check };
  return loadedModule.checkWebhookPayload;
}

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

const widget = () => ({
  widgetId: 'w_1',
  name: 'Sprocket',
  colour: 'red',
  size: 10,
  madeAt: '2026-01-01T00:00:00Z',
});
const event = (extra: object = {}, widgetExtra: object = {}) => ({
  id: 'evt_1',
  type: 'widget.made',
  widget: { ...widget(), ...widgetExtra },
  ...extra,
});

describe('generated webhook payload checks', async () => {
  const check = await generatedCheck();

  it.each([
    ['the required members only', event()],
    [
      'every member',
      event(
        {
          siblings: [widget()],
          colourHistory: ['red', null, 'ultraviolet'],
          priority: 2,
          wantedBy: 1767225600,
          extra: { anything: [1, 'two', null] },
          ratio: 0.5,
          urgent: true,
        },
        { labels: { a: 'b' }, shape: { round: { radius: 3 } }, title: 'Old' },
      ),
    ],
    ['a union member this model does not have', event({}, { shape: { triangle: {} } })],
    ['members this model does not have', event({ colourHistory: [], later: 1 }, { weight: 3 })],
  ])('accepts %s', (_name, payload) => {
    expect(check(payload)).toBeUndefined();
  });

  it.each([
    [
      'a required member missing',
      event({ widget: { ...widget(), size: undefined } }),
      ['widget', 'size'],
      'an integer',
    ],
    ['a fraction for an integer', event({}, { size: 1.5 }), ['widget', 'size'], 'an integer'],
    [
      'a structure in a union',
      event({}, { shape: { round: { radius: '3' } } }),
      ['widget', 'shape', 'round', 'radius'],
      'an integer',
    ],
    ['a map value', event({}, { labels: { a: 1 } }), ['widget', 'labels', 'a'], 'a string'],
    [
      'a structure in a list',
      event({ siblings: [widget(), {}] }),
      ['siblings', 1, 'widgetId'],
      'a string',
    ],
    ['a list that is not one', event({ siblings: {} }), ['siblings'], 'an array'],
    [
      'an item of a sparse list',
      event({ colourHistory: ['red', 3] }),
      ['colourHistory', 1],
      'a string',
    ],
    [
      'text for an epoch-seconds timestamp',
      event({ wantedBy: '2026-01-01' }),
      ['wantedBy'],
      'a number',
    ],
    [
      'a number for an RFC 3339 timestamp',
      event({}, { madeAt: 1767225600 }),
      ['widget', 'madeAt'],
      'a string',
    ],
    ['text for an intEnum', event({ priority: '2' }), ['priority'], 'an integer'],
    ['text for a double', event({ ratio: '0.5' }), ['ratio'], 'a number'],
    ['text for a boolean', event({ urgent: 'yes' }), ['urgent'], 'a boolean'],
    ['null for an optional member', event({}, { title: null }), ['widget', 'title'], 'a string'],
    ['no type', { ...event(), type: undefined }, ['type'], 'one of widget.made'],
  ])('refuses %s', (_name, payload, path, expected) => {
    expect(check(payload)).toMatchObject({ reason: 'invalid_event', path, expected });
  });

  it('tells an unknown event type apart', () => {
    expect(check({ ...event(), type: 'widget.lost' })).toMatchObject({
      reason: 'unknown_event_type',
      path: ['type'],
    });
  });
});

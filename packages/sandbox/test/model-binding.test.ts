import { describe, expect, it } from 'vitest';
import { loadModel } from '@platform/smithy';
import { loadApiModel } from '../src/api/api-model.js';
import { exampleHandler } from '../src/api/example-handler.js';
import { operationsWithoutHandler } from '../src/api/mount-api.js';
import { outputWriter } from '../src/api/write-output.js';
import { ShapeReader, ShapeWriter } from '../src/api/shape-codec.js';
import { toHonoRoute } from '../src/api/uri-pattern.js';
import type { FieldError } from '../src/api-error.js';

const api = loadApiModel();

describe('the API bound from the model', () => {
  it('serves every operation of every version, each with a hand-written handler', () => {
    const byVersion = new Map<number, string[]>();
    for (const op of api.operations) {
      byVersion.set(op.version.major, [...(byVersion.get(op.version.major) ?? []), op.name]);
    }
    expect([...byVersion.keys()]).toEqual([1, 2]);
    expect(byVersion.get(2)).toContain('UpdateOrder');
    expect(byVersion.get(1)).not.toContain('UpdateOrder');
    expect(operationsWithoutHandler(api).map((op) => op.id)).toEqual([]);
  });

  it('reads routes, success codes, scopes, paging and idempotency tokens from the traits', () => {
    const create = api.operations.find((op) => op.id === 'example.platform.v2#CreateOrder')!;
    expect(create).toMatchObject({
      method: 'POST',
      uri: '/v2/orders',
      successCode: 201,
      requiredScopes: ['commercial:write'],
      idempotencyToken: 'idempotencyKey',
    });
    const list = api.operations.find((op) => op.id === 'example.platform.v1#ListOrders')!;
    expect(list.pagination).toEqual({
      inputToken: 'page',
      outputToken: 'nextPage',
      pageSize: 'pageSize',
      items: 'orders',
    });
    expect(api.versions.get(1)).toMatchObject({ successorMajor: 2, label: 'v1' });
    expect(api.localBaseUrl).toBe('http://127.0.0.1:4010');
    expect(api.scopes).toContain('users:write');
  });

  it.each([
    ['/v2/orders', '/v2/orders', []],
    ['/v2/orders/{orderId}/cancel', '/v2/orders/:orderId/cancel', ['orderId']],
    ['/files/{key+}', '/files/:key{.+}', ['key']],
  ])('routes %s as %s', (uri, path, labels) => {
    expect(toHonoRoute(uri)).toEqual({ path, labels });
  });
});

describe('an operation without a handler', () => {
  it('answers its first modeled example, checked like any output', async () => {
    const op = api.operations.find((o) => o.id === 'example.platform.v2#GetOrder')!;
    const output = await exampleHandler(op).handle({} as never);
    const wire = outputWriter(api.model, op).write(output);
    expect(wire.status).toBe(200);
    expect(JSON.parse(wire.body ?? '')).toMatchObject({ order: { orderId: 'ord_8f3kq2m9x7w1' } });
  });

  it('refuses output outside the model', () => {
    const op = api.operations.find((o) => o.id === 'example.platform.v2#GetOrder')!;
    expect(() => outputWriter(api.model, op).write({ order: { orderId: 'nope' } })).toThrow(
      /GetOrder answered outside the model: \/order\/orderId Must match/,
    );
  });
});

describe('reading and writing shapes', () => {
  const reader = new ShapeReader(api.model);
  const writer = new ShapeWriter(api.model);
  const member = (id: string) => {
    const found = api.model.getMember(id);
    if (!found) throw new Error(`no member ${id}`);
    return found;
  };

  it.each([
    ['example.platform.v2#ListOrdersInput$pageSize', '20', 'query', 20, []],
    [
      'example.platform.v2#ListOrdersInput$pageSize',
      '0',
      'query',
      undefined,
      ['Must be between 1 and 100; got 0.'],
    ],
    [
      'example.platform.v2#ListOrdersInput$pageSize',
      '2.5',
      'query',
      undefined,
      ['Must be a whole number.'],
    ],
    [
      'example.platform.v2#ListOrdersInput$pageSize',
      '2147483648',
      'query',
      undefined,
      ['Must be a whole number from -2147483648 to 2147483647.'],
    ],
    ['example.platform.v2#ListOrdersInput$status', ['pending'], 'query', ['pending'], []],
    [
      'example.platform.v2#ListOrdersInput$status',
      ['pending', 'pending'],
      'query',
      ['pending', 'pending'],
      ['Must not repeat an item.'],
    ],
    [
      'example.platform.v2#ListOrdersInput$createdAfter',
      '2026-11-20T14:03:12Z',
      'query',
      new Date('2026-11-20T14:03:12Z'),
      [],
    ],
    [
      'example.platform.v2#ListOrdersInput$createdAfter',
      '20 Nov 2026',
      'query',
      undefined,
      ['Must be an RFC 3339 date-time, for example 2026-11-20T14:03:12Z.'],
    ],
    [
      'example.platform.v2#GetOrderInput$orderId',
      'ord/../x',
      'label',
      undefined,
      ['Must match the pattern ^ord_[0-9A-Za-z]{8,32}$.'],
    ],
  ] as const)('%s ← %j (%s)', (id, raw, where, want, messages) => {
    const errors: FieldError[] = [];
    const value = reader.readMember(member(id), raw, '/x', errors, where);
    expect(errors.map((e) => e.message)).toEqual(messages);
    if (messages.length === 0) expect(value).toEqual(want);
  });

  it('does not echo a sensitive value in its error', () => {
    const errors: FieldError[] = [];
    reader.readMember(
      member('example.platform#User$email'),
      'not-an-email-secret',
      '/email',
      errors,
      'body',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).not.toContain('not-an-email-secret');
  });

  it('writes timestamps as the model formats them and leaves out absent members', () => {
    const body = writer.writeStructure('example.platform#User', {
      userId: 'usr_12345678',
      createdAt: new Date('2026-11-20T14:03:12.000Z'),
      lastSignedInAt: undefined,
    });
    expect(body).toEqual({ userId: 'usr_12345678', createdAt: '2026-11-20T14:03:12Z' });
  });
});

describe('@pattern in request validation', () => {
  // Smithy patterns are java.util.regex; the sandbox checks them through @platform/smithy's one
  // translation, so Java-only syntax constrains values as it does in the front end.
  const { model } = loadModel({
    sources: [
      {
        filename: 'patterns.smithy',
        text: [
          '$version: "2.0"',
          'namespace ns',
          'structure Input {',
          '    @pattern("^(?i)(true|false)$")',
          '    flag: String',
          '    @pattern("^\\\\p{Alpha}[\\\\p{L}-_]*$")',
          '    name: String',
          '}',
        ].join('\n'),
      },
    ],
  });
  const reader = new ShapeReader(model);
  const member = (name: string) => model.getMember(`ns#Input$${name}`)!;

  it.each([
    ['flag', 'TRUE', []],
    ['flag', 'yes', ['Must match the pattern ^(?i)(true|false)$.']],
    ['name', 'aé-_', []],
    ['name', 'éa', ['Must match the pattern ^\\p{Alpha}[\\p{L}-_]*$.']],
  ] as const)('%s ← %j', (name, raw, messages) => {
    const errors: FieldError[] = [];
    reader.readMember(member(name), raw, '/x', errors, 'body');
    expect(errors.map((e) => e.message)).toEqual(messages);
  });
});

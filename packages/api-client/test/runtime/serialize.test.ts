import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/runtime/index.js';
import { defineOperation } from '../../src/runtime/internal.js';
import { serializeRequest } from '../../src/runtime/client/serialize.js';
import { checkUrl } from '../../src/runtime/config/url-safety.js';
import { requestUrl } from '../../src/runtime/http/transport.js';
import { CreateOrder, GetOrder, ListOrders } from './support/orders.js';

const base = checkUrl('baseUrl', 'https://api.example.gov/prefix', 'a bearer token');

function url(
  operation: Parameters<typeof serializeRequest>[0],
  input: Record<string, unknown>,
): string {
  return requestUrl(serializeRequest(operation, input, base, {}));
}

describe('path labels', () => {
  it.each([
    ['ord_1', '/prefix/v2/orders/ord_1'],
    ['a/b', '/prefix/v2/orders/a%2Fb'],
    ['a?b=1', '/prefix/v2/orders/a%3Fb%3D1'],
    ['a#b', '/prefix/v2/orders/a%23b'],
    ['100%', '/prefix/v2/orders/100%25'],
    ['../admin', '/prefix/v2/orders/..%2Fadmin'],
    ['a.b', '/prefix/v2/orders/a.b'],
    ['...', '/prefix/v2/orders/...'],
    ["it's (1)*!", '/prefix/v2/orders/it%27s%20%281%29%2A%21'],
    ['ümlaut', '/prefix/v2/orders/%C3%BCmlaut'],
    [42, '/prefix/v2/orders/42'],
  ])('encode %j so it stays one segment', (orderId, path) => {
    const built = url(GetOrder, { orderId });
    expect(built).toBe(`https://api.example.gov${path}`);
    expect(new URL(built).pathname).toBe(path);
  });

  it.each(['', '.', '..'])('refuse %j, which would change the path', (orderId) => {
    expect(() => url(GetOrder, { orderId })).toThrow(InvalidInputError);
    expect(() => url(GetOrder, { orderId })).toThrow(/orderId.*change the request path/);
  });

  it('refuse a missing label before anything is sent', () => {
    const error = (() => {
      try {
        url(GetOrder, {});
      } catch (e) {
        return e as InvalidInputError;
      }
      throw new Error('no error');
    })();
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.member).toBe('orderId');
    expect(error.message).toBe('GetOrder: input member "orderId" is required.');
  });

  it('refuse a value that has no text form', () => {
    expect(() => url(GetOrder, { orderId: { id: 1 } })).toThrow(
      /must be a string, number, boolean or valid Date/,
    );
  });
});

describe('query, headers and body', () => {
  it('puts query members in the query, repeating lists and skipping absent ones', () => {
    const operation = defineOperation({
      name: 'Search',
      apiVersion: 'v2',
      method: 'GET',
      path: '/search',
      query: { tags: 'tag', since: 'since', limit: 'limit', flag: 'flag', missing: 'missing' },
    });
    const built = url(operation, {
      tags: ['a b', 'c&d'],
      since: new Date('2024-05-01T10:00:00Z'),
      limit: 5,
      flag: false,
    });
    expect(built).toBe(
      'https://api.example.gov/prefix/search?tag=a%20b&tag=c%26d&since=2024-05-01T10%3A00%3A00.000Z&limit=5&flag=false',
    );
  });

  it('sends header members, with dates as HTTP dates and lists comma-joined', () => {
    const operation = defineOperation({
      name: 'H',
      apiVersion: 'v2',
      method: 'GET',
      path: '/h',
      headers: { when: 'if-modified-since', tags: 'x-tags' },
    });
    const request = serializeRequest(
      operation,
      { when: new Date('2024-05-01T10:00:00Z'), tags: ['a', 'b'] },
      base,
      {},
    );
    expect(request.headers).toEqual({
      'if-modified-since': 'Wed, 01 May 2024 10:00:00 GMT',
      'x-tags': 'a, b',
    });
  });

  it('sends body members as JSON under their wire names, and nothing else', () => {
    const request = serializeRequest(
      CreateOrder,
      {
        customerId: 'cus_1',
        items: [{ sku: 'A', quantity: 1 }],
        clientToken: 'tok',
        extra: 'dropped',
      },
      base,
      {},
    );
    expect(request.method).toBe('POST');
    expect(JSON.parse(request.body as string)).toEqual({
      customerId: 'cus_1',
      items: [{ sku: 'A', quantity: 1 }],
    });
    expect(request.headers).toEqual({
      'idempotency-key': 'tok',
      'content-type': 'application/json',
    });
  });

  it('sends a payload member as the whole body, through serializeBody when given', () => {
    const operation = defineOperation({
      name: 'P',
      apiVersion: 'v2',
      method: 'PUT',
      path: '/p',
      payload: 'document',
    });
    expect(serializeRequest(operation, { document: { a: 1 } }, base, {}).body).toBe('{"a":1}');
    const renamed = defineOperation({
      name: 'R',
      apiVersion: 'v2',
      method: 'POST',
      path: '/r',
      body: { when: 'when' },
      serializeBody: (body) => ({
        ...body,
        when: Math.floor((body.when as Date).getTime() / 1000),
      }),
    });
    expect(serializeRequest(renamed, { when: new Date(5000) }, base, {}).body).toBe('{"when":5}');
  });

  it('checks required members', () => {
    expect(() => serializeRequest(CreateOrder, { customerId: 'c' }, base, {})).toThrow(
      'CreateOrder: input member "items" is required.',
    );
  });

  it('sends no body for an operation without body members', () => {
    const request = serializeRequest(ListOrders, { status: 'open' }, base, {});
    expect(request.body).toBeUndefined();
    expect(request.headers['content-type']).toBeUndefined();
  });
});

describe('defineOperation', () => {
  it.each(['v2/orders', '/v2/orders?x=1', '/v2/{bad-label}'])('rejects the template %s', (path) => {
    expect(() => defineOperation({ name: 'X', apiVersion: 'v2', method: 'GET', path })).toThrow(
      /invalid path template/,
    );
  });
});

// Regression: `GetOrder({ orderId: 123 })` called `/v2/orders/123`.
describe('member kinds', () => {
  const Search = defineOperation({
    name: 'Search',
    apiVersion: 'v2',
    method: 'GET',
    path: '/v2/things/{thingId}',
    query: { size: 'size', exact: 'exact', after: 'after', tags: 'tag', ratio: 'ratio' },
    headers: { traceId: 'x-trace-id' },
    kinds: {
      thingId: 'string',
      size: 'integer',
      exact: 'boolean',
      after: 'timestamp',
      tags: 'string[]',
      ratio: 'number',
      traceId: 'string',
    },
  });
  const ok = { thingId: 't_1' };

  it('send values of the modeled kinds', () => {
    const built = url(Search, {
      ...ok,
      size: 5,
      exact: false,
      after: new Date('2026-01-01T00:00:00Z'),
      tags: ['a', 'b'],
      ratio: 0.5,
      traceId: 'abc',
    });
    expect(built).toBe(
      'https://api.example.gov/prefix/v2/things/t_1?size=5&exact=false&after=2026-01-01T00%3A00%3A00.000Z&tag=a&tag=b&ratio=0.5',
    );
    expect(url(Search, { ...ok, after: '2026-01-01T00:00:00Z' })).toContain('after=2026-01-01');
  });

  it.each([
    ['thingId', 123, 'must be a string (got a number)'],
    ['thingId', true, 'must be a string (got a boolean)'],
    ['size', '5', 'must be a whole number (got a string)'],
    ['size', 1.5, 'must be a whole number (got a number)'],
    ['exact', 'false', 'must be a boolean (got a string)'],
    [
      'after',
      new Date('nope'),
      'must be a valid Date or an RFC 3339 date-time string (got an invalid Date)',
    ],
    ['after', 1_700_000_000, 'must be a valid Date or an RFC 3339 date-time string (got a number)'],
    ['tags', 'a', 'must be a list of values that are each a string (got a string)'],
    ['tags', ['a', 2], 'must be a list of values that are each a string (got a list)'],
    ['ratio', [1], 'must be a number (got a list)'],
    ['traceId', 7, 'must be a string (got a number)'],
  ])('refuse %s = %j, naming the member, before anything is sent', (member, value, problem) => {
    let error: unknown;
    try {
      url(Search, { ...ok, [member]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).member).toBe(member);
    expect((error as InvalidInputError).message).toBe(
      `Search: input member "${member}" ${problem}.`,
    );
  });
});

/**
 * The contract checker itself: it must pass a conforming answer and name each way a broken one
 * departs from the document, or the contract suite could not fail.
 */
import { describe, expect, it } from 'vitest';
import { loadDocument } from './support/documents.js';
import { ResponseValidator } from './support/response-validator.js';

const v1 = new ResponseValidator('urn:test:v1:Commercial', loadDocument(1, 'Commercial'));
const v2 = new ResponseValidator('urn:test:v2:Commercial', loadDocument(2, 'Commercial'));

const order = {
  orderId: 'ord_12345678',
  partnerId: 'ptn_12345678',
  status: 'pending',
  lineItems: [],
  total: { amount: '0.00', currency: 'USD' },
  metadata: {},
  createdAt: '2026-11-20T14:03:12Z',
  updatedAt: '2026-11-20T14:03:12Z',
};

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = body === undefined ? '' : JSON.stringify(body);
  return {
    response: new Response(text === '' ? null : text, {
      status,
      headers: { 'content-type': 'application/json', 'x-request-id': 'req_1', ...headers },
    }),
    text,
  };
}

describe('ResponseValidator', () => {
  it('passes an answer that matches the document', () => {
    const { response, text } = answer(200, { order });
    expect(v2.check('GET', '/v2/orders/{orderId}', response, text)).toEqual({
      operationId: 'GetOrder',
      status: 200,
    });
  });

  it.each([
    ['an undocumented status', answer(418, { order }), /status not documented/],
    [
      'a missing required member',
      answer(200, { order: { ...order, total: undefined } }),
      /must have required property 'total'/,
    ],
    [
      'a member the document does not name',
      answer(200, { order: { ...order, totalCents: 1 } }),
      /must NOT have additional properties/,
    ],
    [
      'a wrong enum value',
      answer(200, { order: { ...order, status: 'lost' } }),
      /must be equal to one of the allowed values/,
    ],
    [
      'no x-request-id',
      {
        response: new Response(JSON.stringify({ order }), { status: 200 }),
        text: JSON.stringify({ order }),
      },
      /no x-request-id/,
    ],
    [
      'an error body whose requestId differs',
      answer(404, { code: 'NotFoundError', message: 'x', requestId: 'req_2' }),
      /requestId differs/,
    ],
    [
      'a body that is not JSON',
      {
        response: new Response('{"order":', {
          status: 200,
          headers: { 'x-request-id': 'r', 'content-type': 'application/json' },
        }),
        text: '{"order":',
      },
      /body is not JSON/,
    ],
  ])('names %s', (_what, { response, text }, problem) => {
    expect(() => v2.check('GET', '/v2/orders/{orderId}', response, text)).toThrow(problem);
  });

  it('requires Retry-After on a 429', () => {
    const { response, text } = answer(429, {
      code: 'RateLimitedError',
      message: 'slow down',
      requestId: 'req_1',
    });
    expect(() => v2.check('GET', '/v2/orders', response, text)).toThrow(
      /required header Retry-After missing/,
    );
  });

  it('requires Deprecation and the x-sunset date as Sunset on v1', () => {
    const body = { orders: [], totalCount: 0 };
    const bare = answer(200, body);
    expect(() => v1.check('GET', '/v1/orders', bare.response, bare.text)).toThrow(
      /no Deprecation header/,
    );
    const wrong = answer(200, body, {
      deprecation: '@1780272000',
      sunset: 'Thu, 01 Jan 2026 00:00:00 GMT',
    });
    expect(() => v1.check('GET', '/v1/orders', wrong.response, wrong.text)).toThrow(
      /Sunset header is not Wed, 01 Dec 2027/,
    );
  });
});

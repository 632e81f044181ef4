import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { FetchTransport } from '../../src/runtime/index.js';
import { BodyTooLargeError, readBodyText } from '../../src/runtime/http/body.js';
import { requestUrl } from '../../src/runtime/http/transport.js';

const request = {
  method: 'GET',
  protocol: 'https:',
  hostname: 'api.example.gov',
  port: 8443,
  path: '/v2/orders',
  query: { status: 'open', tag: ['a b', 'c/d'], flag: null },
  headers: { authorization: 'Bearer x' },
};

describe('FetchTransport', () => {
  it('renders the URL with an RFC 3986 query', () => {
    expect(requestUrl(request)).toBe(
      'https://api.example.gov:8443/v2/orders?status=open&tag=a%20b&tag=c%2Fd&flag',
    );
    expect(requestUrl({ ...request, port: undefined, query: undefined })).toBe(
      'https://api.example.gov/v2/orders',
    );
  });

  it('calls the injected fetch once, without following redirects, and hands back headers and body', async () => {
    const calls: [string, RequestInit | undefined][] = [];
    const fetch = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
      calls.push([String(url), init]);
      return new Response('{"ok":true}', {
        status: 201,
        headers: { 'x-request-id': 'r1', 'Content-Type': 'application/json' },
      });
    };
    const controller = new AbortController();
    const { response } = await new FetchTransport({ fetch }).handle(
      { ...request, method: 'POST', body: '{}' },
      { abortSignal: controller.signal },
    );
    expect(calls).toHaveLength(1);
    const [url, init] = calls[0] ?? [];
    expect(url).toBe('https://api.example.gov:8443/v2/orders?status=open&tag=a%20b&tag=c%2Fd&flag');
    expect(init?.redirect).toBe('manual');
    expect(init?.signal).toBe(controller.signal);
    expect(init?.body).toBe('{}');
    expect(response.statusCode).toBe(201);
    expect(response.headers).toEqual({ 'x-request-id': 'r1', 'content-type': 'application/json' });
    expect(await readBodyText(response.body)).toBe('{"ok":true}');
  });
});

describe('readBodyText', () => {
  const text = 'héllo wörld';
  const bytes = new TextEncoder().encode(text);
  const chunked = () =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 2));
        controller.enqueue(bytes.subarray(2));
        controller.close();
      },
    });

  it.each([
    ['nothing', undefined, ''],
    ['a string', text, text],
    ['bytes', bytes, text],
    ['an ArrayBuffer', bytes.slice().buffer, text],
    ['a Response', new Response(text), text],
    ['a Blob', new Blob([text]), text],
    ['a web stream split inside a character', chunked(), text],
    [
      'a Node stream',
      Readable.from([Buffer.from(bytes.subarray(0, 3)), Buffer.from(bytes.subarray(3))]),
      text,
    ],
  ])('reads %s', async (_name, body, expected) => {
    expect(await readBodyText(body)).toBe(expected);
  });

  it.each([
    ['a string', () => 'x'.repeat(11)],
    ['a Response without length', () => new Response(chunked().pipeThrough(new TransformStream()))],
    ['a web stream', () => new Response('x'.repeat(11)).body],
    ['bytes', () => new Uint8Array(11)],
  ])('refuses %s past the limit', async (_name, body) => {
    const limit = 10;
    await expect(readBodyText(body(), limit)).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it('accepts a body exactly at the limit', async () => {
    expect(await readBodyText(new Response('x'.repeat(10)), 10)).toBe('x'.repeat(10));
  });
});

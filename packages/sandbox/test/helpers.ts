/**
 * @module Test helpers: a sandbox per test file, tokens for its demo applications, and JSON
 * calls over real sockets.
 */
import { request, type IncomingHttpHeaders, type RequestOptions } from 'node:http';
import { afterAll, beforeAll, vi } from 'vitest';
import { startSandbox } from '../src/index.js';
import type { RunningSandbox, StartSandboxOptions } from '../src/index.js';

/** Starts a sandbox before the file's tests and closes it after; read `.current` in tests. */
export function useSandbox(options: StartSandboxOptions = {}): { current: RunningSandbox } {
  // Real sockets on a shared two-core machine: allow for a slow start and slow calls.
  vi.setConfig({ testTimeout: 20_000, hookTimeout: 60_000 });
  const holder = {} as { current: RunningSandbox };
  beforeAll(async () => {
    holder.current = await startSandbox({ port: 0, logError: () => undefined, ...options });
  });
  afterAll(async () => {
    await holder.current?.close();
  });
  return holder;
}

/** HTTP Basic credentials, form-urlencoded first as RFC 6749 §2.3.1 asks. */
export function basic(clientId: string, clientSecret: string): string {
  const encode = (value: string) => encodeURIComponent(value).replaceAll('%20', '+');
  return `Basic ${Buffer.from(`${encode(clientId)}:${encode(clientSecret)}`).toString('base64')}`;
}

/** The demo applications, in the order the sandbox lists them. */
export const DEMO = { full: 0, readOnly: 1, otherPartner: 2 } as const;

export async function tokenFor(
  sandbox: RunningSandbox,
  client: number | { clientId: string; clientSecret: string } = DEMO.full,
  scope?: string,
): Promise<string> {
  const credentials = typeof client === 'number' ? sandbox.clients[client] : client;
  if (!credentials) throw new Error(`No demo client #${String(client)}`);
  const form = new URLSearchParams({ grant_type: 'client_credentials' });
  if (scope !== undefined) form.set('scope', scope);
  const response = await fetch(sandbox.tokenUrl, {
    method: 'POST',
    headers: {
      authorization: basic(credentials.clientId, credentials.clientSecret),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: form,
  });
  if (response.status !== 200)
    throw new Error(`token: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

export interface JsonAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Record<string, unknown> & { code?: string; message?: string };
}

/** Calls the sandbox with a bearer token and a JSON body; parses the JSON answer. */
export async function call(
  sandbox: RunningSandbox,
  token: string | undefined,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<JsonAnswer> {
  const response = await fetch(`${sandbox.baseUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text === '' ? {} : (JSON.parse(text) as JsonAnswer['body']),
  };
}

export interface RawAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Record<string, unknown>;
}

/**
 * One request over `node:http`, its target sent byte for byte (`fetch` would resolve `%2e%2e`
 * and backslashes itself) and from any local address; parses the JSON answer.
 */
export function rawRequest(options: RequestOptions, body?: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(options, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

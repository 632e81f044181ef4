/**
 * @module Test helpers: a sandbox per test file and small HTTP conveniences over real sockets.
 */
import { afterAll, beforeAll } from 'vitest';
import { startSandbox } from '../src/index.js';
import type { RunningSandbox, StartSandboxOptions } from '../src/index.js';

/** Starts a sandbox before the file's tests and closes it after; read `.current` in tests. */
export function useSandbox(options: StartSandboxOptions = {}): { current: RunningSandbox } {
  const holder = {} as { current: RunningSandbox };
  beforeAll(async () => {
    holder.current = await startSandbox({ port: 0, logError: () => undefined, ...options });
  });
  afterAll(async () => {
    await holder.current?.close();
  });
  return holder;
}

export function basic(clientId: string, clientSecret: string): string {
  const encode = (value: string) => encodeURIComponent(value).replaceAll('%20', '+');
  return `Basic ${Buffer.from(`${encode(clientId)}:${encode(clientSecret)}`).toString('base64')}`;
}

export async function requestToken(
  sandbox: RunningSandbox,
  clientIndex = 0,
  scope?: string,
): Promise<string> {
  const client = sandbox.clients[clientIndex];
  if (!client) throw new Error(`No demo client #${clientIndex}`);
  const form = new URLSearchParams({ grant_type: 'client_credentials' });
  if (scope !== undefined) form.set('scope', scope);
  const response = await fetch(sandbox.tokenUrl, {
    method: 'POST',
    headers: {
      authorization: basic(client.clientId, client.clientSecret),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: form,
  });
  if (response.status !== 200)
    throw new Error(`token: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}

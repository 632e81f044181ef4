import { describe, expect, it } from 'vitest';
import { decodeJwt, createRemoteJWKSet, jwtVerify } from 'jose';
import { basic, useSandbox } from './helpers.js';

const sandbox = useSandbox({ tokenTtlSeconds: 120 });

const FORM = 'application/x-www-form-urlencoded';

async function post(headers: Record<string, string>, body: string) {
  const response = await fetch(sandbox.current.tokenUrl, { method: 'POST', headers, body });
  return { response, json: (await response.json()) as Record<string, unknown> };
}

describe('token endpoint', () => {
  it('issues a JWT for client_secret_basic, verifiable with the JWKS', async () => {
    const [client] = sandbox.current.clients;
    const { response, json } = await post(
      { authorization: basic(client!.clientId, client!.clientSecret), 'content-type': FORM },
      'grant_type=client_credentials&scope=commercial%3Aread',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
    expect(json).toMatchObject({ token_type: 'Bearer', expires_in: 120, scope: 'commercial:read' });
    const jwks = createRemoteJWKSet(new URL(`${sandbox.current.baseUrl}/.well-known/jwks.json`));
    const { payload, protectedHeader } = await jwtVerify(String(json['access_token']), jwks, {
      issuer: sandbox.current.baseUrl,
    });
    expect(protectedHeader.typ).toBe('at+jwt');
    expect(payload).toMatchObject({ client_id: client!.clientId, scope: 'commercial:read' });
    expect(payload.exp! - payload.iat!).toBe(120);
  });

  it('accepts client_secret_post and grants every granted scope when none is asked', async () => {
    const client = sandbox.current.clients[1]!;
    const { response, json } = await post(
      { 'content-type': FORM },
      new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: client.clientId,
        client_secret: client.clientSecret,
      }).toString(),
    );
    expect(response.status).toBe(200);
    expect(String(json['scope']).split(' ').sort()).toEqual([...client.scopes].sort());
  });

  it('form-urldecodes Basic credentials (RFC 6749 §2.3.1)', async () => {
    const secret = 'p@ss word:+/%';
    const { startSandbox } = await import('../src/index.js');
    const own = await startSandbox({
      clients: [{ clientId: 'id with:colon', clientSecret: secret, scopes: ['users:read'] }],
    });
    try {
      const response = await fetch(own.tokenUrl, {
        method: 'POST',
        headers: { authorization: basic('id with:colon', secret), 'content-type': FORM },
        body: 'grant_type=client_credentials',
      });
      expect(response.status).toBe(200);
      const token = ((await response.json()) as { access_token: string }).access_token;
      expect(decodeJwt(token)['client_id']).toBe('id with:colon');
    } finally {
      await own.close();
    }
  });

  it.each([
    [
      'wrong secret',
      { authorization: basic('demo-app', 'nope') },
      'grant_type=client_credentials',
      401,
      'invalid_client',
    ],
    [
      'unknown client',
      { authorization: basic('who', 'x') },
      'grant_type=client_credentials',
      401,
      'invalid_client',
    ],
    ['no client authentication', {}, 'grant_type=client_credentials', 401, 'invalid_client'],
    [
      'malformed Basic header',
      { authorization: 'Basic !!!' },
      'grant_type=client_credentials',
      401,
      'invalid_client',
    ],
  ])('%s → %s %s', async (_name, headers, body, status, error) => {
    const { response, json } = await post({ ...headers, 'content-type': FORM }, body);
    expect(response.status).toBe(status);
    expect(json['error']).toBe(error);
    expect(typeof json['error_description']).toBe('string');
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic /);
  });

  it.each([
    ['missing grant_type', '', 'invalid_request'],
    ['another grant type', 'grant_type=password', 'unsupported_grant_type'],
    [
      'a scope the application lacks',
      'grant_type=client_credentials&scope=commercial%3Awrite',
      'invalid_scope',
    ],
    ['an unknown scope', 'grant_type=client_credentials&scope=admin', 'invalid_scope'],
    [
      'a repeated parameter',
      'grant_type=client_credentials&grant_type=client_credentials',
      'invalid_request',
    ],
  ])('%s → 400 %s', async (_name, body, error) => {
    const client = sandbox.current.clients[1]!; // read-only
    const { response, json } = await post(
      { authorization: basic(client.clientId, client.clientSecret), 'content-type': FORM },
      body,
    );
    expect(response.status).toBe(400);
    expect(json['error']).toBe(error);
    expect(String(json['error_description'])).not.toContain(client.clientSecret);
  });

  it('refuses a JSON body and two client authentication methods at once', async () => {
    const client = sandbox.current.clients[0]!;
    const json = await post(
      {
        authorization: basic(client.clientId, client.clientSecret),
        'content-type': 'application/json',
      },
      '{"grant_type":"client_credentials"}',
    );
    expect([json.response.status, json.json['error']]).toEqual([400, 'invalid_request']);
    const both = await post(
      { authorization: basic(client.clientId, client.clientSecret), 'content-type': FORM },
      `grant_type=client_credentials&client_secret=${encodeURIComponent(client.clientSecret)}`,
    );
    expect([both.response.status, both.json['error']]).toEqual([400, 'invalid_request']);
  });

  it('refuses a suspended application with unauthorized_client', async () => {
    const { startSandbox } = await import('../src/index.js');
    const own = await startSandbox({
      clients: [
        { clientId: 'frozen', clientSecret: 's', scopes: ['users:read'], status: 'suspended' },
      ],
    });
    try {
      const response = await fetch(own.tokenUrl, {
        method: 'POST',
        headers: { authorization: basic('frozen', 's'), 'content-type': FORM },
        body: 'grant_type=client_credentials',
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toBe('unauthorized_client');
    } finally {
      await own.close();
    }
  });

  /** The RFC 6749 §5.2 answer, never the API's `{ code, message, requestId }`. */
  async function expectOAuthError(response: Response, status: number, error: string) {
    const body = (await response.json()) as Record<string, unknown>;
    expect([response.status, body['error']]).toEqual([status, error]);
    expect(Object.keys(body).sort()).toEqual(['error', 'error_description']);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('pragma')).toBe('no-cache');
    return body;
  }

  it('an over-size token request is invalid_request in RFC 6749 form, declared or streamed', async () => {
    const client = sandbox.current.clients[0]!;
    const body = `grant_type=client_credentials&pad=${'x'.repeat(1024 * 1024)}`;
    const headers = {
      authorization: basic(client.clientId, client.clientSecret),
      'content-type': FORM,
    };
    const declared = await fetch(sandbox.current.tokenUrl, { method: 'POST', headers, body });
    const described = await expectOAuthError(declared, 400, 'invalid_request');
    expect(described['error_description']).toMatch(/larger than 1048576 bytes/);
    const streamed = await fetch(sandbox.current.tokenUrl, {
      method: 'POST',
      headers,
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(body));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    await expectOAuthError(streamed, 400, 'invalid_request');
  });

  it.each([
    [
      'a raw byte that is not UTF-8',
      Buffer.from('grant_type=client_credentials&scope=users%3Aread\xff', 'latin1'),
    ],
    [
      'a percent-escape of no UTF-8 character',
      'grant_type=client_credentials&scope=users%3Aread%FF',
    ],
    ['a malformed percent-escape', 'grant_type=client_credentials&scope=users%3Aread%zz'],
  ])('%s in a token request is invalid_request, never read as U+FFFD', async (_name, body) => {
    const client = sandbox.current.clients[0]!;
    const response = await fetch(sandbox.current.tokenUrl, {
      method: 'POST',
      headers: { authorization: basic(client.clientId, client.clientSecret), 'content-type': FORM },
      body,
    });
    const described = await expectOAuthError(response, 400, 'invalid_request');
    expect(described['error_description']).toMatch(/UTF-8|form-urlencoding/);
  });

  it('another method than POST is a 405 in RFC 6749 form with Allow: POST', async () => {
    const response = await fetch(sandbox.current.tokenUrl, { method: 'GET' });
    await expectOAuthError(response, 405, 'invalid_request');
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('a bad x-sandbox-fault header at the token endpoint is invalid_request in RFC 6749 form', async () => {
    const client = sandbox.current.clients[0]!;
    const response = await fetch(sandbox.current.tokenUrl, {
      method: 'POST',
      headers: {
        authorization: basic(client.clientId, client.clientSecret),
        'content-type': FORM,
        'x-sandbox-fault': 'explode',
      },
      body: 'grant_type=client_credentials',
    });
    const body = await expectOAuthError(response, 400, 'invalid_request');
    expect(body['error_description']).toMatch(/x-sandbox-fault/);
  });

  it('publishes authorization server metadata', async () => {
    const response = await fetch(
      `${sandbox.current.baseUrl}/.well-known/oauth-authorization-server`,
    );
    expect(await response.json()).toMatchObject({
      issuer: sandbox.current.baseUrl,
      token_endpoint: sandbox.current.tokenUrl,
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    });
  });
});

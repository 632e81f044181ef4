import { describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN_LIFETIME_MS, OAuthError } from '../../src/runtime/index.js';
import { checkUrl } from '../../src/runtime/config/url-safety.js';
import { refreshSchedule } from '../../src/runtime/credentials/refresh-schedule.js';
import { formEncode, tokenRequest } from '../../src/runtime/credentials/token-request.js';
import { processTokenResponse } from '../../src/runtime/credentials/token-response.js';

const tokenUrl = checkUrl('tokenUrl', 'https://auth.example.gov/oauth/token', 'the client secret');
const base = {
  tokenUrl,
  clientId: 'app:1 +x',
  clientSecret: 's3cr%t/+=:',
  scopes: ['commercial:read', 'commercial:write'],
  userAgent: 'platform-api-client/2.0.0 api/v2',
};

describe('token request', () => {
  it('authenticates with HTTP Basic over the form-encoded id and secret (client_secret_basic)', () => {
    const request = tokenRequest({ ...base, authentication: 'client_secret_basic' });
    expect(request.method).toBe('POST');
    expect(`${request.protocol}//${request.hostname}${request.path}`).toBe(
      'https://auth.example.gov/oauth/token',
    );
    const basic = request.headers.authorization?.replace(/^Basic /, '') ?? '';
    expect(atob(basic)).toBe('app%3A1+%2Bx:s3cr%25t%2F%2B%3D%3A');
    expect(request.body).toBe(
      'grant_type=client_credentials&scope=commercial%3Aread+commercial%3Awrite',
    );
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
  });

  it('puts the id and secret in the body with client_secret_post', () => {
    const request = tokenRequest({ ...base, authentication: 'client_secret_post' });
    expect(request.headers.authorization).toBeUndefined();
    const form = new URLSearchParams(request.body as string);
    expect(form.get('client_id')).toBe('app:1 +x');
    expect(form.get('client_secret')).toBe('s3cr%t/+=:');
    expect(form.get('grant_type')).toBe('client_credentials');
  });

  it('leaves out scope when none is asked for', () => {
    expect(tokenRequest({ ...base, scopes: [], authentication: 'client_secret_basic' }).body).toBe(
      'grant_type=client_credentials',
    );
  });

  it.each([
    ['abc', 'abc'],
    ['a b', 'a+b'],
    ["~!*'()", '%7E%21*%27%28%29'],
  ])('form-encodes %j as %j', (value, encoded) => {
    expect(formEncode(value)).toBe(encoded);
  });
});

describe('token response', () => {
  const now = 1_000_000;
  const metadata = { attempts: 1, totalRetryDelay: 0 };
  const respond = (status: number, body: unknown) =>
    processTokenResponse(
      { status, headers: {}, text: JSON.stringify(body) },
      now,
      tokenUrl.href,
      metadata,
    );
  const oauthError = (status: number, body: unknown): OAuthError => {
    try {
      respond(status, body);
    } catch (error) {
      if (error instanceof OAuthError) return error;
      throw error;
    }
    throw new Error('expected an OAuthError');
  };

  it('reads the token and its lifetime', () => {
    expect(respond(200, { access_token: 'abc', token_type: 'bearer', expires_in: 900 })).toEqual({
      accessToken: 'abc',
      issuedAt: now,
      expiresAt: now + 900_000,
    });
    expect(
      respond(200, { access_token: 'abc', token_type: 'Bearer', expires_in: '60' }).expiresAt,
    ).toBe(now + 60_000);
  });

  it('assumes an hour when expires_in is missing or unusable', () => {
    for (const expires_in of [undefined, -5, 'soon', null]) {
      expect(
        respond(200, { access_token: 'abc', token_type: 'Bearer', expires_in }).expiresAt,
      ).toBe(now + DEFAULT_TOKEN_LIFETIME_MS);
    }
  });

  it.each([
    [{ token_type: 'Bearer' }, 'no access_token'],
    [{ access_token: '', token_type: 'Bearer' }, 'no access_token'],
    [{ access_token: 'abc', token_type: 'mac' }, 'not Bearer'],
    [{ access_token: 'abc' }, 'not Bearer'],
  ])('refuses an unusable success body %j', (body, problem) => {
    const error = oauthError(200, body);
    expect(error.error).toBe('invalid_token_response');
    expect(error.message).toContain(problem);
  });

  it('carries the endpoint error and description', () => {
    const error = oauthError(401, {
      error: 'invalid_client',
      error_description: 'Client authentication failed.',
    });
    expect(error.error).toBe('invalid_client');
    expect(error.errorDescription).toBe('Client authentication failed.');
    expect(error.status).toBeUndefined();
    expect(error.message).toBe(
      'Token request to https://auth.example.gov/oauth/token failed: 401 invalid_client: Client authentication failed.',
    );
  });

  it.each([
    [500, 'server_error'],
    [503, 'temporarily_unavailable'],
    [429, 'temporarily_unavailable'],
    [404, 'invalid_request'],
    [302, 'invalid_token_response'],
  ])('names an error status %i without an OAuth body %s', (status, code) => {
    expect(oauthError(status, 'not json').error).toBe(code);
  });
});

describe('refresh schedule', () => {
  it.each([
    // lifetime, background margin, blocking margin (seconds)
    [900, 225, 30],
    [3600, 900, 30],
    [300, 120, 30],
    [60, 30, 15],
    [4, 2, 1],
  ])(
    'for a %i s token starts background refresh %i s and blocks %i s before expiry',
    (lifetime, background, blocking) => {
      const expiresAt = lifetime * 1000;
      const schedule = refreshSchedule({ accessToken: 'x', issuedAt: 0, expiresAt });
      expect(expiresAt - schedule.backgroundAt).toBe(background * 1000);
      expect(expiresAt - schedule.blockingAt).toBe(blocking * 1000);
    },
  );
});
